// SPDX-License-Identifier: MIT
#include "cli/TokenBalanceCommand.h"

#include "cli/ExitCode.h"
#include "cli/TokenSession.h"
#include "core/Units.h"
#include "rpc/WhenAll.h"

namespace seismic::cli {

TokenBalanceCommand::TokenBalanceCommand()
    : Command(QStringLiteral("balance"), QStringLiteral("the signer's balance (signed read)"))
{}

QCoro::Task<int> TokenBalanceCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Reads the signer's token balance by signed read (an SRC20 "
                                   "balance is private: only its owner can read it)."),
                    kTokenFeatures);
    auto session = co_await openToken(cli, std::move(arguments), CommandLine::KeyUse::Signing);
    if (session.failed)
        co_return *session.failed;
    auto [metadata, balance] =
        co_await rpc::whenAll(session.token->metadata(), session.token->balance());
    if (auto error = firstError(metadata, balance))
        co_return cli.fail(*error);
    Record record = metadataRecord(session.token->address(), *metadata);
    record
        .add(QStringLiteral("account"),
             QString::fromStdString(session.wallet->address().checksummed()))
        .add(QStringLiteral("balance"), decimalText(*balance))
        .add(QStringLiteral("formatted"),
             QString::fromStdString(formatUnits(*balance, metadata->decimals)));
    cli.reporter().print(record);
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
