// SPDX-License-Identifier: MIT
// Basic client setup: a wallet client from RPC_URL and PRIVATE_KEY, two awaited calls, and an
// explicit close.
#include "ExampleEnv.h"
#include "client/WalletClient.h"

#include <iostream>

using namespace seismic;
using namespace seismic::client;

namespace {

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig(); // RPC_URL, PRIVATE_KEY
    if (const auto* error = examples::firstError(config.rpcUrl, config.key))
        co_return examples::fail("configuration", *error);

    // Fetches the TEE key and the chain id, and derives the encryption keys.
    auto connected =
        co_await WalletClient::connect(examples::exampleOptions(*config.rpcUrl), *config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    std::unique_ptr<WalletClient> client = std::move(connected).value();

    // Every call is awaited and returns a Result: the value or an Error, never an exception.
    auto block = co_await client->eth().blockNumber();
    if (!block)
        co_return examples::fail("eth_blockNumber", block.error());
    std::cout << "Connected to chain " << *client->chainId() << ", block " << *block << '\n'
              << "Account " << client->address().checksummed() << std::endl;

    // Optional (destroying the client does the same), but awaitable: the connections are
    // closed when it completes.
    co_await client->close();
    std::cout << "Disconnected" << std::endl;
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
