// SPDX-License-Identifier: MIT
#include "ExampleChain.h"

#include "core/abi/AbiJson.h"

#include <QPointer>

using namespace seismic;
using namespace seismic::client;

namespace examples {

namespace {

// The client-facing ABI (what the devnet's artifact calls "abi"), trimmed to what is called.
constexpr std::string_view kCounterAbi = R"([
  {"type": "function", "name": "setNumber", "stateMutability": "nonpayable",
   "inputs": [{"name": "newNumber", "type": "suint256"}], "outputs": []},
  {"type": "function", "name": "getNumber", "stateMutability": "view",
   "inputs": [], "outputs": [{"name": "", "type": "uint256"}]}
])";

} // namespace

const ContractAbi& counterAbi()
{
    static const ContractAbi abi = *parseAbiJson(kCounterAbi);
    return abi;
}

QCoro::Task<Result<CounterSession>> openCounter(Config config)
{
    if (!config.counter)
        co_return config.counter.error();
    auto connected = co_await connectWallet(config.rpcUrl, config.key);
    if (!connected)
        co_return std::move(connected).error();
    const auto counter = (*connected)->contract(*config.counter, counterAbi());
    co_return CounterSession(std::move(connected).value(), counter);
}

QCoro::Task<Result<TxOutcome>> confirmed(WalletClient* client, Result<Hash> sent)
{
    if (!sent)
        co_return std::move(sent).error();
    const QPointer<WalletClient> guard(client);
    if (!guard)
        co_return clientGone();
    auto outcome = co_await guard->waitForTransaction(*sent);
    if (!outcome)
        co_return std::move(outcome).error();
    if (outcome->status != TxStatus::Confirmed) {
        const auto kind =
            outcome->status == TxStatus::Expired ? ErrorKind::Expired : ErrorKind::Revert;
        co_return makeError(kind, sent->hex() + " " + std::string(txStatusName(outcome->status)) +
                                      ": " + outcome->reason);
    }
    co_return outcome;
}

} // namespace examples
