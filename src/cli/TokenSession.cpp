// SPDX-License-Identifier: MIT
#include "cli/TokenSession.h"

namespace seismic::cli {

Record metadataRecord(const Address& token, const client::Src20Metadata& metadata)
{
    Record record;
    record.add(QStringLiteral("token"), QString::fromStdString(token.checksummed()))
        .add(QStringLiteral("name"), QString::fromStdString(metadata.name))
        .add(QStringLiteral("symbol"), QString::fromStdString(metadata.symbol))
        .add(QStringLiteral("decimals"), metadata.decimals);
    return record;
}

QCoro::Task<TokenSession> openToken(CommandLine& cli, QStringList arguments,
                                    CommandLine::KeyUse use, int positionals)
{
    TokenSession session;
    session.failed = cli.parse(arguments, positionals, positionals);
    if (session.failed)
        co_return session;
    auto address = cli.tokenAddress();
    if (!address) {
        session.failed = cli.fail(address.error());
        co_return session;
    }
    static_cast<WalletSession&>(session) = co_await openWallet(cli, use);
    if (!session.failed)
        session.token.emplace(session.wallet.get(), *address);
    co_return session;
}

} // namespace seismic::cli
