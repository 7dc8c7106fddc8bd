// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace seismic::rpc {
class RpcClient;
}

namespace seismic::cli {

struct RpcBenchmarkConfig
{
    QString method;
    QJsonArray params;
    int requests = 10'000;
    int concurrency = 64;
};

struct RpcBenchmarkReport
{
    int requests = 0;
    int errors = 0;
    std::optional<Error> firstError;
    std::chrono::duration<double> elapsed{};
    std::vector<double> latenciesMs; // sorted

    double requestsPerSecond() const;
    double percentileMs(double fraction) const;
};

// `concurrency` workers issue `requests` calls in total, each worker one call at a time, and
// time each call from issue to result. The client's settings decide batching and transport.
QCoro::Task<RpcBenchmarkReport> runRpcBenchmark(rpc::RpcClient* client, RpcBenchmarkConfig config);

} // namespace seismic::cli
