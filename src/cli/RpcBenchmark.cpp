// SPDX-License-Identifier: MIT
#include "cli/RpcBenchmark.h"

#include "rpc/RpcClient.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace seismic::cli {

namespace {

struct Shared
{
    int remaining = 0;
    RpcBenchmarkReport report;
};

QCoro::Task<> worker(rpc::RpcClient* client, RpcBenchmarkConfig config,
                     std::shared_ptr<Shared> shared)
{
    using Clock = std::chrono::steady_clock;
    while (shared->remaining > 0) {
        --shared->remaining;
        const auto start = Clock::now();
        auto result = co_await client->call(config.method, config.params);
        const std::chrono::duration<double, std::milli> took = Clock::now() - start;
        shared->report.latenciesMs.push_back(took.count());
        if (!result) {
            ++shared->report.errors;
            if (!shared->report.firstError)
                shared->report.firstError = result.error();
        }
    }
}

} // namespace

double RpcBenchmarkReport::requestsPerSecond() const
{
    return elapsed.count() > 0 ? requests / elapsed.count() : 0.0;
}

double RpcBenchmarkReport::percentileMs(double fraction) const
{
    if (latenciesMs.empty())
        return 0.0;
    const auto rank =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(latenciesMs.size())));
    return latenciesMs[std::clamp<std::size_t>(rank, 1, latenciesMs.size()) - 1];
}

QCoro::Task<RpcBenchmarkReport> runRpcBenchmark(rpc::RpcClient* client, RpcBenchmarkConfig config)
{
    auto shared = std::make_shared<Shared>();
    shared->remaining = config.requests;
    shared->report.requests = config.requests;
    shared->report.latenciesMs.reserve(static_cast<std::size_t>(config.requests));
    const auto start = std::chrono::steady_clock::now();
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < std::max(config.concurrency, 1); ++i)
        workers.push_back(worker(client, config, shared));
    for (auto& task : workers)
        co_await task;
    shared->report.elapsed = std::chrono::steady_clock::now() - start;
    std::sort(shared->report.latenciesMs.begin(), shared->report.latenciesMs.end());
    co_return std::move(shared->report);
}

} // namespace seismic::cli
