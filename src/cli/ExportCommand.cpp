// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "cli/CommandLine.h"
#include "store/ExportFormat.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/TransferExporter.h"
#include "store/TransferStore.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace seismic::cli {
namespace {

Error invalidArgument(const QString& message)
{
    return makeError(ErrorKind::InvalidArgument, message.toStdString());
}

// The network to export: the newest of the chain id given, else the store's only one.
Result<qint64> exportedNetwork(store::Store& store, std::optional<std::uint64_t> chainId)
{
    if (chainId) {
        auto key = store::latestNetworkKey(store, *chainId);
        if (!key)
            return std::move(key).error();
        if (!*key)
            return makeError(ErrorKind::NotFound,
                             "the store has no transfers of chain " + std::to_string(*chainId));
        return **key;
    }
    auto keys = store::networkKeys(store);
    if (!keys)
        return std::move(keys).error();
    if (keys->empty())
        return makeError(ErrorKind::NotFound, "the store has no transfers");
    if (keys->size() > 1)
        return invalidArgument(QStringLiteral("the store holds several chains: pass --chain-id"));
    return keys->front();
}

Result<store::TransferQuery::Direction> directionNamed(const QString& name)
{
    if (name == QLatin1String("all"))
        return store::TransferQuery::Direction::All;
    if (name == QLatin1String("in"))
        return store::TransferQuery::Direction::Incoming;
    if (name == QLatin1String("out"))
        return store::TransferQuery::Direction::Outgoing;
    return invalidArgument(QStringLiteral("--direction: all, in or out"));
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              QStringLiteral("transfers kept by watch --store, as CSV or JSON lines"))
{}

QCoro::Task<int> ExportCommand::run(QStringList arguments)
{
    CommandLine cli(
        *this,
        QStringLiteral(
            "Writes the transfers that `watch --store FILE` kept, in the order they arrived: CSV "
            "with a header line, or JSON lines (one transfer per line). Times are ISO 8601 in "
            "UTC; amounts raw and decimal. --token, --address and --direction filter as the "
            "app's transfers page does. The database must not be open in a running watch."),
        0);
    const QCommandLineOption storeFile("store", "The database written by watch --store.", "FILE");
    const QCommandLineOption format("format", "csv or json (JSON lines).", "FORMAT", "csv");
    const QCommandLineOption token("token",
                                   "Only this token: part of its symbol, or the start of its "
                                   "contract address.",
                                   "TEXT");
    const QCommandLineOption address(
        "address", "Only transfers from or to an address starting with this.", "HEX");
    const QCommandLineOption account("account", "The account the direction column is relative to.",
                                     "ADDRESS");
    const QCommandLineOption direction(
        "direction", "all, in (to --account) or out (from --account).", "DIRECTION", "all");
    const QCommandLineOption chainId("chain-id", "The chain, when the store holds several.", "N");
    const QCommandLineOption output("output", "Write to FILE (atomically) instead of stdout.",
                                    "FILE");
    for (const auto& option :
         {storeFile, format, token, address, account, direction, chainId, output})
        cli.addOption(option);
    if (auto done = cli.parse(arguments))
        co_return *done;

    if (!cli.isSet(storeFile))
        co_return cli.reporter().usageError(QStringLiteral("no database: pass --store FILE"));
    const auto exportFormat = store::exportFormatNamed(cli.value(format));
    if (!exportFormat)
        co_return cli.reporter().usageError(QStringLiteral("--format: csv or json"));
    auto chain = cli.optionalUint64(chainId);
    auto flow = directionNamed(cli.value(direction));
    auto accountAddress =
        cli.isSet(account) ? cli.address(account, "") : Result<Address>(Address{});
    if (auto error = firstError(chain, flow, accountAddress))
        co_return cli.fail(*error);
    if (*flow != store::TransferQuery::Direction::All && !cli.isSet(account))
        co_return cli.reporter().usageError(QStringLiteral("--direction needs --account"));
    // The file must exist: an export never creates an empty database.
    if (!QFile::exists(cli.value(storeFile)))
        co_return cli.fail(
            makeError(ErrorKind::NotFound, "no database at " + cli.value(storeFile).toStdString()));
    auto opened = store::Store::open(cli.value(storeFile));
    if (!opened)
        co_return cli.fail(opened.error());
    auto network = exportedNetwork(**opened, *chain);
    if (!network)
        co_return cli.fail(network.error());

    store::TransferQuery query;
    query.network = *network;
    query.token = cli.value(token);
    query.address = cli.value(address);
    query.direction = *flow;
    if (cli.isSet(account))
        query.account = *accountAddress;

    std::unique_ptr<QFileDevice> file;
    if (cli.isSet(output))
        file = std::make_unique<QSaveFile>(cli.value(output));
    else
        file = std::make_unique<QFile>();
    const bool open = cli.isSet(output)
                          ? file->open(QIODevice::WriteOnly)
                          : static_cast<QFile*>(file.get())->open(stdout, QIODevice::WriteOnly);
    if (!open)
        co_return cli.fail(makeError(ErrorKind::Io, "cannot write " +
                                                        cli.value(output).toStdString() + ": " +
                                                        file->errorString().toStdString()));
    store::TransferStore transfers(**opened);
    store::TransferExporter exporter(transfers, query, *exportFormat, *file);
    if (auto written = exporter.run(); !written)
        co_return cli.fail(written.error()); // a QSaveFile not committed leaves no file behind
    if (auto* saved = dynamic_cast<QSaveFile*>(file.get()); saved && !saved->commit())
        co_return cli.fail(makeError(ErrorKind::Io, "cannot write " +
                                                        cli.value(output).toStdString() + ": " +
                                                        saved->errorString().toStdString()));
    co_return 0;
}

} // namespace seismic::cli
