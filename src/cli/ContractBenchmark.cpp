// SPDX-License-Identifier: MIT
#include "cli/ContractBenchmark.h"

#include "cli/Command.h"
#include "cli/ExitCode.h"
#include "cli/WalletSession.h"

#include <QTextStream>

namespace seismic::cli {

QCoro::Task<int> runContractBenchmark(const Command& command, ContractBenchmark benchmark,
                                      QStringList arguments)
{
    CommandLine cli(command, benchmark.description,
                    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Contract |
                        benchmark.extraFeatures);
    cli.addLoadOptions(benchmark.defaultRequests, benchmark.defaultConcurrency);
    cli.addCallArguments();
    if (auto done = cli.parse(arguments, 1, -1))
        co_return *done;
    auto load = cli.load();
    auto call = cli.contractCall();
    if (auto error = firstError(load, call))
        co_return cli.fail(*error);
    auto session = co_await openWallet(cli);
    if (session.failed)
        co_return *session.failed;

    auto contract = session.wallet->contract(call->address, call->abi, session.options.eip712);
    const auto report = co_await runBenchmark(
        load->requests, load->concurrency,
        benchmark.operation(session.wallet.get(), contract, *call, session.options));
    QTextStream(stdout) << cli.reporter().path << ": " << QString::fromStdString(call->function)
                        << " x " << load->requests << " at concurrency " << load->concurrency
                        << '\n';
    report.print(benchmark.unit);
    co_return exitCode(report.errors == 0 ? ExitCode::Ok : ExitCode::Failure);
}

} // namespace seismic::cli
