// SPDX-License-Identifier: MIT
// Chain helpers several examples share: SeismicCounter and a client to write it with, and waiting
// for a sent transaction to be confirmed.
#pragma once

#include "ExampleEnv.h"
#include "client/ShieldedContract.h"
#include "client/TxOutcome.h"
#include "client/WalletClient.h"
#include "core/abi/ContractAbi.h"

#include <QCoro/QCoroTask>

#include <memory>

namespace examples {

// SeismicCounter as a Seismic chain shows it, reduced to what the examples call:
// setNumber(suint256) (a shielded write) and getNumber().
const seismic::ContractAbi& counterAbi();

// A wallet client (RPC_URL, PRIVATE_KEY) and the SeismicCounter at CONTRACT_ADDRESS through it.
struct CounterSession
{
    CounterSession(std::unique_ptr<seismic::client::WalletClient> client,
                   seismic::client::ShieldedContract counter)
        : client(std::move(client))
        , counter(std::move(counter))
    {}

    std::unique_ptr<seismic::client::WalletClient> client;
    seismic::client::ShieldedContract counter;
};
QCoro::Task<seismic::Result<CounterSession>> openCounter(Config config);

// Waits for the transaction `sent` (the result of a write) until it is in a block; an error
// unless it succeeded there.
QCoro::Task<seismic::Result<seismic::client::TxOutcome>>
confirmed(seismic::client::WalletClient* client, seismic::Result<seismic::Hash> sent);

} // namespace examples
