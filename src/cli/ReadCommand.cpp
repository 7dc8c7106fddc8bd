// SPDX-License-Identifier: MIT
#include "cli/ReadCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "client/WalletClient.h"

#include <QJsonArray>
#include <QTextStream>

namespace seismic::cli {

ReadCommand::ReadCommand()
    : Command(QStringLiteral("read"),
              QStringLiteral("call a contract function (signed read or eth_call), print outputs"))
{}

QCoro::Task<int> ReadCommand::run(QStringList arguments)
{
    CommandLine cli(
        *this,
        QStringLiteral(
            "Calls FUNCTION (a name, or a full signature such as \"balanceOf(address)\") of the "
            "contract with the ARGs as text (numbers in decimal or 0x-hex, addresses, "
            "true/false, 0x-hex bytes, JSON arrays for arrays and tuples) and prints the decoded "
            "outputs, one per line (--json: one object). With a signing key a function with "
            "shielded inputs is a signed read, others a plain eth_call; --signed forces a signed "
            "read (a view that depends on msg.sender), --transparent a plain eth_call (no key "
            "needed)."),
        CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json | CommandLine::Contract);
    const QCommandLineOption signedRead("signed", "Always a signed read.");
    const QCommandLineOption transparent("transparent", "Always a plain eth_call.");
    cli.addOption(signedRead);
    cli.addOption(transparent);
    cli.addCallArguments();
    if (auto done = cli.parse(arguments, 1, -1))
        co_return *done;
    if (cli.isSet(signedRead) && cli.isSet(transparent))
        co_return cli.reporter().usageError(
            QStringLiteral("--signed and --transparent exclude each other"));
    auto call = cli.contractCall();
    if (!call)
        co_return cli.fail(call.error());
    auto options = cli.txOptions();
    if (!options)
        co_return cli.fail(options.error());

    std::unique_ptr<client::PublicClient> client;
    Result<std::vector<AbiValue>> outputs = std::vector<AbiValue>();
    if (cli.isSet(transparent) || (!cli.isSet(signedRead) && !cli.hasSigner())) {
        auto connected = co_await cli.connectPublic();
        if (!connected)
            co_return cli.fail(connected.error());
        client = std::move(connected).value();
        outputs = co_await client->publicContract(call->address, call->abi)
                      .readTransparent(call->function, call->arguments, *options);
    } else {
        auto connected = co_await cli.connectWallet();
        if (!connected)
            co_return cli.fail(connected.error());
        auto contract = (*connected)->contract(call->address, call->abi, options->eip712);
        // (GCC 12 miscompiles co_await inside a conditional expression.)
        if (cli.isSet(signedRead))
            outputs = co_await contract.readSigned(call->function, call->arguments, *options);
        else
            outputs = co_await contract.read(call->function, call->arguments, *options);
        client = std::move(connected).value();
    }
    if (!outputs)
        co_return cli.fail(outputs.error());

    if (cli.reporter().json) {
        QJsonArray values;
        for (const auto& value : *outputs)
            values.append(abiValueJson(value));
        const auto function = call->abi.function(call->function);
        printJsonLine(
            {{QStringLiteral("function"), QString::fromStdString((*function)->signature())},
             {QStringLiteral("outputs"), values}});
    } else {
        QTextStream out(stdout);
        for (const auto& value : *outputs)
            out << terminalText(QString::fromStdString(value.toString())) << '\n';
    }
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
