// SPDX-License-Identifier: MIT
// Connection pooling: one client over a pool of three connections to the node (two HTTP, one
// WebSocket), calls spread round-robin with at most three in flight, shared by ten workers.
#include "ExampleEnv.h"
#include "rpc/Delay.h"
#include "rpc/PoolTransport.h"
#include "rpc/TransportFactory.h"
#include "rpc/WhenAll.h"

#include <iostream>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

QCoro::Task<Status> worker(rpc::EthApi eth, int id, int operations)
{
    for (int i = 1; i <= operations; ++i) {
        auto block = co_await eth.blockNumber();
        if (!block)
            co_return std::move(block).error();
        std::cout << "Worker " << id << ", operation " << i << ": block " << *block << std::endl;
        co_await rpc::delay(100ms);
    }
    co_return Status();
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    if (const auto* error = examples::firstError(config.rpcUrl, config.wsUrl, config.key))
        co_return examples::fail("configuration", *error);

    std::vector<std::unique_ptr<rpc::Transport>> endpoints;
    for (const QUrl& url : {*config.rpcUrl, *config.rpcUrl, *config.wsUrl}) {
        auto endpoint = rpc::makeTransport(url);
        if (!endpoint)
            co_return examples::fail("endpoint", endpoint.error());
        endpoints.push_back(std::move(endpoint).value());
    }
    rpc::PoolSettings settings;
    settings.strategy = rpc::PoolStrategy::RoundRobin;
    settings.maxInFlight = 3; // more calls wait in arrival order
    auto pool = std::make_unique<rpc::PoolTransport>(std::move(endpoints), settings);
    const rpc::PoolTransport* health = pool.get(); // owned by the client from here on
    std::cout << "Pool of " << pool->size() << " connections, at most " << settings.maxInFlight
              << " calls in flight" << std::endl;

    // ClientOptions::forUrls({...}) builds such a pool too; here we keep a view of it. Batching
    // is off so that each call travels alone and the pool spreads them.
    auto options = examples::exampleOptions(*config.rpcUrl);
    options.rpc.batching = false;
    auto connected = co_await WalletClient::connect(std::move(pool), options, *config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    WalletClient* client = connected->get();

    std::vector<QCoro::Task<Status>> workers;
    for (int id = 0; id < 10; ++id)
        workers.push_back(worker(client->eth(), id, 5));
    const auto results = co_await rpc::whenAll(std::move(workers));
    for (const auto& done : results)
        if (!done)
            co_return examples::fail("worker", done.error());
    std::cout << "All workers completed" << std::endl;
    for (const auto& endpoint : health->health())
        std::cout << "  " << endpoint.endpoint.toStdString() << ": " << endpoint.calls << " calls, "
                  << endpoint.failures << " failed" << std::endl;
    co_await client->close();
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
