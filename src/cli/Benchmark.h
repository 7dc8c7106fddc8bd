// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace seismic::cli {

struct BenchmarkReport
{
    int operations = 0;
    int errors = 0;
    std::optional<Error> firstError;
    std::chrono::duration<double> elapsed{};
    std::vector<double> latenciesMs; // sorted

    double operationsPerSecond() const;
    double percentileMs(double fraction) const;
    // "<unit>/second: N", "latency ms: p50 … p90 … p99 … max …", "errors: N (first: …)";
    // bench/rpc-vs-wrk.sh reads these lines.
    void print(const QString& unit) const;
};

// One operation of a benchmark; the task starts when the function is called.
using BenchmarkOperation = std::function<QCoro::Task<Status>()>;

// The Status of an operation whose value a benchmark does not need.
template<typename T>
QCoro::Task<Status> statusOf(QCoro::Task<Result<T>> task)
{
    auto result = co_await task;
    if (!result)
        co_return std::move(result).error();
    co_return Status();
}

// `concurrency` workers run `operations` operations in total, each worker one at a time, and
// time each from start to result.
QCoro::Task<BenchmarkReport> runBenchmark(int operations, int concurrency,
                                          BenchmarkOperation operation);

} // namespace seismic::cli
