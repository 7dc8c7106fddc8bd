// SPDX-License-Identifier: MIT
#include "cli/TokenInfoCommand.h"

#include "cli/ExitCode.h"
#include "cli/TokenSession.h"

namespace seismic::cli {

TokenInfoCommand::TokenInfoCommand()
    : Command(QStringLiteral("info"), QStringLiteral("name, symbol and decimals of the token"))
{}

QCoro::Task<int> TokenInfoCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Reads the token's name, symbol and decimals (plain calls; no "
                                   "key needed) and validates them."),
                    kTokenFeatures);
    auto session = co_await openToken(cli, std::move(arguments), CommandLine::KeyUse::ReadOnly);
    if (session.failed)
        co_return *session.failed;
    auto metadata = co_await session.token->metadata();
    if (!metadata)
        co_return cli.fail(metadata.error());
    cli.reporter().print(metadataRecord(session.token->address(), *metadata));
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
