// SPDX-License-Identifier: MIT
// Concurrent operations: independent calls started together and gathered with whenAll (calls of
// one event-loop turn even travel as one JSON-RPC batch), then five contract reads at once.
#include "ExampleChain.h"
#include "ExampleEnv.h"
#include "core/Units.h"
#include "rpc/WhenAll.h"

#include <iostream>

using namespace seismic;
using namespace seismic::client;

namespace {

// Gives the counter a history to read: 10, 20, 30, 40, 50, one block each. The blocks.
QCoro::Task<Result<std::vector<std::uint64_t>>> prepareHistory(WalletClient* client,
                                                               ShieldedContract counter)
{
    std::vector<std::uint64_t> blocks;
    for (int value = 10; value <= 50; value += 10) {
        std::vector<AbiValue> arguments{AbiValue::fromUint(value)};
        auto sent = co_await counter.write("setNumber", arguments);
        auto done = co_await examples::confirmed(client, std::move(sent));
        if (!done)
            co_return std::move(done).error();
        blocks.push_back(done->blockNumber());
    }
    co_return blocks;
}

QCoro::Task<Result<Uint256>> numberAt(ShieldedContract counter, std::uint64_t block)
{
    TxOptions options;
    options.block = rpc::BlockId::number(block);
    auto outputs = co_await counter.read("getNumber", {}, options);
    if (!outputs)
        co_return std::move(outputs).error();
    co_return outputs->at(0).asUint();
}

QCoro::Task<int> run()
{
    auto session = co_await examples::openCounter(examples::loadConfig());
    if (!session)
        co_return examples::fail("connect", session.error());
    WalletClient* client = session->client.get();
    const ShieldedContract& counter = session->counter;

    auto history = co_await prepareHistory(client, counter);
    if (!history)
        co_return examples::fail("setNumber", history.error());

    std::cout << "Fetching data concurrently..." << std::endl;
    // Tasks start at once; whenAll awaits them all and returns their results in order.
    auto eth = client->eth();
    auto [chainId, block, balance, teeKey] =
        co_await rpc::whenAll(eth.chainId(), eth.blockNumber(), eth.getBalance(client->address()),
                              client->teePublicKey());
    if (const auto* error = examples::firstError(chainId, block, balance, teeKey))
        co_return examples::fail("fetching", *error);
    std::cout << "Chain ID: " << *chainId << '\n'
              << "Block: " << *block << '\n'
              << "Balance: " << formatUnits(*balance, 18) << " ETH\n"
              << "TEE PK: " << teeKey->compressed().hex().substr(0, 18) << "...\n";

    // Five reads at once: getNumber() as it was at each block of the history.
    std::vector<QCoro::Task<Result<Uint256>>> reads;
    for (const auto past : *history)
        reads.push_back(numberAt(counter, past));
    auto values = co_await rpc::whenAllOk(std::move(reads));
    if (!values)
        co_return examples::fail("getNumber", values.error());
    std::cout << "\nContract values:\n";
    for (std::size_t i = 0; i < values->size(); ++i)
        std::cout << "  Value " << i << ": " << toDecimal((*values)[i]) << '\n';
    std::cout << std::flush;
    co_await client->close();
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
