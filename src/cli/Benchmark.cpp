// SPDX-License-Identifier: MIT
#include "cli/Benchmark.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <memory>

namespace seismic::cli {

namespace {

struct Shared
{
    int remaining = 0;
    BenchmarkReport report;
};

QCoro::Task<> worker(BenchmarkOperation operation, std::shared_ptr<Shared> shared)
{
    using Clock = std::chrono::steady_clock;
    while (shared->remaining > 0) {
        --shared->remaining;
        const auto start = Clock::now();
        const auto result = co_await operation();
        const std::chrono::duration<double, std::milli> took = Clock::now() - start;
        shared->report.latenciesMs.push_back(took.count());
        if (!result) {
            ++shared->report.errors;
            if (!shared->report.firstError)
                shared->report.firstError = result.error();
        }
    }
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

double BenchmarkReport::operationsPerSecond() const
{
    return elapsed.count() > 0 ? operations / elapsed.count() : 0.0;
}

double BenchmarkReport::percentileMs(double fraction) const
{
    if (latenciesMs.empty())
        return 0.0;
    const auto rank =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(latenciesMs.size())));
    return latenciesMs[std::clamp<std::size_t>(rank, 1, latenciesMs.size()) - 1];
}

void BenchmarkReport::print(const QString& unit) const
{
    QTextStream out(stdout);
    out << unit << "/second: " << fixed(operationsPerSecond(), 0) << '\n';
    out << "latency ms: p50 " << fixed(percentileMs(0.50), 3) << "  p90 "
        << fixed(percentileMs(0.90), 3) << "  p99 " << fixed(percentileMs(0.99), 3) << "  max "
        << fixed(percentileMs(1.0), 3) << '\n';
    out << "errors: " << errors;
    if (firstError)
        out << " (first: " << QString::fromStdString(firstError->describe()) << ')';
    out << '\n';
}

QCoro::Task<BenchmarkReport> runBenchmark(int operations, int concurrency,
                                          BenchmarkOperation operation)
{
    auto shared = std::make_shared<Shared>();
    shared->remaining = operations;
    shared->report.operations = operations;
    shared->report.latenciesMs.reserve(static_cast<std::size_t>(operations));
    const auto start = std::chrono::steady_clock::now();
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < std::max(concurrency, 1); ++i)
        workers.push_back(worker(operation, shared));
    for (auto& task : workers)
        co_await task;
    shared->report.elapsed = std::chrono::steady_clock::now() - start;
    std::sort(shared->report.latenciesMs.begin(), shared->report.latenciesMs.end());
    co_return std::move(shared->report);
}

} // namespace seismic::cli
