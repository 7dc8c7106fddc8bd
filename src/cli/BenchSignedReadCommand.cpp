// SPDX-License-Identifier: MIT
#include "cli/BenchSignedReadCommand.h"

#include "cli/ContractBenchmark.h"

namespace seismic::cli {

BenchSignedReadCommand::BenchSignedReadCommand()
    : Command(QStringLiteral("signed-read"),
              QStringLiteral("signed reads/second and latency against a node"))
{}

QCoro::Task<int> BenchSignedReadCommand::run(QStringList arguments)
{
    ContractBenchmark benchmark;
    benchmark.description = QStringLiteral(
        "Runs --requests signed reads of FUNCTION (each encrypted, signed, sent as eth_call and "
        "its answer decrypted) from --concurrency workers and prints reads/second and latency "
        "percentiles.");
    benchmark.defaultRequests = 1'000;
    benchmark.defaultConcurrency = 16;
    benchmark.unit = QStringLiteral("reads");
    benchmark.operation = [](client::WalletClient*, client::ShieldedContract contract,
                             CommandLine::ContractCall call, client::TxOptions options) {
        return BenchmarkOperation([contract, call, options] {
            return statusOf(contract.readSigned(call.function, call.arguments, options));
        });
    };
    co_return co_await runContractBenchmark(*this, std::move(benchmark), std::move(arguments));
}

} // namespace seismic::cli
