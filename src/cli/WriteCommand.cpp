// SPDX-License-Identifier: MIT
#include "cli/WriteCommand.h"

#include "cli/TransactionReport.h"
#include "cli/WalletSession.h"

namespace seismic::cli {

namespace {

// The plaintext and the encrypted transaction of a debug write.
Record debugRecord(const client::DebugWriteResult& debug)
{
    const auto& tx = debug.shieldedTx;
    Record record;
    record.add(QStringLiteral("nonce"), static_cast<qint64>(tx.nonce))
        .add(QStringLiteral("gas"), static_cast<qint64>(tx.gas))
        .add(QStringLiteral("gasPrice"), decimalText(tx.gasPrice))
        .add(QStringLiteral("plaintext"), hexText(debug.plaintextTx.data))
        .add(QStringLiteral("ciphertext"), hexText(tx.input))
        .add(QStringLiteral("encryptionPubkey"), hexText(tx.elements.encryptionPubkey.view()))
        .add(QStringLiteral("encryptionNonce"), hexText(tx.elements.encryptionNonce.view()))
        .add(QStringLiteral("messageVersion"), tx.elements.messageVersion)
        .add(QStringLiteral("recentBlockHash"), hexText(tx.elements.recentBlockHash.view()))
        .add(QStringLiteral("expiresAtBlock"), static_cast<qint64>(tx.elements.expiresAtBlock));
    return record;
}

} // namespace

WriteCommand::WriteCommand()
    : Command(QStringLiteral("write"),
              QStringLiteral("send a contract write (shielded, transparent or debug)"))
{}

QCoro::Task<int> WriteCommand::run(QStringList arguments)
{
    CommandLine cli(
        *this,
        QStringLiteral(
            "Sends a transaction calling FUNCTION (name or full signature) of the contract with "
            "the ARGs as text, prints its hash, waits for the receipt and prints status, block "
            "and gas used (a failed one with its decoded revert reason). A function with "
            "shielded inputs is a shielded write (calldata encrypted, type 0x4a), others a "
            "transparent write, unless --shielded or --transparent says otherwise; --debug is a "
            "shielded write that also prints the plaintext and the encrypted transaction."),
        CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json | CommandLine::Contract |
            CommandLine::Send);
    const QCommandLineOption shielded("shielded", "Always a shielded write.");
    const QCommandLineOption transparent("transparent", "Always a transparent write.");
    const QCommandLineOption debug("debug", "Shielded write; print what was encrypted.");
    cli.addOption(shielded);
    cli.addOption(transparent);
    cli.addOption(debug);
    cli.addCallArguments();
    if (auto done = cli.parse(arguments, 1, -1))
        co_return *done;
    if (int(cli.isSet(shielded)) + int(cli.isSet(transparent)) + int(cli.isSet(debug)) > 1)
        co_return cli.reporter().usageError(
            QStringLiteral("--shielded, --transparent and --debug exclude each other"));
    auto call = cli.contractCall();
    if (!call)
        co_return cli.fail(call.error());
    auto session = co_await openWallet(cli);
    if (session.failed)
        co_return *session.failed;

    const auto& options = session.options;
    const auto contract = session.wallet->contract(call->address, call->abi, options.eip712);
    Result<Hash> sent = Hash();
    Record details;
    if (cli.isSet(debug)) {
        auto result = co_await contract.writeDebug(call->function, call->arguments, options);
        if (result) {
            sent = result->txHash;
            details = debugRecord(*result);
        } else {
            sent = std::move(result).error();
        }
    } else if (cli.isSet(shielded)) {
        sent = co_await contract.writeShielded(call->function, call->arguments, options);
    } else if (cli.isSet(transparent)) {
        sent = co_await contract.writeTransparent(call->function, call->arguments, options);
    } else {
        sent = co_await contract.write(call->function, call->arguments, options);
    }
    co_return co_await reportTransaction(cli.reporter(), session.wallet.get(), std::move(sent),
                                         cli.waitForOutcome(), std::move(details));
}

} // namespace seismic::cli
