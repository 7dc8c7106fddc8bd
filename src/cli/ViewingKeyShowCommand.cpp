// SPDX-License-Identifier: MIT
#include "cli/ViewingKeyShowCommand.h"

#include "cli/ExitCode.h"
#include "cli/WalletSession.h"
#include "client/Directory.h"

namespace seismic::cli {

ViewingKeyShowCommand::ViewingKeyShowCommand()
    : Command(QStringLiteral("show"), QStringLiteral("the signer's registered viewing key"))
{}

QCoro::Task<int> ViewingKeyShowCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Fetches the signer's viewing key from the Directory (a "
                                   "signed read: only its owner can) and prints its hash, and "
                                   "with --reveal the key itself. Without a registered key: "
                                   "exit code 3."),
                    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json);
    const QCommandLineOption reveal("reveal", "Print the key itself (a secret).");
    cli.addOption(reveal);
    if (auto done = cli.parse(arguments))
        co_return *done;
    auto session = co_await openWallet(cli);
    if (session.failed)
        co_return *session.failed;
    auto key = co_await client::Directory(session.wallet.get()).fetchViewingKey();
    if (!key)
        co_return cli.fail(key.error());
    Record record;
    record
        .add(QStringLiteral("address"),
             QString::fromStdString(session.wallet->address().checksummed()))
        .add(QStringLiteral("keyHash"), hexText(client::Directory::computeKeyHash(*key).view()));
    if (cli.isSet(reveal))
        record.add(QStringLiteral("key"), hexText(key->bytes()));
    cli.reporter().print(record);
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
