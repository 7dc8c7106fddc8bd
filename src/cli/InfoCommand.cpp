// SPDX-License-Identifier: MIT
#include "cli/InfoCommand.h"

#include "cli/BalanceCommand.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "client/PublicClient.h"
#include "rpc/WhenAll.h"

namespace seismic::cli {

namespace {

QCoro::Task<Result<std::optional<Uint256>>> balanceOf(rpc::EthApi eth,
                                                      std::optional<Address> account)
{
    if (!account)
        co_return std::optional<Uint256>();
    auto balance = co_await eth.getBalance(*account);
    if (!balance)
        co_return std::move(balance).error();
    co_return std::optional<Uint256>(*balance);
}

} // namespace

InfoCommand::InfoCommand()
    : Command(QStringLiteral("info"),
              QStringLiteral("chain id, latest block, TEE public key and balance of the node"))
{}

QCoro::Task<int> InfoCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Asks the node for its chain id, latest block and TEE public "
                                   "key, and for the balance of ADDRESS (default: the signer's, "
                                   "when a key is configured), all at once."),
                    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json);
    cli.addAccountArgument();
    if (auto done = cli.parse(arguments, 0, 1))
        co_return *done;
    auto account = cli.account();
    if (!account)
        co_return cli.fail(account.error());
    auto options = cli.clientOptions();
    if (!options)
        co_return cli.fail(options.error());
    auto client = client::PublicClient::create(*options);
    if (!client)
        co_return cli.fail(client.error());

    auto& node = **client;
    auto [chainId, block, teeKey, balance] =
        co_await rpc::whenAll(node.fetchChainId(), node.eth().blockNumber(), node.teePublicKey(),
                              balanceOf(node.eth(), *account));
    if (auto error = firstError(chainId, block, teeKey, balance))
        co_return cli.fail(*error);

    Record record;
    record.add(QStringLiteral("chainId"), static_cast<qint64>(*chainId))
        .add(QStringLiteral("block"), static_cast<qint64>(*block))
        .add(QStringLiteral("teePublicKey"), hexText(teeKey->compressed().view()));
    if (*account)
        record.add(balanceRecord(**account, **balance));
    cli.reporter().print(record);
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
