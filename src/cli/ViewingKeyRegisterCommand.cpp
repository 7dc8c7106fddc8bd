// SPDX-License-Identifier: MIT
#include "cli/ViewingKeyRegisterCommand.h"

#include "cli/TransactionReport.h"
#include "cli/WalletSession.h"
#include "client/Directory.h"

namespace seismic::cli {

ViewingKeyRegisterCommand::ViewingKeyRegisterCommand()
    : Command(QStringLiteral("register"),
              QStringLiteral("register a viewing key for the signer in the Directory"))
{}

QCoro::Task<int> ViewingKeyRegisterCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Registers the key of --viewing-key-file, or a fresh random "
                                   "one, as the signer's viewing key (Directory setKey, a "
                                   "shielded write); SRC20 events addressed to the signer are "
                                   "then encrypted under it. Prints the hash and the key hash; "
                                   "`viewing-key show --reveal` prints the key."),
                    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json |
                        CommandLine::Send | CommandLine::ViewingKey);
    if (auto done = cli.parse(arguments))
        co_return *done;
    auto given = cli.viewingKey();
    if (!given)
        co_return cli.fail(given.error());
    auto session = co_await openWallet(cli);
    if (session.failed)
        co_return *session.failed;

    const auto key = given->value_or(client::Directory::generateViewingKey());
    auto sent =
        co_await client::Directory(session.wallet.get()).registerViewingKey(key, session.options);
    Record details;
    details.add(QStringLiteral("keyHash"), hexText(client::Directory::computeKeyHash(key).view()));
    co_return co_await reportTransaction(cli.reporter(), session.wallet.get(), std::move(sent),
                                         cli.waitForOutcome(), std::move(details));
}

} // namespace seismic::cli
