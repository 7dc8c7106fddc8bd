// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Benchmark.h"
#include "cli/CommandLine.h"
#include "client/ShieldedContract.h"

namespace seismic::client {
class WalletClient;
} // namespace seismic::client

namespace seismic::cli {

// What one operation of a contract benchmark does with the call the user typed.
struct ContractBenchmark
{
    QString description;
    unsigned extraFeatures = 0; // CommandLine features beyond Endpoint, Signer and Contract
    int defaultRequests = 100;
    int defaultConcurrency = 8;
    QString unit; // "reads": "reads/second"
    std::function<BenchmarkOperation(client::WalletClient* wallet,
                                     client::ShieldedContract contract,
                                     CommandLine::ContractCall call, client::TxOptions options)>
        operation;
};

// The `bench signed-read` and `bench write` flow: parse FUNCTION [ARG...] and the load
// options, connect with the signer, run the operations, print the report. Exit code 1 when
// any operation failed.
QCoro::Task<int> runContractBenchmark(const Command& command, ContractBenchmark benchmark,
                                      QStringList arguments);

} // namespace seismic::cli
