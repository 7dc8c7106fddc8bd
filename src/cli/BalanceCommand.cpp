// SPDX-License-Identifier: MIT
#include "cli/BalanceCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "client/PublicClient.h"
#include "core/Units.h"

namespace seismic::cli {

BalanceCommand::BalanceCommand()
    : Command(QStringLiteral("balance"),
              QStringLiteral("native balance of an account (default: the signer)"))
{}

QCoro::Task<int> BalanceCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Prints the native balance of ADDRESS, or of the signer "
                                   "(PRIVATE_KEY or --key-file) without one."),
                    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json);
    cli.addAccountArgument();
    if (auto done = cli.parse(arguments, 0, 1))
        co_return *done;
    auto account = cli.account();
    if (!account)
        co_return cli.fail(account.error());
    if (!*account)
        co_return cli.fail(
            makeError(ErrorKind::InvalidArgument,
                      "no account: give ADDRESS, set PRIVATE_KEY or pass --key-file FILE"));
    auto client = co_await cli.connectPublic();
    if (!client)
        co_return cli.fail(client.error());
    auto balance = co_await (*client)->eth().getBalance(**account);
    if (!balance)
        co_return cli.fail(balance.error());
    cli.reporter().print(balanceRecord(**account, *balance));
    co_return exitCode(ExitCode::Ok);
}

Record balanceRecord(const Address& account, const Uint256& wei)
{
    Record record;
    record.add(QStringLiteral("address"), QString::fromStdString(account.checksummed()))
        .add(QStringLiteral("balanceWei"), decimalText(wei))
        .add(QStringLiteral("balanceEther"), QString::fromStdString(formatUnits(wei, 18)));
    return record;
}

} // namespace seismic::cli
