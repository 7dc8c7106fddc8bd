// SPDX-License-Identifier: MIT
// Timeouts: a deadline for one operation, and one for a whole group (withTimeout around a
// gather); when a group's deadline passes, the group is cancelled and awaited before the
// Timeout error is returned, so nothing keeps running.
#include "ExampleEnv.h"
#include "core/Keccak.h"
#include "core/Units.h"
#include "rpc/WhenAll.h"
#include "rpc/WithTimeout.h"

#include <iostream>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

struct Snapshot
{
    std::uint64_t chainId = 0;
    std::uint64_t block = 0;
    Uint256 balance;
};

// Three calls as one operation (one JSON-RPC batch).
QCoro::Task<Result<Snapshot>> snapshot(rpc::EthApi eth, Address account)
{
    auto [chainId, block, balance] =
        co_await rpc::whenAll(eth.chainId(), eth.blockNumber(), eth.getBalance(account));
    if (const auto* error = examples::firstError(chainId, block, balance))
        co_return *error;
    Snapshot result;
    result.chainId = *chainId;
    result.block = *block;
    result.balance = *balance;
    co_return result;
}

// Receipts of transactions that were never sent: they never come.
QCoro::Task<Result<std::vector<TxOutcome>>> waitForNeverSent(WalletClient* client,
                                                             rpc::CancelToken cancel)
{
    std::vector<QCoro::Task<Result<TxOutcome>>> waits;
    for (int i = 0; i < 3; ++i) {
        const Hash never = keccak256(PrivateKey::generate().address().view());
        waits.push_back(client->waitForTransaction(never, TxWaitOptions(60s, cancel)));
    }
    co_return co_await rpc::whenAllOk(std::move(waits));
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    auto connected = co_await examples::connectWallet(config.rpcUrl, config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    WalletClient* client = connected->get();

    // One operation, 5 s at most.
    auto block =
        co_await rpc::withTimeout(client->eth().blockNumber(), 5s, std::nullopt, "eth_blockNumber");
    if (!block)
        co_return examples::fail("single operation", block.error());
    std::cout << "Operation completed: block " << *block << std::endl;

    // A group, 10 s at most for all of it.
    auto all = co_await rpc::withTimeout(snapshot(client->eth(), client->address()), 10s,
                                         std::nullopt, "the snapshot");
    if (!all)
        co_return examples::fail("group", all.error());
    std::cout << "All operations completed: chain " << all->chainId << ", block " << all->block
              << ", balance " << formatUnits(all->balance, 18) << " ETH" << std::endl;

    // A group that cannot finish in time: 500 ms for receipts that never come.
    std::cout << "Waiting 500 ms for 3 receipts that never come..." << std::endl;
    const rpc::CancelSource cancel;
    auto never = co_await rpc::withTimeout(waitForNeverSent(client, cancel.token()), 500ms, cancel,
                                           "3 receipts");
    if (never || never.error().kind != ErrorKind::Timeout)
        co_return examples::fail("expected a timeout",
                                 never ? makeError(ErrorKind::InvalidArgument, "the receipts came")
                                       : never.error());
    std::cout << "Overall timeout exceeded: " << never.error().describe()
              << " (the waits were cancelled)" << std::endl;
    co_await client->close();
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
