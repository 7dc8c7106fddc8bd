// SPDX-License-Identifier: MIT
#include "cli/TokenTransferCommand.h"

#include "cli/TokenSession.h"
#include "cli/TransactionReport.h"
#include "core/Units.h"

namespace seismic::cli {

TokenTransferCommand::TokenTransferCommand()
    : Command(QStringLiteral("transfer"), QStringLiteral("send tokens (shielded transfer)"))
{}

QCoro::Task<int> TokenTransferCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Transfers AMOUNT tokens (in token units, \"1.5\"; base units "
                                   "with --raw) to TO by a shielded write, prints the hash and "
                                   "waits for the receipt."),
                    kTokenFeatures | CommandLine::Send);
    const QCommandLineOption raw("raw", "AMOUNT is in base units (no decimals applied).");
    cli.addOption(raw);
    cli.addPositional(QStringLiteral("to"), QStringLiteral("Recipient address."),
                      QStringLiteral("TO"));
    cli.addPositional(QStringLiteral("amount"), QStringLiteral("Amount."),
                      QStringLiteral("AMOUNT"));
    auto session = co_await openToken(cli, std::move(arguments), CommandLine::KeyUse::Signing, 2);
    if (session.failed)
        co_return *session.failed;
    auto to = Address::parse(cli.positionals().at(0).trimmed().toStdString());
    if (!to)
        co_return cli.fail(withContext(to.error(), QStringLiteral("TO")));

    const auto amountText = cli.positionals().at(1).trimmed().toStdString();
    Result<Uint256> amount = parseUint256(amountText);
    if (!cli.isSet(raw)) {
        auto metadata = co_await session.token->metadata();
        if (!metadata)
            co_return cli.fail(metadata.error());
        amount = parseUnits(amountText, metadata->decimals);
    }
    if (!amount)
        co_return cli.fail(withContext(amount.error(), QStringLiteral("AMOUNT")));
    auto sent = co_await session.token->transfer(*to, *amount, session.options);
    Record details;
    details.add(QStringLiteral("to"), QString::fromStdString(to->checksummed()))
        .add(QStringLiteral("amount"), decimalText(*amount));
    co_return co_await reportTransaction(cli.reporter(), session.wallet.get(), std::move(sent),
                                         cli.waitForOutcome(), std::move(details));
}

} // namespace seismic::cli
