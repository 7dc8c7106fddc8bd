// SPDX-License-Identifier: MIT
#include "cli/BenchWriteCommand.h"

#include "cli/ContractBenchmark.h"
#include "client/WalletClient.h"

namespace seismic::cli {

namespace {

// Sent, then confirmed: a write that fails or expires counts as an error.
QCoro::Task<Status> writeAndConfirm(QCoro::Task<Result<Hash>> sending,
                                    QPointer<client::WalletClient> wallet)
{
    auto hash = co_await sending;
    if (!hash)
        co_return std::move(hash).error();
    if (!wallet)
        co_return client::clientGone();
    auto outcome = co_await wallet->waitForTransaction(*hash);
    if (!outcome)
        co_return std::move(outcome).error();
    if (outcome->status != client::TxStatus::Confirmed)
        co_return makeError(ErrorKind::Revert, "transaction " + outcome->hash.hex() + " " +
                                                   std::string(txStatusName(outcome->status)) +
                                                   ": " + outcome->reason);
    co_return Status();
}

} // namespace

BenchWriteCommand::BenchWriteCommand()
    : Command(QStringLiteral("write"),
              QStringLiteral("confirmed shielded writes/second from one account"))
{}

QCoro::Task<int> BenchWriteCommand::run(QStringList arguments)
{
    ContractBenchmark benchmark;
    benchmark.description = QStringLiteral(
        "Sends --requests shielded writes of FUNCTION from the signer with --concurrency in "
        "flight (nonces handed out without gaps), waits until every one is confirmed and prints "
        "transactions/second and send-to-confirmation latency.");
    benchmark.extraFeatures = CommandLine::Send;
    benchmark.unit = QStringLiteral("transactions");
    benchmark.operation = [](client::WalletClient* wallet, client::ShieldedContract contract,
                             CommandLine::ContractCall call, client::TxOptions options) {
        const QPointer<client::WalletClient> client = wallet;
        return BenchmarkOperation([contract, client, call, options] {
            return writeAndConfirm(contract.writeShielded(call.function, call.arguments, options),
                                   client);
        });
    };
    co_return co_await runContractBenchmark(*this, std::move(benchmark), std::move(arguments));
}

} // namespace seismic::cli
