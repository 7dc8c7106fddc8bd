// SPDX-License-Identifier: MIT
#include "cli/Commands.h"

#include "cli/BalanceCommand.h"
#include "cli/BenchDecodeCommand.h"
#include "cli/BenchRpcCommand.h"
#include "cli/BenchSignedReadCommand.h"
#include "cli/BenchWriteCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/InfoCommand.h"
#include "cli/ReadCommand.h"
#include "cli/TokenBalanceCommand.h"
#include "cli/TokenInfoCommand.h"
#include "cli/TokenTransferCommand.h"
#include "cli/TxBuildCommand.h"
#include "cli/ViewingKeyRegisterCommand.h"
#include "cli/ViewingKeyShowCommand.h"
#include "cli/WatchCommand.h"
#include "cli/WriteCommand.h"

namespace seismic::cli {

namespace {

const QString kEnvironmentHelp = QStringLiteral(
    "Environment (as the reference SDK):\n"
    "  RPC_URL           HTTP(S) endpoint (--rpc-url)\n"
    "  WS_URL            WebSocket endpoint (--ws-url); watch streams over it\n"
    "  PRIVATE_KEY       signing key as hex (or --key-file FILE [--password-file FILE])\n"
    "  CONTRACT_ADDRESS  contract of read and write (--contract)\n"
    "  TOKEN_ADDRESS     SRC20 token of token and watch (--token)\n\n");

template<typename... Commands>
std::unique_ptr<CommandGroup> group(QString name, QString summary)
{
    auto commands = std::make_unique<CommandGroup>(std::move(name), std::move(summary));
    (commands->add(std::make_unique<Commands>()), ...);
    return commands;
}

} // namespace

std::unique_ptr<CommandGroup> rootCommand()
{
    auto root = std::make_unique<CommandGroup>(
        QStringLiteral("seismic-cli"),
        QStringLiteral("Seismic from the command line: shielded reads and writes, SRC20 "
                       "tokens, viewing keys, transfer watching, offline transactions, "
                       "benchmarks."),
        kEnvironmentHelp + exitCodeHelp());
    root->add(std::make_unique<InfoCommand>());
    root->add(std::make_unique<BalanceCommand>());
    root->add(std::make_unique<ReadCommand>());
    root->add(std::make_unique<WriteCommand>());
    root->add(group<TokenInfoCommand, TokenBalanceCommand, TokenTransferCommand>(
        QStringLiteral("token"), QStringLiteral("SRC20 token: info, balance, transfer")));
    root->add(group<ViewingKeyRegisterCommand, ViewingKeyShowCommand>(
        QStringLiteral("viewing-key"), QStringLiteral("viewing key: register, show")));
    root->add(std::make_unique<WatchCommand>());
    root->add(std::make_unique<ExportCommand>());
    root->add(group<TxBuildCommand>(QStringLiteral("tx"),
                                    QStringLiteral("transactions: build --offline")));
    root->add(group<BenchRpcCommand, BenchSignedReadCommand, BenchWriteCommand, BenchDecodeCommand>(
        QStringLiteral("bench"), QStringLiteral("benchmarks: rpc, signed-read, write, decode")));
    return root;
}

} // namespace seismic::cli
