// SPDX-License-Identifier: MIT
// The chain head of a connection: the poll interval from the block time (and its clamping and
// override), the liveness watchdog (a silent or failing node is lost, then recovered), the
// chain identity (another genesis behind the endpoint is a chain change), and one head
// subscription however many consumers follow it.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/PublicClient.h"
#include "client/ReceiptTracker.h"
#include "client/TransferWatcher.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "rpc/MockSubscription.h"
#include "rpc/MockTransport.h"
#include "rpc/support/AsyncTest.h"

#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

QString quantity(std::uint64_t value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

// A chain a MockTransport answers for: chain id, genesis, blocks 0..head at a fixed block time.
struct FakeChain
{
    std::uint64_t chainId = 31337;
    std::string genesisSeed = "genesis A";
    std::uint64_t head = 40;
    std::uint64_t genesisTime = 1'700'000'000;
    std::uint64_t blockSeconds = 2;
    // Answers eth_blockNumber with this error when set (a node that went away).
    std::optional<Error> down;

    Hash hashOf(std::uint64_t number) const
    {
        return keccak256(asBytes(genesisSeed + " block " + std::to_string(number)));
    }

    QJsonObject block(std::uint64_t number) const
    {
        return QJsonObject{
            {"number", quantity(number)},
            {"hash", QString::fromStdString(hashOf(number).hex())},
            {"parentHash",
             QString::fromStdString(number == 0 ? Hash().hex() : hashOf(number - 1).hex())},
            {"timestamp", quantity(genesisTime + number * blockSeconds)},
            {"miner", "0x0000000000000000000000000000000000000000"},
            {"gasLimit", "0x1c9c380"},
            {"gasUsed", "0x0"},
            {"transactions", QJsonArray()}};
    }

    Result<QJsonValue> answer(const rpc::RpcRequest& request) const
    {
        if (down)
            return *down;
        if (request.method == QLatin1String("eth_chainId"))
            return QJsonValue(quantity(chainId));
        if (request.method == QLatin1String("eth_blockNumber"))
            return QJsonValue(quantity(head));
        if (request.method == QLatin1String("eth_getBlockByNumber")) {
            const QString tag = request.params.at(0).toString();
            if (tag == QLatin1String("latest"))
                return QJsonValue(block(head));
            bool ok = false;
            const auto number = tag.mid(2).toULongLong(&ok, 16);
            return ok && number <= head ? QJsonValue(block(number)) : QJsonValue(QJsonValue::Null);
        }
        if (request.method == QLatin1String("eth_getTransactionReceipt"))
            return QJsonValue(QJsonValue::Null);
        if (request.method == QLatin1String("eth_getLogs"))
            return QJsonValue(QJsonArray());
        return makeError(ErrorKind::Unsupported, "fake chain: " + request.method.toStdString());
    }
};

struct Fixture
{
    explicit Fixture(bool push, ClientOptions options = fastOptions())
    {
        auto transport = std::make_unique<rpc::MockTransport>();
        mock = transport.get();
        mock->setSubscriptionsSupported(push);
        mock->setHandler([this](const rpc::RpcRequest& request) { return chain.answer(request); });
        client = std::move(PublicClient::create(std::move(transport), std::move(options))).value();
    }

    static ClientOptions fastOptions()
    {
        ClientOptions options;
        options.livenessWindow = 60ms;
        options.livenessProbeTimeout = 60ms;
        return options;
    }

    ChainHead* head() const { return client->head(); }

    std::size_t count(const QString& method) const
    {
        const auto methods = mock->methods();
        return std::count(methods.begin(), methods.end(), method);
    }

    std::vector<rpc::MockSubscription*> headSubscriptions() const
    {
        std::vector<rpc::MockSubscription*> heads;
        for (auto* subscription : mock->subscriptions()) {
            if (subscription->kind() == QLatin1String("newHeads"))
                heads.push_back(subscription);
        }
        return heads;
    }

    void pushHead()
    {
        ++chain.head;
        headSubscriptions().front()->push(chain.block(chain.head));
    }

    FakeChain chain;
    rpc::MockTransport* mock = nullptr;
    std::unique_ptr<PublicClient> client;
};

} // namespace

class ChainHeadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollIntervalIsHalfTheBlockTimeWithinBounds()
    {
        QCOMPARE(ChainHead::pollIntervalFor(2s), 1000ms);
        QCOMPARE(ChainHead::pollIntervalFor(1s), 500ms);
        QCOMPARE(ChainHead::pollIntervalFor(200ms), ChainHead::kMinPollInterval);
        QCOMPARE(ChainHead::pollIntervalFor(0ms), ChainHead::kMinPollInterval);
        QCOMPARE(ChainHead::pollIntervalFor(12s), ChainHead::kMaxPollInterval);
        QCOMPARE(ChainHead::pollIntervalFor(7s), 3500ms);
    }

    void pollIntervalFollowsTheChainsBlockTime()
    {
        Fixture f(false);
        f.chain.blockSeconds = 3;
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(f.head()->blockTime(), std::optional<std::chrono::milliseconds>(3000ms));
        QCOMPARE(f.head()->pollInterval(), 1500ms);
        QCOMPARE(f.head()->number(), std::uint64_t(40));
        QCOMPARE(f.head()->chainId(), std::optional<std::uint64_t>(31337));
        QCOMPARE(f.head()->blockTimestamp(40), std::optional<std::uint64_t>(1'700'000'120));
        QVERIFY(!f.head()->blockTimestamp(12));

        Fixture slow(false);
        slow.chain.blockSeconds = 30;
        slow.head()->start();
        QTRY_COMPARE(slow.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(slow.head()->pollInterval(), ChainHead::kMaxPollInterval);
    }

    void polledHeadsArriveAtTheConfiguredInterval()
    {
        auto options = Fixture::fastOptions();
        options.headPollInterval = 20ms;
        Fixture f(false, options);
        QSignalSpy heads(f.head(), &ChainHead::newHead);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(f.head()->pollInterval(), 20ms);
        const auto first = heads.count();
        f.chain.head += 2;
        // Both new blocks, in order, from the polls.
        QTRY_COMPARE(heads.count(), first + 2);
        QCOMPARE(heads.at(first).at(0).value<HeadBlock>().number, std::uint64_t(41));
        QCOMPARE(heads.at(first + 1).at(0).value<HeadBlock>().number, std::uint64_t(42));
        QCOMPARE(f.head()->number(), std::uint64_t(42));
        QCOMPARE(f.head()->latest()->hash, f.chain.hashOf(42));
    }

    void badOptionsAreRefused()
    {
        auto options = ClientOptions::forUrl(QUrl("http://127.0.0.1:1"));
        options.headPollInterval = 0ms;
        QCOMPARE(options.validate().error().kind, ErrorKind::InvalidArgument);
        options.headPollInterval.reset();
        options.livenessWindow = 0ms;
        QCOMPARE(options.validate().error().kind, ErrorKind::InvalidArgument);
    }

    void aSilentNodeIsLostThenRecovered()
    {
        Fixture f(true);
        QSignalSpy statuses(f.head(), &ChainHead::statusChanged);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        // No head for the window: the probe goes unanswered within its deadline.
        f.mock->setLatency(1h);
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Reconnecting);
        QCOMPARE(f.head()->lastError()->kind, ErrorKind::Timeout);
        f.mock->setLatency(0ms);
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QVERIFY(!f.head()->lastError());
        QCOMPARE(statuses.count(), 4); // connecting, connected, reconnecting, connected
        QCOMPARE(f.headSubscriptions().size(), std::size_t(1));
    }

    void aFailingNodeIsLostAtOnce()
    {
        Fixture f(false);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.chain.down = makeError(ErrorKind::Transport, "connection refused");
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Reconnecting);
        QCOMPARE(f.head()->lastError()->message, std::string("connection refused"));
        f.chain.down.reset();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
    }

    void aClosedStreamIsLostAtOnce()
    {
        auto options = Fixture::fastOptions();
        options.livenessWindow = 1h; // only the stream can tell
        Fixture f(true, options);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(f.headSubscriptions().size(), std::size_t(1));
        f.headSubscriptions().front()->fail(makeError(ErrorKind::Transport, "socket closed"));
        QCOMPARE(f.head()->status(), ConnectionStatus::Reconnecting);
    }

    void anotherGenesisIsAChainChange()
    {
        Fixture f(true);
        QSignalSpy changed(f.head(), &ChainHead::chainChanged);
        QSignalSpy heads(f.head(), &ChainHead::newHead);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.pushHead();
        QTRY_COMPARE(f.head()->number(), std::uint64_t(41));
        const Hash firstGenesis = *f.head()->genesisHash();
        QCOMPARE(changed.count(), 0);

        // The same chain after a reconnect: no change.
        f.headSubscriptions().front()->simulateReconnect();
        QTRY_VERIFY(f.count("eth_chainId") >= 2);
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(changed.count(), 0);

        // A restarted node: a new chain, younger than the old one.
        f.chain.genesisSeed = "genesis B";
        f.chain.head = 3;
        heads.clear();
        f.headSubscriptions().front()->simulateReconnect();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<std::uint64_t>(), std::uint64_t(31337));
        QVERIFY(*f.head()->genesisHash() != firstGenesis);
        // The head is the new chain's, lower as it is; announced after the change.
        QCOMPARE(f.head()->number(), std::uint64_t(3));
        QCOMPARE(f.head()->latest()->hash, f.chain.hashOf(3));
        QCOMPARE(heads.count(), 1);
        QCOMPARE(heads.at(0).at(0).value<HeadBlock>().number, std::uint64_t(3));
        QVERIFY(!f.head()->blockTimestamp(41));
        // A fresh subscription follows the new chain.
        QTRY_COMPARE(f.headSubscriptions().size(), std::size_t(1));
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.pushHead();
        QTRY_COMPARE(f.head()->number(), std::uint64_t(4));
    }

    void aHeadArrivingDuringACheckIsNotLost()
    {
        Fixture f(true);
        QSignalSpy heads(f.head(), &ChainHead::newHead);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        // A check of the same chain whose answers (read at 40) take a while to come back ...
        f.mock->setLatency(200ms);
        const std::size_t checks = f.count("eth_chainId");
        f.headSubscriptions().front()->simulateReconnect();
        QTRY_COMPARE(f.count("eth_chainId"), checks + 1);
        // ... while the stream brings block 41.
        heads.clear();
        f.pushHead();
        QTRY_COMPARE(f.head()->number(), std::uint64_t(41));
        QCOMPARE(f.head()->latest()->hash, f.chain.hashOf(41));
        QCOMPARE(heads.count(), 1);
        QCOMPARE(heads.at(0).at(0).value<HeadBlock>().number, std::uint64_t(41));
    }

    void aPolledChainChangeIsFollowed()
    {
        auto options = Fixture::fastOptions();
        options.headPollInterval = 20ms;
        Fixture f(false, options);
        QSignalSpy changed(f.head(), &ChainHead::chainChanged);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.chain.down = makeError(ErrorKind::Transport, "connection refused");
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Reconnecting);
        f.chain.genesisSeed = "genesis B";
        f.chain.head = 2;
        f.chain.down.reset();
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(f.head()->number(), std::uint64_t(2));
        // Polling counts from the new chain's head, not the old one's.
        f.chain.head = 3;
        QTRY_COMPARE(f.head()->number(), std::uint64_t(3));
    }

    void aPolledChainChangeWithoutAnOutageIsFollowed()
    {
        // A node restarted between two polls (or an outage the retry layer hid): no poll fails,
        // the newest block is just lower than the head given before.
        auto options = Fixture::fastOptions();
        options.headPollInterval = 20ms;
        Fixture f(false, options);
        QSignalSpy changed(f.head(), &ChainHead::chainChanged);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QCOMPARE(f.head()->number(), std::uint64_t(40));
        f.chain.genesisSeed = "genesis B";
        f.chain.head = 5;
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(f.head()->number(), std::uint64_t(5));
        QCOMPARE(f.head()->latest()->hash, f.chain.hashOf(5));
        QCOMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.chain.head = 6;
        QTRY_COMPARE(f.head()->number(), std::uint64_t(6));
    }

    void anotherChainIdThanExpectedFails()
    {
        auto options = Fixture::fastOptions();
        options.expectedChainId = 31337;
        Fixture f(true, options);
        f.head()->start();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        f.chain.chainId = 1;
        f.chain.genesisSeed = "mainnet";
        f.headSubscriptions().front()->simulateReconnect();
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Failed);
        QVERIFY(QString::fromStdString(f.head()->lastError()->message).contains("chain 1"));
    }

    void oneHeadSubscriptionForEveryConsumer()
    {
        Fixture f(true);
        QSignalSpy heads(f.head(), &ChainHead::newHead);
        f.head()->start();
        f.head()->start();
        // Receipts, the transfer watcher's live edge, more starts: the same head.
        auto wait1 = f.client->waitForTransaction(keccak256(asBytes("a")), TxWaitOptions(10s));
        auto wait2 = f.client->waitForTransaction(keccak256(asBytes("b")), TxWaitOptions(10s));
        TransferWatchOptions watch;
        watch.tokens = {
            TokenSpec::erc20(*Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"))};
        watch.liveMode = LiveMode::Poll;
        TransferWatcher watcher(f.client->rpcClient(), watch);
        watcher.followHead(f.head());
        QVERIFY(watcher.start().ok());
        QTRY_COMPARE(f.head()->status(), ConnectionStatus::Connected);
        QTRY_COMPARE(watcher.state(), TransferWatcher::State::Live);
        const auto blockNumbers = f.count("eth_blockNumber");
        f.pushHead();
        QTRY_COMPARE(watcher.syncedBlock(), std::optional<std::uint64_t>(41));
        f.pushHead();
        QTRY_COMPARE(watcher.syncedBlock(), std::optional<std::uint64_t>(42));
        QCOMPARE(f.headSubscriptions().size(), std::size_t(1));
        QCOMPARE(f.count("eth_subscribe"), std::size_t(0)); // subscriptions are the mock's
        QCOMPARE(f.mock->subscriptions().size(), std::size_t(1));
        // The watcher's live edge is the head's: no eth_blockNumber of its own.
        QCOMPARE(f.count("eth_blockNumber"), blockNumbers);
    }
};

QTEST_GUILESS_MAIN(ChainHeadTest)
#include "tst_chainhead.moc"
