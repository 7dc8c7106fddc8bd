// SPDX-License-Identifier: MIT
// The running devnet, as its manifest describes it (tests/devnet/README.md). scripts/test starts
// the devnet and exports SEISMIC_DEVNET_MANIFEST; integration tests fail without it, never skip.
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QMap>
#include <QString>
#include <vector>

namespace testing {

struct DevnetAccount
{
    seismic::Address address;
    QString privateKey; // 0x-hex, a public dev key
};

// An Intelligence provider of the devnet: its viewing key is registered in the Directory, and
// every SRC20 event fans out to it first.
struct DevnetProvider
{
    seismic::Address address;
    QString privateKey; // 0x-hex
    QString viewingKey; // 0x-hex, 32 bytes
};

struct DevnetManifest
{
    QString rpcUrl;
    QString wsUrl;
    std::uint64_t chainId = 0;
    QString teePublicKey;
    std::vector<DevnetAccount> accounts;
    std::vector<DevnetProvider> providers; // in the order of their events
    QMap<QString, seismic::Address> contracts;
    QString artifactsDir; // <Name>.json with "abi" (as on a Seismic chain)
    QString manifestPath;

    // Reads $SEISMIC_DEVNET_MANIFEST.
    static seismic::Result<DevnetManifest> load();
    // Reads the manifest at `path` (a devnet a suite started itself).
    static seismic::Result<DevnetManifest> loadFrom(const QString& path);

    seismic::Address contract(const QString& name) const { return contracts.value(name); }
    // The Seismic-facing JSON ABI of a deployed contract, from its build artifact.
    seismic::Result<QJsonArray> abi(const QString& name) const;
};

} // namespace testing

// Loads the manifest into `var` or fails the current test function with the reason.
#define LOAD_DEVNET_MANIFEST(var)                                                                  \
    auto var##Result = ::testing::DevnetManifest::load();                                          \
    QVERIFY2(var##Result.ok(), var##Result.ok() ? "" : var##Result.error().message.c_str());       \
    const ::testing::DevnetManifest& var = *var##Result
