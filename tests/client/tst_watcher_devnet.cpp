// SPDX-License-Identifier: MIT
// TransferWatcher against the devnet: backfill from genesis decrypts what `devnet emit` wrote
// and finds the genesis mints; live transfers from `devnet traffic` arrive exactly once over a
// WebSocket subscription, over HTTP filter polling and over block-range polling; and a watcher
// whose WebSocket is cut five times during a stream of transfers ends with exactly the events
// the chain has. Needs the devnet (SEISMIC_DEVNET_MANIFEST). Every comparison is with what the
// node answers to eth_getLogs at the end, so other suites' traffic does not disturb it.
#include "TestSupport.h"
#include "client/TransferWatcher.h"
#include "client/support/TcpProxy.h"
#include "client/support/WatcherRecorder.h"
#include "core/Hex.h"
#include "rpc/EthApi.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"
#include "rpc/support/AsyncTest.h"
#include "seismic/Src20Amount.h"
#include "support/DevnetManifest.h"
#include "support/OwnDevnet.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <set>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using State = TransferWatcher::State;

namespace {

// Accounts that get a viewing key registered (the other suites leave them alone).
constexpr int kKeyedAccounts[] = {7, 8, 9};

const Uint256 kEther("1000000000000000000");

// Found next to the devnet's build artifacts (__FILE__ is relative under ccache's base
// directory, and ctest runs suites elsewhere than the build root).
QString devnetScript()
{
    const auto tool = testing::OwnDevnet::findTool();
    return tool.ok() ? *tool : QString();
}

// A devnet tool running while the event loop keeps going.
class DevnetTool
{
public:
    DevnetTool(const testing::DevnetManifest& manifest, QStringList arguments)
    {
        m_process.setProgram(devnetScript());
        m_process.setArguments(arguments << "--manifest" << manifest.manifestPath);
        m_process.start();
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Waits for the end; the JSON summary the tool prints last. `traffic` prints its summary
    // and exits with 1 when some sends failed (a nonce race with another suite sending from
    // the same dev accounts): that summary is returned, its "failed" says how many.
    Result<QJsonObject> finish(std::chrono::milliseconds timeout = 60s)
    {
        if (isRunning()) {
            QEventLoop loop;
            QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const auto output = QString::fromUtf8(m_process.readAllStandardOutput());
        const auto errors = QString::fromUtf8(m_process.readAllStandardError());
        const auto lines = output.split('\n', Qt::SkipEmptyParts);
        const auto summary =
            QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last().toUtf8());
        const bool partial = m_process.exitCode() == 1 && summary.isObject() &&
                             summary.object().value("failed").toInt() > 0;
        if (isRunning() || m_process.exitStatus() != QProcess::NormalExit ||
            (m_process.exitCode() != 0 && !partial) || !summary.isObject())
            return makeError(ErrorKind::Io, "devnet " +
                                                m_process.arguments().join(' ').toStdString() +
                                                " failed: " + (errors + output).toStdString());
        return summary.object();
    }

private:
    QProcess m_process;
};

// A devnet tool that changes no shared state when it fails (register-key, emit), tried up to
// three times: a send may lose a nonce race with another suite using the same dev account.
Result<QJsonObject> runTool(const testing::DevnetManifest& manifest, const QStringList& arguments)
{
    Result<QJsonObject> summary = makeError(ErrorKind::Io, "not run");
    for (int attempt = 0; attempt < 3 && !summary; ++attempt)
        summary = DevnetTool(manifest, arguments).finish();
    return summary;
}

std::unique_ptr<rpc::RpcClient> connectTo(const QString& url, rpc::EndpointSettings endpoint = {},
                                          rpc::ClientSettings settings = {})
{
    auto transport = rpc::makeTransport(QUrl(url), endpoint);
    if (!transport)
        return nullptr;
    return std::make_unique<rpc::RpcClient>(std::move(transport).value(), settings);
}

// Traffic went out (a few sends may lose a nonce race with another suite: the watcher is
// checked against what the chain has, whatever that is).
bool sent(const QJsonObject& traffic)
{
    if (traffic.value("failed").toInt() > 0)
        qWarning("devnet traffic: %d sends failed", traffic.value("failed").toInt());
    return traffic.value("src20Transfers").toInt() > 0 &&
           traffic.value("erc20Transfers").toInt() > 0;
}

QString keyHex(const SymmetricKey& key)
{
    return QString::fromStdString(toHex(key.bytes(), false));
}

} // namespace

class WatcherDevnetTest : public QObject
{
    Q_OBJECT

    testing::DevnetManifest m_devnet;
    std::unique_ptr<rpc::RpcClient> m_http; // for the chain's own answers
    std::vector<SymmetricKey> m_keys;       // registered for kKeyedAccounts
    std::vector<Address> m_keyed;

    QCoro::Task<Result<std::set<testing::EventId>>>
    chainEvents(std::vector<rpc::LogFilter> filters, std::uint64_t from, std::uint64_t to)
    {
        rpc::EthApi eth(m_http.get());
        std::set<testing::EventId> ids;
        for (auto filter : filters) {
            filter.fromBlock = rpc::BlockId::number(from);
            filter.toBlock = rpc::BlockId::number(to);
            auto logs = co_await eth.getLogs(filter);
            if (!logs)
                co_return std::move(logs).error();
            for (const auto& log : *logs)
                ids.insert(testing::eventId(log));
        }
        co_return ids;
    }

    std::uint64_t head()
    {
        auto number = testing::awaitTask(rpc::EthApi(m_http.get()).blockNumber());
        return number && *number ? **number : 0;
    }

    // Waits until the watcher's deliveries add up to exactly what the node reports for its
    // filters over [from, head]. Empty if they do, else what is wrong.
    QString mismatch(const testing::WatcherRecorder& recorder, const TransferWatcher& watcher,
                     std::uint64_t from, std::chrono::milliseconds timeout = 20s)
    {
        const auto last = head();
        auto expected = testing::awaitTask(chainEvents(watcher.filters(), from, last));
        if (!expected || !*expected)
            return QStringLiteral("eth_getLogs for the final comparison failed");
        int duplicates = 0;
        const bool matched =
            QTest::qWaitFor([&] { return recorder.net(&duplicates) == **expected; },
                            static_cast<int>(timeout.count()));
        // Nothing may come twice later either (a late replay, a catch-up after the traffic):
        // a catch-up that began after this point reads everything since the one before.
        const auto syncs = watcher.stats().syncs;
        if (matched && !QTest::qWaitFor([&] { return watcher.stats().syncs > syncs + 1; },
                                        static_cast<int>(timeout.count())))
            return QStringLiteral("no catch-up after the traffic");
        auto delivered = recorder.net(&duplicates);
        if (duplicates != 0)
            return QStringLiteral("%1 duplicate deliveries").arg(duplicates);
        if (delivered != **expected)
            return QStringLiteral("delivered %1 events, the chain has %2")
                .arg(delivered.size())
                .arg((*expected)->size());
        return {};
    }

    TransferWatchOptions trafficOptions(std::uint64_t from) const
    {
        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(m_devnet.contract("Src20Token")),
                          TokenSpec::erc20(m_devnet.contract("Erc20Token"))};
        options.viewingKeys = m_keys;
        options.accounts = m_keyed;
        options.fromBlock = from;
        options.retryBackoff = rpc::Backoff{100ms, 1000ms, 2.0, 0.5};
        options.resyncInterval = 500ms; // the final check waits for a catch-up
        return options;
    }

    // What traffic produced, as the watcher should see it.
    void verifyTrafficEvents(const std::vector<TransferEvent>& events)
    {
        int shielded = 0;
        int plain = 0;
        for (const auto& event : events) {
            QVERIFY(!event.removed);
            if (event.tokenKind == TokenKind::Src20) {
                ++shielded;
                // Only events under our keys are selected, and they decrypt: 1..1000 SDT.
                QCOMPARE(event.amountStatus, AmountStatus::Decrypted);
                QVERIFY(*event.amount % kEther == 0);
                QVERIFY(*event.amount / kEther >= 1 && *event.amount / kEther <= 1000);
                QVERIFY(event.direction != TransferDirection::Other);
                QVERIFY(event.direction != TransferDirection::Unknown);
            } else {
                ++plain;
                QCOMPARE(event.amountStatus, AmountStatus::Plain);
                QVERIFY(*event.amount % 1'000'000 == 0); // 1..1000 DUSD, 6 decimals
            }
        }
        QVERIFY2(shielded > 0, "no SRC20 transfer touched a keyed account");
        QVERIFY(plain > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(devnet);
        m_devnet = devnet;
        m_http = connectTo(m_devnet.rpcUrl);
        QVERIFY(m_http);
        // Fresh viewing keys for the keyed accounts, registered side by side.
        std::vector<std::unique_ptr<DevnetTool>> registrations;
        for (int account : kKeyedAccounts) {
            m_keys.push_back(SymmetricKey::generate());
            m_keyed.push_back(m_devnet.accounts.at(account).address);
            registrations.push_back(std::make_unique<DevnetTool>(
                m_devnet, QStringList{"register-key", "--account", QString::number(account),
                                      "--key-hex", keyHex(m_keys.back())}));
        }
        for (std::size_t i = 0; i < registrations.size(); ++i) {
            auto summary = registrations[i]->finish();
            if (!summary) // once more, alone
                summary = runTool(m_devnet,
                                  {"register-key", "--account", QString::number(kKeyedAccounts[i]),
                                   "--key-hex", keyHex(m_keys[i])});
            QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
            QCOMPARE(summary->value("keyHash").toString().toStdString(),
                     viewingKeyHash(m_keys[i]).hex());
        }
    }

    void backfillFromGenesisDecrypts()
    {
        // 600 SRC20-format events under a fresh key, 150 per transaction.
        const auto key = SymmetricKey::generate();
        auto emitted = runTool(
            m_devnet, {"emit", "--events", "600", "--key-hex", keyHex(key), "--batch", "150"});
        QVERIFY2(emitted, emitted ? "" : emitted.error().message.c_str());
        const auto lastBlock = static_cast<std::uint64_t>(emitted->value("toBlock").toInteger());

        auto client = connectTo(m_devnet.rpcUrl);
        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(m_devnet.contract("MockSrc20Events"))};
        options.viewingKeys = {key};
        options.fromBlock = 0;
        options.maxBlockRange = 5;
        TransferWatcher watcher(client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        testing::LoopWatch loop;
        QVERIFY(watcher.start());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), State::Live, 20000);
        QCOMPARE(recorder.events.size(), 600u);
        QVERIFY(testing::inChainOrder(recorder.events));
        std::set<Uint256> amounts;
        for (const auto& event : recorder.events) {
            QCOMPARE(event.amountStatus, AmountStatus::Decrypted);
            QCOMPARE(event.from, m_devnet.accounts[0].address);
            QCOMPARE(event.to, m_devnet.accounts[1].address);
            QCOMPARE(event.encryptKeyHash, viewingKeyHash(key));
            QVERIFY(event.blockNumber <= lastBlock);
            amounts.insert(*event.amount);
        }
        QCOMPARE(amounts.size(), 600u);
        QCOMPARE(*amounts.begin(), Uint256(1));
        QCOMPARE(*amounts.rbegin(), Uint256(600));
        QVERIFY(recorder.progress.size() > 1); // chunks of five blocks
        QVERIFY(recorder.errors.empty());
        QVERIFY(loop.ticks() > 0 && loop.maxGap() < testing::kMaxLoopGap);

        // A monitor of the SDT token from genesis finds the mints: from address zero, to a
        // party without a key at the time.
        TransferWatchOptions monitor;
        monitor.tokens = {TokenSpec::src20(m_devnet.contract("Src20Token")),
                          TokenSpec::erc20(m_devnet.contract("Erc20Token"))};
        monitor.allSrc20Events = true;
        monitor.fromBlock = 0;
        TransferWatcher history(client.get(), monitor);
        testing::WatcherRecorder seen(history);
        QVERIFY(history.start());
        QTRY_COMPARE_WITH_TIMEOUT(history.state(), State::Live, 20000);
        std::set<Address> src20Minted;
        std::set<Address> erc20Minted;
        for (const auto& event : seen.events) {
            if (!event.from.isZero())
                continue;
            if (event.tokenKind == TokenKind::Src20) {
                QVERIFY(event.amountStatus == AmountStatus::NoKey ||
                        event.amountStatus == AmountStatus::ForeignKey);
                src20Minted.insert(event.to);
            } else {
                QCOMPARE(*event.amount, Uint256(1'000'000) * 1'000'000); // 1,000,000 DUSD
                erc20Minted.insert(event.to);
            }
        }
        for (const auto& account : m_devnet.accounts) {
            QVERIFY(src20Minted.count(account.address));
            QVERIFY(erc20Minted.count(account.address));
        }
    }

    void liveTransfersOnceOverEveryTransport()
    {
        // The same traffic watched three ways: a WebSocket subscription, HTTP with the rpc
        // layer polling a filter, HTTP with block-range polling (spec 8.8).
        const auto from = head() + 1;
        auto ws = connectTo(m_devnet.wsUrl);
        rpc::ClientSettings polled;
        polled.pollInterval = 200ms;
        auto http = connectTo(m_devnet.rpcUrl, {}, polled);
        TransferWatcher pushed(ws.get(), trafficOptions(from));
        TransferWatcher filters(http.get(), trafficOptions(from));
        auto options = trafficOptions(from);
        options.liveMode = LiveMode::Poll;
        options.pollInterval = 200ms;
        TransferWatcher blocks(http.get(), options);
        testing::WatcherRecorder pushedRecorder(pushed);
        testing::WatcherRecorder filterRecorder(filters);
        testing::WatcherRecorder blockRecorder(blocks);
        testing::LoopWatch loop;
        for (auto* watcher : {&pushed, &filters, &blocks})
            QVERIFY(watcher->start());
        for (auto* watcher : {&pushed, &filters, &blocks})
            QTRY_COMPARE_WITH_TIMEOUT(watcher->state(), State::Live, 10000);
        QVERIFY(!pushed.isPolling());
        QVERIFY(!filters.isPolling());
        QVERIFY(blocks.isPolling());

        DevnetTool traffic(m_devnet, {"traffic", "--transfers", "30", "--erc20-transfers", "15"});
        auto summary = traffic.finish();
        QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
        QVERIFY(sent(*summary));
        const auto pushedProblem = mismatch(pushedRecorder, pushed, from);
        QVERIFY2(pushedProblem.isEmpty(), qPrintable(pushedProblem));
        const auto filtersProblem = mismatch(filterRecorder, filters, from);
        QVERIFY2(filtersProblem.isEmpty(), qPrintable(filtersProblem));
        const auto blocksProblem = mismatch(blockRecorder, blocks, from);
        QVERIFY2(blocksProblem.isEmpty(), qPrintable(blocksProblem));
        verifyTrafficEvents(pushedRecorder.events);
        verifyTrafficEvents(filterRecorder.events);
        verifyTrafficEvents(blockRecorder.events);
        // The resyncs found nothing the subscription had not pushed.
        QVERIFY(pushed.stats().liveLogs > 0);
        QVERIFY(pushed.stats().backfillLogs <= pushed.stats().duplicates);
        QVERIFY(filters.stats().liveLogs > 0);
        QCOMPARE(blocks.stats().liveLogs, 0u);
        for (const auto* recorder : {&pushedRecorder, &filterRecorder, &blockRecorder})
            QVERIFY(recorder->errors.empty());
        for (auto* watcher : {&pushed, &filters, &blocks})
            QCOMPARE(watcher->state(), State::Live);
        QVERIFY(loop.ticks() > 0 && loop.maxGap() < testing::kMaxLoopGap);
    }

    void survivesFiveWebSocketCuts()
    {
        const auto from = head() + 1;
        const QUrl ws(m_devnet.wsUrl);
        testing::TcpProxy proxy(QHostAddress(ws.host()), static_cast<quint16>(ws.port()));
        QVERIFY(proxy.listen());
        rpc::EndpointSettings endpoint;
        endpoint.ws.reconnectBackoff = rpc::Backoff{100ms, 800ms, 2.0, 0.5};
        auto client = connectTo(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()), endpoint);
        // Every SDT transfer (both parties' events, decrypted where the key is ours) and DUSD.
        auto options = trafficOptions(from);
        options.allSrc20Events = true;
        TransferWatcher watcher(client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        testing::LoopWatch loop;
        QVERIFY(watcher.start());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), State::Live, 10000);

        DevnetTool traffic(
            m_devnet, {"traffic", "--transfers", "40", "--erc20-transfers", "20", "--rate", "15"});
        int cuts = 0;
        std::vector<std::size_t> deliveredAtCut;
        QTimer cutter;
        QObject::connect(&cutter, &QTimer::timeout, [&] {
            if (proxy.openConnections() == 0)
                return; // still reconnecting: cut the next connection instead
            deliveredAtCut.push_back(recorder.events.size());
            proxy.dropAll();
            if (++cuts == 5)
                cutter.stop();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.events.empty(), 10000); // the traffic flows
        cutter.start(600);
        auto summary = traffic.finish();
        QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
        QVERIFY(sent(*summary));
        QTRY_COMPARE_WITH_TIMEOUT(cuts, 5, 15000);
        const auto watcherProblem = mismatch(recorder, watcher, from);
        QVERIFY2(watcherProblem.isEmpty(), qPrintable(watcherProblem));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), State::Live, 10000);

        QVERIFY(proxy.droppedConnections() >= 5);
        QVERIFY(watcher.stats().reconnects >= 5);
        // Each cut was caught up (whether a catch-up found logs depends on the node's pace).
        QVERIFY(watcher.stats().syncs >= 5);
        // The cuts fell during the stream: events kept arriving between them.
        QVERIFY(deliveredAtCut.back() > deliveredAtCut.front());
        QVERIFY(recorder.events.size() > deliveredAtCut.back());
        int decrypted = 0;
        for (const auto& event : recorder.events) {
            if (event.amountStatus == AmountStatus::Decrypted)
                ++decrypted;
            if (event.tokenKind == TokenKind::Src20 &&
                event.amountStatus != AmountStatus::Decrypted)
                QVERIFY(event.amountStatus == AmountStatus::ForeignKey ||
                        event.amountStatus == AmountStatus::NoKey);
        }
        QVERIFY(decrypted > 0);
        QVERIFY(loop.ticks() > 0 && loop.maxGap() < testing::kMaxLoopGap);
    }
};

QTEST_GUILESS_MAIN(WatcherDevnetTest)
#include "tst_watcher_devnet.moc"
