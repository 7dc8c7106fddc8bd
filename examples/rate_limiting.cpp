// SPDX-License-Identifier: MIT
// Rate limiting: the client's RateLimitLayer keeps calls under 5 per second after a burst of 10
// (a token bucket; calls wait for their token in arrival order, none is dropped). Twenty calls
// started together therefore take about two seconds.
#include "ExampleEnv.h"
#include "client/PublicClient.h"
#include "rpc/WhenAll.h"

#include <QElapsedTimer>

#include <iostream>

using namespace seismic;
using namespace seismic::client;

namespace {

QCoro::Task<Result<std::uint64_t>> rateLimitedOperation(rpc::EthApi eth, int id)
{
    auto block = co_await eth.blockNumber();
    if (block)
        std::cout << "Operation " << id << ": block " << *block << std::endl;
    co_return block;
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    if (!config.rpcUrl)
        co_return examples::fail("configuration", config.rpcUrl.error());
    auto options = examples::exampleOptions(*config.rpcUrl);
    rpc::RateLimitSettings limit;
    limit.requestsPerSecond = 5;
    limit.burst = 10;
    options.transport.rateLimit = limit;
    // A batch of n calls costs n tokens but at most the burst: send each call alone so that
    // every one of them waits for its own token.
    options.rpc.batching = false;
    // Reads need no key: a public client, which does no I/O before the first call.
    auto created = PublicClient::create(options);
    if (!created)
        co_return examples::fail("client", created.error());
    PublicClient* client = created->get();

    QElapsedTimer clock;
    clock.start();
    std::vector<QCoro::Task<Result<std::uint64_t>>> operations;
    for (int id = 0; id < 20; ++id)
        operations.push_back(rateLimitedOperation(client->eth(), id));
    auto done = co_await rpc::whenAllOk(std::move(operations));
    if (!done)
        co_return examples::fail("operation", done.error());
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    std::cout << "All operations completed: 20 in " << std::fixed;
    std::cout.precision(2);
    std::cout << seconds << " s (10 at once, then 5 per second)" << std::endl;
    co_await client->close();
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
