// SPDX-License-Identifier: MIT
// Devnet helpers for the client's integration tests: client options for the manifest's
// endpoints, fresh accounts funded from a dev account (so that no other test sends from them),
// and fresh contract deployments from the devnet's build artifacts.
#pragma once

#include "client/TxOutcome.h"
#include "client/WalletClient.h"
#include "support/DevnetManifest.h"

#include <QCoro/QCoroTask>

#include <memory>

namespace testing {

// The manifest's HTTP endpoint (or WebSocket), with fast polling.
seismic::client::ClientOptions devnetOptions(const DevnetManifest& manifest,
                                             bool webSocket = false);
seismic::PrivateKey devnetKey(const DevnetManifest& manifest, int account);
// The client-facing (shielded) ABI of a devnet contract.
seismic::Result<seismic::ContractAbi> devnetAbi(const DevnetManifest& manifest,
                                                const QString& name);

// A new random account holding `wei`, paid by dev account `funder`.
QCoro::Task<seismic::Result<seismic::PrivateKey>> fundedAccount(DevnetManifest manifest, int funder,
                                                                seismic::Uint256 wei);
// A wallet client for a new funded account (10 ETH).
QCoro::Task<seismic::Result<std::unique_ptr<seismic::client::WalletClient>>>
freshWallet(DevnetManifest manifest, int funder, bool webSocket = false);
// Sends `amount` of the devnet's SDT (Src20Token) from dev account `funder` to `to` and waits
// for it; the mined outcome.
QCoro::Task<seismic::Result<seismic::client::TxOutcome>>
sendDevnetSdt(DevnetManifest manifest, int funder, seismic::Address to, seismic::Uint256 amount);
// One uint256 argument, as the SeismicCounter functions take it.
inline std::vector<seismic::AbiValue> uintArgument(std::uint64_t value)
{
    return {seismic::AbiValue::fromUint(seismic::Uint256(value))};
}

// Deploys artifact `name` (its deployable twin) with constructor arguments; the address.
QCoro::Task<seismic::Result<seismic::Address>>
deployContract(seismic::client::WalletClient* client, DevnetManifest manifest, QString name,
               std::vector<seismic::AbiValue> constructorArguments = {});

} // namespace testing
