// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace seismic::app {

// What the screenshot tour adds to the session before its pictures, so that they show names,
// both kinds of account and a pending transaction: contacts of the address book, a watch-only
// account, and a transfer sent while the devnet's mining is paused.
struct TourScene
{
    struct NamedAddress
    {
        Address address;
        QString label;
    };
    std::vector<NamedAddress> contacts;
    std::optional<NamedAddress> watchOnly;
    // The devnet's JSON-RPC endpoint, whose mining the tour pauses (anvil's evm_setAutomine)
    // while it sends a transfer to `pendingRecipient`; empty: no pending transaction.
    QUrl devnetRpc;
    Address pendingRecipient;
    // The PID file of the demo's background transfers (scripts/run), held still while the
    // transfer is pending (DemoTraffic); empty: none.
    QString trafficPidFile;

    // The demo's scene from the manifest of its devnet (tests/devnet): dev account #1 is the
    // contact Alice and the recipient of the pending transfer, #3 the contact Carol, #2 the
    // watch-only account "Bob (watch-only)". A manifest that cannot be read, or lacks these, is
    // an error that says why.
    static Result<TourScene> fromDevnetManifest(const QString& path);
};

} // namespace seismic::app
