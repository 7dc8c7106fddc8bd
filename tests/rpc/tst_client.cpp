// SPDX-License-Identifier: MIT
// RpcClient: automatic batching, cancellation, per-call deadlines, the error taxonomy seen from
// the top, subscriptions (pushed and polled), connection state, closing.
#include "TestSupport.h"
#include "rpc/FilterPollingSubscription.h"
#include "rpc/HttpTransport.h"
#include "rpc/MockTransport.h"
#include "rpc/RpcClient.h"
#include "rpc/Subscription.h"
#include "rpc/TransportFactory.h"
#include "rpc/TransportStack.h"
#include "rpc/WhenAll.h"
#include "rpc/WsTransport.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestHttpServer.h"
#include "rpc/support/TestWsServer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HttpReply;
using testing::TestHttpServer;

namespace {

QJsonObject echoParams(const QString&, const QJsonArray& params)
{
    return TestHttpServer::result(params.at(0));
}

std::unique_ptr<RpcClient> httpClient(const TestHttpServer& server, ClientSettings settings = {})
{
    return std::make_unique<RpcClient>(std::make_unique<HttpTransport>(server.url()), settings);
}

std::vector<QCoro::Task<Result<QJsonValue>>> reads(RpcClient& client, int count)
{
    std::vector<QCoro::Task<Result<QJsonValue>>> calls;
    for (int i = 0; i < count; ++i)
        calls.push_back(client.call("eth_getBalance", {i, "latest"}));
    return calls;
}

QJsonObject logJson(int index)
{
    return QJsonObject{{"address", "0x" + QString(40, '1')},
                       {"topics", QJsonArray{}},
                       {"data", "0x"},
                       {"logIndex", QString("0x%1").arg(index, 0, 16)},
                       {"removed", false}};
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsOfOneTurnTravelAsOneBatch()
    {
        TestHttpServer server;
        server.setRpcHandler(echoParams);
        auto client = httpClient(server);
        testing::LoopWatch watch;
        auto results = awaitTask(whenAll(reads(*client, 100)));
        QVERIFY(results);
        QCOMPARE(server.requestCount(), 1);
        const auto body = QJsonDocument::fromJson(server.exchanges().first().body);
        QVERIFY(body.isArray());
        QCOMPARE(body.array().size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE((*results)[i]->toInt(), i);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        // A call alone in its turn is sent as a plain request.
        QCOMPARE((*awaitTask(client->call("eth_getBalance", {7})))->toInt(), 7);
        QVERIFY(QJsonDocument::fromJson(server.exchanges().last().body).isObject());
    }

    void batchesAreCapped()
    {
        TestHttpServer server;
        server.setRpcHandler(echoParams);
        ClientSettings settings;
        settings.maxBatchSize = 30;
        auto client = httpClient(server, settings);
        auto results = awaitTask(whenAll(reads(*client, 100)));
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(QJsonDocument::fromJson(server.exchanges().last().body).array().size(), 10);
        QCOMPARE((*results)[99]->toInt(), 99);
    }

    void batchingCanBeTurnedOff()
    {
        TestHttpServer server;
        server.setRpcHandler(echoParams);
        ClientSettings settings;
        settings.batching = false;
        auto client = httpClient(server, settings);
        auto results = awaitTask(whenAll(reads(*client, 10)));
        QCOMPARE(server.requestCount(), 10);
        QCOMPARE((*results)[9]->toInt(), 9);
    }

    void callsCanBeCancelledBeforeTheyLeave()
    {
        TestHttpServer server;
        server.setRpcHandler(echoParams);
        auto client = httpClient(server);
        CancelSource cancel;
        auto cancelled = client->call("eth_getBalance", {1}, CallOptions(cancel.token()));
        auto kept = client->call("eth_getBalance", {2});
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(cancelled))->error().kind, ErrorKind::Cancelled);
        QCOMPARE((*awaitTask(std::move(kept)))->toInt(), 2);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(QJsonDocument::fromJson(server.exchanges().first().body).isObject());

        CancelSource early;
        early.cancel();
        auto refused = awaitTask(client->call("eth_chainId", {}, CallOptions(early.token())));
        QCOMPARE(refused->error().kind, ErrorKind::Cancelled);
        QCOMPARE(server.requestCount(), 1);
    }

    void cancellingAnExchangeAbortsIt()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        auto client = httpClient(server);
        CancelSource cancel;
        auto call = client->call("eth_call", {}, CallOptions(cancel.token()));
        QTRY_COMPARE(server.requestCount(), 1);
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(call))->error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE(server.abandoned(), 1);
    }

    void cancellingOneMemberLeavesTheBatchAlone()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echoParams);
            reply.delay = 60ms;
            return reply;
        });
        auto client = httpClient(server);
        CancelSource cancel;
        auto cancelled = client->call("eth_getBalance", {1}, CallOptions(cancel.token()));
        auto kept = client->call("eth_getBalance", {2});
        QTRY_COMPARE(server.requestCount(), 1);
        cancel.cancel();
        QVERIFY(cancelled.isReady());
        QCOMPARE(awaitTask(std::move(cancelled))->error().kind, ErrorKind::Cancelled);
        QCOMPARE((*awaitTask(std::move(kept)))->toInt(), 2);
        QCOMPARE(server.abandoned(), 0);
    }

    void perCallDeadlines_data()
    {
        QTest::addColumn<bool>("batching");
        QTest::newRow("batching") << true;
        QTest::newRow("direct") << false;
    }
    void perCallDeadlines()
    {
        QFETCH(bool, batching);
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        ClientSettings settings;
        settings.batching = batching;
        auto client = httpClient(server, settings);
        QElapsedTimer clock;
        clock.start();
        auto result = awaitTask(client->call("eth_call", {}, CallOptions({}, 80ms)));
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(result->error().message, std::string("eth_call timed out after 80 ms"));
        QVERIFY(clock.elapsed() >= 75);
        if (!batching)
            QTRY_COMPARE(server.abandoned(), 1); // the lone exchange is aborted
    }

    void errorsKeepTheirKindThroughTheClient()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            if (exchange.body.contains("eth_status")) {
                HttpReply reply;
                reply.status = 429;
                reply.reason = "Too Many Requests";
                reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3")));
                return reply;
            }
            if (exchange.body.contains("eth_garbled")) {
                HttpReply reply;
                reply.body = "{\"jsonrpc\":";
                return reply;
            }
            return TestHttpServer::rpcReply(exchange, [](const QString&, const QJsonArray&) {
                return TestHttpServer::rpcError(-32602, "invalid argument 0",
                                                QJsonObject{{"field", "to"}});
            });
        });
        ClientSettings settings;
        settings.batching = false;
        auto client = httpClient(server, settings);
        auto status = awaitTask(client->call("eth_status"));
        QCOMPARE(status->error().kind, ErrorKind::HttpStatus);
        QCOMPARE(status->error().code, 429);
        QCOMPARE(status->error().retryAfter, std::optional(3000ms));
        auto rpc = awaitTask(client->call("eth_call"));
        QCOMPARE(rpc->error().kind, ErrorKind::JsonRpc);
        QCOMPARE(rpc->error().code, -32602);
        QCOMPARE(rpc->error().message, std::string("invalid argument 0"));
        QCOMPARE(rpc->error().data, std::string(R"({"field":"to"})"));
        auto garbled = awaitTask(client->call("eth_garbled"));
        QCOMPARE(garbled->error().kind, ErrorKind::Decode);
    }

    void pushedSubscriptionsOverWebSocket()
    {
        testing::TestWsServer server;
        RpcClient client(std::make_unique<WsTransport>(server.url()));
        auto subscribed = awaitTask(client.subscribe(QJsonArray{"newHeads"}));
        QVERIFY(subscribed->ok());
        auto subscription = std::move(*subscribed).value();
        QSignalSpy heads(subscription.get(), &Subscription::notification);
        server.notify("newHeads", QJsonObject{{"number", "0x1"}});
        QTRY_COMPARE(heads.count(), 1);
    }

    void polledHeadsDeliverEveryBlockOnce()
    {
        auto* mock = new MockTransport;
        int head = 10;
        mock->setHandler([&head](const RpcRequest& request) -> Result<QJsonValue> {
            if (request.method == QLatin1String("eth_blockNumber"))
                return QJsonValue(QString("0x%1").arg(head, 0, 16));
            if (request.method == QLatin1String("eth_getBlockByNumber"))
                return QJsonValue(QJsonObject{{"number", request.params.at(0)}});
            return makeError(ErrorKind::Unsupported, "unexpected");
        });
        ClientSettings settings;
        settings.pollInterval = 20ms;
        RpcClient client(std::unique_ptr<Transport>(mock), settings);
        auto subscribed = awaitTask(client.subscribe(QJsonArray{"newHeads"}));
        QVERIFY(subscribed->ok());
        auto subscription = std::move(*subscribed).value();
        QStringList seen;
        connect(subscription.get(), &Subscription::notification, this,
                [&seen](const QJsonValue& block) {
                    seen << block.toObject().value("number").toString();
                });
        head = 13;
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen, (QStringList{"0xb", "0xc", "0xd"}));
        head = 14;
        QTRY_COMPARE(seen.size(), 4);
        // Nothing twice: two more polls (one begins when the one before has ended) bring no block.
        const auto polled = mock->requests().size();
        QTRY_VERIFY(mock->requests().size() >= polled + 2);
        QCOMPARE(seen.size(), 4);
        // The three blocks of one poll travelled as one batch.
        QVERIFY(std::find(mock->batchSizes().begin(), mock->batchSizes().end(), 3u) !=
                mock->batchSizes().end());
        // A second client polling at the same interval is the clock: by the time it has polled
        // twice more, a poll timer of the first still running would have fired.
        auto* clock = new MockTransport;
        clock->setHandler([](const RpcRequest&) -> Result<QJsonValue> {
            return QJsonValue(QStringLiteral("0x1"));
        });
        RpcClient clockClient(std::unique_ptr<Transport>(clock), settings);
        auto ticking = awaitTask(clockClient.subscribe(QJsonArray{"newHeads"}));
        QVERIFY(ticking->ok());
        QVERIFY(awaitTask(subscription->unsubscribe())->ok());
        const auto calls = mock->requests().size();
        const auto ticks = clock->requests().size();
        QTRY_VERIFY(clock->requests().size() >= ticks + 2);
        QCOMPARE(mock->requests().size(), calls);
    }

    void polledLogsSurviveAForgottenFilter()
    {
        auto* mock = new MockTransport;
        int filters = 0;
        int polls = 0;
        mock->setHandler([&](const RpcRequest& request) -> Result<QJsonValue> {
            if (request.method == QLatin1String("eth_newFilter"))
                return QJsonValue(QString("0xf%1").arg(++filters));
            if (request.method == QLatin1String("eth_getFilterChanges")) {
                ++polls;
                if (polls == 1)
                    return QJsonValue(QJsonArray{logJson(0), logJson(1)});
                if (polls == 2) {
                    Error error = makeError(ErrorKind::JsonRpc, "filter not found");
                    error.code = -32000;
                    return error;
                }
                return QJsonValue(polls == 3 ? QJsonArray{logJson(2)} : QJsonArray{});
            }
            if (request.method == QLatin1String("eth_uninstallFilter"))
                return QJsonValue(true);
            return makeError(ErrorKind::Unsupported, "unexpected");
        });
        ClientSettings settings;
        settings.pollInterval = 20ms;
        RpcClient client(std::unique_ptr<Transport>(mock), settings);
        const QJsonObject filter{{"address", "0x" + QString(40, '1')}};
        auto subscribed = awaitTask(client.subscribe(QJsonArray{"logs", filter}));
        QVERIFY(subscribed->ok());
        auto subscription = std::move(*subscribed).value();
        QSignalSpy logs(subscription.get(), &Subscription::notification);
        QSignalSpy reconnected(subscription.get(), &Subscription::reconnected);
        QTRY_COMPARE(logs.count(), 3);
        QCOMPARE(reconnected.count(), 1); // the watcher is told to backfill
        QCOMPARE(filters, 2);
        QCOMPARE(static_cast<FilterPollingSubscription*>(subscription.get())->filterId(),
                 QStringLiteral("0xf2"));
        QCOMPARE(mock->requests().front().params.at(0).toObject(), filter);
        QCOMPARE(subscription->state(), ConnectionState::Connected);
        subscription.reset(); // uninstalls the filter, best effort
        QTRY_VERIFY(mock->methods().back() == QLatin1String("eth_uninstallFilter"));
        QCOMPARE(mock->requests().back().params.at(0).toString(), QStringLiteral("0xf2"));
    }

    void subscriptionsWithoutPushNeedAKnownKind()
    {
        TestHttpServer server;
        auto client = httpClient(server);
        auto refused = awaitTask(client->subscribe(QJsonArray{"newPendingTransactions"}));
        QCOMPARE(refused->error().kind, ErrorKind::Unsupported);
        QVERIFY(QString::fromStdString(refused->error().message).contains("needs a WebSocket"));
    }

    void stateFollowsTheTransport()
    {
        TestHttpServer server;
        server.setRpcHandler(echoParams);
        auto client = httpClient(server);
        QSignalSpy states(client.get(), &RpcClient::stateChanged);
        QCOMPARE(client->state(), ConnectionState::Idle);
        QVERIFY(awaitTask(client->call("eth_chainId", {1}))->ok());
        QCOMPARE(client->state(), ConnectionState::Connected);
        QCOMPARE(states.count(), 2); // connecting, connected
    }

    void closeFailsPendingCallsAndRefusesNewOnes()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        auto client = httpClient(server);
        auto inFlight = client->call("eth_call", {1});
        QTRY_COMPARE(server.requestCount(), 1);
        auto queued = client->call("eth_call", {2}); // not yet sent
        QVERIFY(testing::awaitDone(client->close()));
        QVERIFY(client->isClosed());
        QCOMPARE(awaitTask(std::move(inFlight))->error().kind, ErrorKind::Cancelled);
        QCOMPARE(awaitTask(std::move(queued))->error().kind, ErrorKind::Cancelled);
        auto late = awaitTask(client->call("eth_call"));
        QCOMPARE(late->error().message, std::string("the RPC client is closed"));
        QCOMPARE(client->state(), ConnectionState::Closed);
        QCOMPARE(server.requestCount(), 1);
    }

    void endpointUrlsMakeTheirTransport()
    {
        auto http = makeTransport(QUrl("http://127.0.0.1:8545"));
        QVERIFY(http.ok());
        QVERIFY(dynamic_cast<HttpTransport*>(http->get()));
        auto ws = makeTransport(QUrl("wss://node.example:8546/ws"));
        QVERIFY(ws.ok());
        QVERIFY((*ws)->supportsSubscriptions());
        auto ftp = makeTransport(QUrl("ftp://127.0.0.1"));
        QCOMPARE(ftp.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(
            QString::fromStdString(ftp.error().message).contains("unsupported endpoint scheme"));
        QCOMPARE(makeTransport(QUrl("not a url")).error().kind, ErrorKind::InvalidArgument);
    }

    void theStandardStack()
    {
        TestHttpServer a;
        TestHttpServer b;
        a.setRpcHandler(echoParams);
        b.setRpcHandler(echoParams);
        StackSettings settings;
        settings.rateLimit = RateLimitSettings{};
        settings.pool.strategy = PoolStrategy::RoundRobin;
        auto stack = makeTransportStack({a.url(), b.url()}, settings);
        QVERIFY(stack.ok());
        auto* retry = dynamic_cast<RetryLayer*>(stack->get());
        QVERIFY(retry);
        auto* rate = dynamic_cast<RateLimitLayer*>(retry->inner());
        QVERIFY(rate);
        auto* timeout = dynamic_cast<TimeoutLayer*>(rate->inner());
        QVERIFY(timeout);
        auto* pool = dynamic_cast<PoolTransport*>(timeout->inner());
        QVERIFY(pool);
        QCOMPARE(pool->size(), 2u);
        RpcClient client(std::move(stack).value());
        QCOMPARE((*awaitTask(client.call("eth_getBalance", {5})))->toInt(), 5);
        QVERIFY(awaitTask(client.call("eth_getBalance", {6}))->ok());
        QCOMPARE(a.requestCount() + b.requestCount(), 2);

        StackSettings bare;
        bare.retry.reset();
        bare.timeout.reset();
        auto single = makeTransportStack({a.url()}, bare);
        QVERIFY(dynamic_cast<HttpTransport*>(single->get()));
        QCOMPARE(makeTransportStack({}).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(makeTransportStack({a.url(), QUrl("gopher://x")}).error().kind,
                 ErrorKind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
