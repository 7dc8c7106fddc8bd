// SPDX-License-Identifier: MIT
// Scoped cleanup: a client owns its connections. Leaving the scope that owns it closes them (RAII;
// calls still in flight end with Cancelled, and nothing touches the client afterwards), and
// close() does the same as an awaitable step.
#include "ExampleEnv.h"
#include "rpc/WhenAll.h"

#include <iostream>

using namespace seismic;
using namespace seismic::client;

namespace {

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    {
        auto connected = co_await examples::connectWallet(config.rpcUrl, config.key);
        if (!connected)
            co_return examples::fail("connect", connected.error());
        const std::unique_ptr<WalletClient> client = std::move(connected).value();
        auto [chainId, block] =
            co_await rpc::whenAll(client->fetchChainId(), client->eth().blockNumber());
        if (const auto* error = examples::firstError(chainId, block))
            co_return examples::fail("reading", *error);
        std::cout << "Chain " << *chainId << ", block " << *block << std::endl;
        // Completes once the connections are closed; later calls fail with Cancelled.
        co_await client->close();
        std::cout << "Client disconnected (closed: " << std::boolalpha << client->isClosed() << ")"
                  << std::endl;
    } // the client is destroyed here
    std::cout << "Scope exited, client cleaned up" << std::endl;

    // Destroying a client with a call in flight: the call ends at once, with Cancelled.
    auto connected = co_await examples::connectWallet(config.rpcUrl, config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    std::unique_ptr<WalletClient> client = std::move(connected).value();
    QCoro::Task<Result<std::uint64_t>> inFlight = client->eth().blockNumber(); // started
    client.reset();
    auto orphan = co_await inFlight;
    if (orphan)
        co_return examples::fail("destroying a client",
                                 makeError(ErrorKind::InvalidArgument, "the call survived it"));
    std::cout << "A call in flight when its client was destroyed: " << orphan.error().describe()
              << std::endl;
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
