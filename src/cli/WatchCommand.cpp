// SPDX-License-Identifier: MIT
#include "cli/WatchCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/WatchStore.h"
#include "client/Directory.h"
#include "client/TransferWatcher.h"
#include "client/WalletClient.h"
#include "rpc/Promise.h"

#include <QTimer>

namespace seismic::cli {

namespace {

QJsonObject eventJson(const client::TransferEvent& event)
{
    QJsonObject object{
        {QStringLiteral("block"), static_cast<qint64>(event.blockNumber)},
        {QStringLiteral("transactionHash"), hexText(event.transactionHash.view())},
        {QStringLiteral("logIndex"), static_cast<qint64>(event.logIndex)},
        {QStringLiteral("token"), QString::fromStdString(event.token.checksummed())},
        {QStringLiteral("tokenKind"), viewText(client::tokenKindName(event.tokenKind))},
        {QStringLiteral("event"), viewText(client::transferEventKindName(event.kind))},
        {QStringLiteral("from"), QString::fromStdString(event.from.checksummed())},
        {QStringLiteral("to"), QString::fromStdString(event.to.checksummed())},
        {QStringLiteral("amount"),
         event.amount ? QJsonValue(decimalText(*event.amount)) : QJsonValue()},
        {QStringLiteral("amountStatus"), viewText(client::amountStatusName(event.amountStatus))},
        {QStringLiteral("direction"), viewText(client::transferDirectionName(event.direction))},
        {QStringLiteral("removed"), event.removed}};
    if (event.amountError)
        object.insert(QStringLiteral("amountError"),
                      QString::fromStdString(event.amountError->message));
    return object;
}

// One transfer (its whole SRC20 fan-out): who can read the amount, from the fan-out's shape.
QJsonObject transferJson(const client::Transfer& transfer)
{
    QJsonObject object{
        {QStringLiteral("block"), static_cast<qint64>(transfer.blockNumber)},
        {QStringLiteral("transactionHash"), hexText(transfer.transactionHash.view())},
        {QStringLiteral("logIndex"), static_cast<qint64>(transfer.firstLogIndex)},
        {QStringLiteral("logCount"), static_cast<qint64>(transfer.logCount)},
        {QStringLiteral("token"), QString::fromStdString(transfer.token.checksummed())},
        {QStringLiteral("tokenKind"), viewText(client::tokenKindName(transfer.tokenKind))},
        {QStringLiteral("kind"), viewText(client::transferKindName(transfer.kind))},
        {QStringLiteral("from"), QString::fromStdString(transfer.from.checksummed())},
        {QStringLiteral("to"), QString::fromStdString(transfer.to.checksummed())},
        {QStringLiteral("amount"),
         transfer.amount ? QJsonValue(decimalText(*transfer.amount)) : QJsonValue()},
        {QStringLiteral("amountStatus"), viewText(client::amountStatusName(transfer.amountStatus))},
        {QStringLiteral("direction"), viewText(client::transferDirectionName(transfer.direction))},
        {QStringLiteral("removed"), transfer.removed}};
    // Who can read it is known only from a whole fan-out.
    if (transfer.tokenKind == client::TokenKind::Src20) {
        const auto& visibility = transfer.visibility;
        QJsonObject shown{{QStringLiteral("complete"), visibility.complete}};
        if (visibility.complete) {
            shown.insert(QStringLiteral("senderKey"), visibility.senderHasKey);
            shown.insert(QStringLiteral("recipientKey"), visibility.recipientHasKey);
            shown.insert(QStringLiteral("providers"), static_cast<qint64>(visibility.providers));
        }
        object.insert(QStringLiteral("visibility"), shown);
    }
    if (transfer.amountError)
        object.insert(QStringLiteral("amountError"),
                      QString::fromStdString(transfer.amountError->message));
    return object;
}

Result<std::vector<client::TokenSpec>> tokenSpecs(const QStringList& texts)
{
    std::vector<client::TokenSpec> specs;
    for (const auto& text : texts) {
        // A bare address is an SRC20 token.
        const auto spec = text.contains(QLatin1Char(':')) ? text : QStringLiteral("src20:") + text;
        auto parsed = client::TokenSpec::parse(spec.trimmed().toStdString());
        if (!parsed)
            return withContext(std::move(parsed).error(), QStringLiteral("--token"));
        specs.push_back(*parsed);
    }
    if (specs.empty())
        return makeError(ErrorKind::InvalidArgument,
                         "no token: pass --token SPEC or set TOKEN_ADDRESS");
    return specs;
}

} // namespace

WatchCommand::WatchCommand()
    : Command(QStringLiteral("watch"),
              QStringLiteral("token transfers as JSON lines, one per transfer: history, then "
                             "live"))
{}

QCoro::Task<int> WatchCommand::run(QStringList arguments)
{
    CommandLine cli(
        *this,
        QStringLiteral(
            "Prints transfers of SRC20 (amounts decrypted with the viewing key) and ERC20 "
            "tokens as JSON lines, one per transfer (an SRC20 event's logs for the Intelligence "
            "providers, the sender and the recipient together, with who can read the amount: "
            "complete with --all, which receives every log; else from the logs under the key): "
            "history from --from-block, then live, over $WS_URL when given, else by HTTP "
            "polling. A transfer withdrawn by a reorg, or printed "
            "before the rest of its logs arrived, is printed again with \"removed\": true. The "
            "viewing key is --viewing-key-file, else the "
            "signer's, fetched from the Directory. Runs until interrupted, --count lines, or "
            "--until-block. With --store FILE, every transfer and the block it has reached are "
            "kept in that database (per chain and filter), and a restart resumes after that "
            "block instead of --from-block: nothing is lost or stored twice, however the "
            "process ends."),
        CommandLine::Endpoint | CommandLine::Signer | CommandLine::ViewingKey);
    const QCommandLineOption token(
        "token",
        "A token: ADDRESS or src20:ADDRESS, erc20:ADDRESS, src20:* / erc20:* (any contract). "
        "Repeatable. Default: $TOKEN_ADDRESS (SRC20).",
        "SPEC");
    const QCommandLineOption fromBlock("from-block",
                                       "First block of history (default: new "
                                       "events only).",
                                       "N");
    const QCommandLineOption count("count", "Stop after N lines.", "N");
    const QCommandLineOption untilBlock("until-block", "Stop once every block up to N is seen.",
                                        "N");
    const QCommandLineOption all("all", "Every SRC20 transfer, also those under other keys "
                                        "(not decrypted).");
    const QCommandLineOption pollInterval("poll-interval", "HTTP polling period.", "MS", "1000");
    const QCommandLineOption perLog("per-log", "One line per log instead of per transfer.");
    const QCommandLineOption storeFile("store",
                                       "Keep the transfers and where the watch stopped in this "
                                       "SQLite database, and resume from it.",
                                       "FILE");
    for (const auto& option :
         {token, fromBlock, count, untilBlock, all, pollInterval, perLog, storeFile})
        cli.addOption(option);
    if (auto done = cli.parse(arguments))
        co_return *done;

    auto texts = cli.values(token);
    if (texts.isEmpty() && !qEnvironmentVariable("TOKEN_ADDRESS").isEmpty())
        texts.append(qEnvironmentVariable("TOKEN_ADDRESS"));
    auto tokens = tokenSpecs(texts);
    auto from = cli.optionalUint64(fromBlock);
    auto stopBlock = cli.optionalUint64(untilBlock);
    auto stopCount = cli.isSet(count) ? cli.count(count) : Result<int>(0);
    auto interval = cli.count(pollInterval);
    if (auto error = firstError(tokens, from, stopBlock, stopCount, interval))
        co_return cli.fail(*error);
    client::TransferWatchOptions options;
    options.tokens = std::move(tokens).value();
    options.allSrc20Events = cli.isSet(all);
    options.fromBlock = *from;
    options.pollInterval = std::chrono::milliseconds(*interval);
    options.liveMode = cli.hasWebSocket() ? client::LiveMode::Auto : client::LiveMode::Poll;
    auto viewingKey = cli.viewingKey();
    if (!viewingKey)
        co_return cli.fail(viewingKey.error());
    // Before any connection: a database that cannot be used ends the command at once.
    std::unique_ptr<WatchStore> store;
    if (cli.isSet(storeFile)) {
        auto opened = WatchStore::open(cli.value(storeFile));
        if (!opened)
            co_return cli.fail(opened.error());
        store = std::move(opened).value();
    }

    // With a signer: its key from the Directory (unless given) and its direction.
    std::unique_ptr<client::PublicClient> client;
    if (cli.hasSigner()) {
        auto wallet = co_await cli.connectWallet(CommandLine::KeyUse::Signing, true);
        if (!wallet)
            co_return cli.fail(wallet.error());
        options.accounts = {(*wallet)->address()};
        if (!*viewingKey) {
            auto fetched = co_await client::Directory(wallet->get()).fetchViewingKey();
            if (fetched)
                *viewingKey = std::move(fetched).value();
            else if (fetched.error().kind != ErrorKind::NotFound || !options.allSrc20Events)
                co_return cli.fail(fetched.error());
        }
        client = std::move(wallet).value();
    } else {
        auto connected = co_await cli.connectPublic(true);
        if (!connected)
            co_return cli.fail(connected.error());
        client = std::move(connected).value();
    }
    if (*viewingKey)
        options.viewingKeys = {**viewingKey};

    if (store) {
        auto genesis = co_await client->eth().getBlock(rpc::BlockId::number(0));
        if (!genesis)
            co_return cli.fail(genesis.error());
        if (!*genesis || !(*genesis)->hash || !client->chainId())
            co_return cli.fail(makeError(ErrorKind::Decode, "the node did not name its chain"));
        auto resumed = store->resume({*client->chainId(), *(*genesis)->hash}, std::move(options));
        if (!resumed)
            co_return cli.fail(resumed.error());
        options = std::move(resumed).value();
    }

    client::TransferWatcher watcher(client->rpcClient(), options);
    rpc::Promise<int> finished;
    bool stopping = false;
    int printed = 0;
    // Resolved from the event loop, not from inside the watcher's signal: the watcher goes away
    // as soon as the command resumes.
    const auto finish = [&](ExitCode code) {
        if (std::exchange(stopping, true))
            return;
        QTimer::singleShot(0, &watcher, [finished, code] { finished.resolve(exitCode(code)); });
    };
    const auto reached = [&](std::uint64_t block) {
        if (*stopBlock && block >= **stopBlock)
            finish(ExitCode::Ok);
    };
    // The store keeps one row per transfer (with its fan-out logs); what is printed is per
    // transfer or per log.
    if (store) {
        QObject::connect(
            &watcher, &client::TransferWatcher::transfersReceived, &watcher,
            [&](const QList<client::TransferEvent>& events) { store->rememberLogs(events); });
        QObject::connect(&watcher, &client::TransferWatcher::groupedTransfersReceived, &watcher,
                         [&](const QList<client::Transfer>& transfers) { store->add(transfers); });
    }
    const auto print = [&](std::uint64_t block, const QJsonObject& line) {
        if (stopping || (*stopBlock && block > **stopBlock))
            return;
        printJsonLine(line);
        if (*stopCount > 0 && ++printed >= *stopCount)
            finish(ExitCode::Ok);
    };
    if (cli.isSet(perLog)) {
        QObject::connect(&watcher, &client::TransferWatcher::transfersReceived, &watcher,
                         [&](const QList<client::TransferEvent>& events) {
                             for (const auto& event : events)
                                 print(event.blockNumber, eventJson(event));
                         });
    } else {
        QObject::connect(&watcher, &client::TransferWatcher::groupedTransfersReceived, &watcher,
                         [&](const QList<client::Transfer>& transfers) {
                             for (const auto& transfer : transfers)
                                 print(transfer.blockNumber, transferJson(transfer));
                         });
    }
    if (store) {
        const auto stored = [&](const Status& status) {
            if (status)
                return;
            cli.reporter().warn(QString::fromStdString(status.error().describe()));
            finish(exitCodeFor(status.error()));
        };
        QObject::connect(
            &watcher, &client::TransferWatcher::cursorAdvanced, &watcher,
            [&](const client::BlockCursor& cursor) { stored(store->advance(cursor)); });
        QObject::connect(&watcher, &client::TransferWatcher::rewound, &watcher,
                         [&](quint64 block) { stored(store->rewind(block)); });
        QObject::connect(store.get(), &WatchStore::failed, &watcher,
                         [&](const Error& error) { stored(error); });
    }
    QObject::connect(&watcher, &client::TransferWatcher::backfillProgress, &watcher,
                     [&](quint64 block, quint64) { reached(block); });
    QObject::connect(&watcher, &client::TransferWatcher::caughtUp, &watcher,
                     [&](quint64 head) { reached(head); });
    QObject::connect(
        &watcher, &client::TransferWatcher::errorOccurred, &watcher,
        [&](const Error& error) { cli.reporter().warn(QString::fromStdString(error.describe())); });
    QObject::connect(&watcher, &client::TransferWatcher::stateChanged, &watcher,
                     [&](client::TransferWatcher::State state) {
                         if (state == client::TransferWatcher::State::Failed)
                             finish(ExitCode::Network);
                     });
    if (auto started = watcher.start(); !started)
        co_return cli.fail(started.error());
    const int code = co_await finished.future();
    // Events not yet covered by a cursor (a live burst in this turn): kept, not re-read.
    if (store)
        if (auto flushed = store->flush(); !flushed)
            co_return cli.fail(flushed.error());
    co_return code;
}

} // namespace seismic::cli
