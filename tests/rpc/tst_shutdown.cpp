// SPDX-License-Identifier: MIT
// Clean shutdown: destroying a client aborts its exchanges and closes its sockets, every
// pending call settles (Cancelled), nothing resumes on a destroyed object, a continuation may
// destroy the client that resumed it, close() is awaitable. Run under AddressSanitizer these
// also prove that nothing leaks.
#include "TestSupport.h"
#include "rpc/EthApi.h"
#include "rpc/HttpTransport.h"
#include "rpc/PoolTransport.h"
#include "rpc/RateLimitLayer.h"
#include "rpc/RetryLayer.h"
#include "rpc/RpcClient.h"
#include "rpc/Subscription.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/WhenAll.h"
#include "rpc/WsTransport.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestHttpServer.h"
#include "rpc/support/TestWsServer.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HttpReply;
using testing::TestHttpServer;
using testing::TestWsServer;

namespace {

HttpReply hang(const testing::HttpExchange&)
{
    HttpReply reply;
    reply.mode = HttpReply::Mode::Hang;
    return reply;
}

QJsonObject echo(const QString& method, const QJsonArray&)
{
    return TestHttpServer::result(method);
}

// Awaits a call, then destroys the client from inside the continuation, which runs inside
// the transport's own socket handler.
QCoro::Task<Result<QJsonValue>> callThenDestroy(std::unique_ptr<RpcClient>* owner, QString method)
{
    auto result = co_await (*owner)->call(method);
    owner->reset();
    co_return result;
}

std::vector<QCoro::Task<Result<QJsonValue>>> someCalls(RpcClient& client, int count)
{
    std::vector<QCoro::Task<Result<QJsonValue>>> calls;
    for (int i = 0; i < count; ++i)
        calls.push_back(client.call("eth_getBalance", {i}));
    return calls;
}

} // namespace

class TestShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Sockets handed to deleteLater() from inside their own signals go now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void destroyingTheClientSettlesEveryCall()
    {
        TestHttpServer server;
        server.setHandler(hang);
        auto client = std::make_unique<RpcClient>(std::make_unique<HttpTransport>(server.url()));
        auto batched = someCalls(*client, 5);
        QTRY_COMPARE(server.requestCount(), 1); // a batch in flight
        auto lone = client->call("eth_chainId", {}, CallOptions({}, 10s));
        QTRY_COMPARE(server.requestCount(), 2);        // and a lone call
        auto queued = client->call("eth_blockNumber"); // not flushed yet
        client.reset();
        for (auto& call : batched) {
            QVERIFY(call.isReady());
            QCOMPARE(awaitTask(std::move(call))->error().kind, ErrorKind::Cancelled);
        }
        QVERIFY(lone.isReady());
        QCOMPARE(awaitTask(std::move(lone))->error().kind, ErrorKind::Cancelled);
        QCOMPARE(awaitTask(std::move(queued))->error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE(server.abandoned(), 2);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void aContinuationMayDestroyItsHttpClient_data()
    {
        QTest::addColumn<bool>("batching");
        QTest::newRow("batching") << true;
        QTest::newRow("direct") << false;
    }
    void aContinuationMayDestroyItsHttpClient()
    {
        QFETCH(bool, batching);
        TestHttpServer server;
        server.setRpcHandler(echo);
        ClientSettings settings;
        settings.batching = batching;
        auto client =
            std::make_unique<RpcClient>(std::make_unique<HttpTransport>(server.url()), settings);
        auto destroyer = callThenDestroy(&client, "eth_chainId");
        auto sibling = client->call("eth_blockNumber");
        auto result = awaitTask(std::move(destroyer));
        QVERIFY(result->ok());
        QVERIFY(!client);
        auto other = awaitTask(std::move(sibling));
        QVERIFY(other); // answered in the same batch, or cancelled with its client
        testing::spinFor(20ms);
    }

    void aContinuationMayDestroyItsWebSocketClient()
    {
        TestWsServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            return TestWsServer::Answer{QJsonObject{{"result", method}}, {}};
        });
        auto client = std::make_unique<RpcClient>(std::make_unique<WsTransport>(server.url()));
        auto subscribed = awaitTask(client->subscribe(QJsonArray{"newHeads"}));
        auto subscription = std::move(*subscribed).value();
        auto destroyer = callThenDestroy(&client, "eth_chainId");
        auto result = awaitTask(std::move(destroyer));
        QVERIFY(result->ok());
        QVERIFY(!client);
        QCOMPARE(subscription->state(), ConnectionState::Closed);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void destroyingTheClientEndsItsSubscriptions()
    {
        TestWsServer server;
        auto client = std::make_unique<RpcClient>(std::make_unique<WsTransport>(server.url()));
        EthApi eth(client.get());
        auto heads = std::move(*awaitTask(eth.subscribeNewHeads())).value();
        QSignalSpy errors(heads.get(), &HeadSubscription::error);
        QSignalSpy states(heads.get(), &HeadSubscription::stateChanged);
        client.reset();
        QCOMPARE(heads->state(), ConnectionState::Closed);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<Error>().kind, ErrorKind::Cancelled);
        server.notify("newHeads", QJsonObject{{"number", "0x1"}});
        testing::spinFor(20ms);
        heads.reset();
    }

    void destroyingAFullStackWhileItWaits()
    {
        TestHttpServer slow;
        slow.setHandler(hang);
        TestWsServer ws;
        ws.setRpcHandler([](const QString&, const QJsonArray&) { return TestWsServer::Answer{}; });
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(std::make_unique<HttpTransport>(slow.url()));
        endpoints.push_back(std::make_unique<WsTransport>(ws.url()));
        PoolSettings pool;
        pool.maxInFlight = 2;
        RateLimitSettings rate;
        rate.requestsPerSecond = 5;
        rate.burst = 4;
        auto stack = std::make_unique<RetryLayer>(std::make_unique<RateLimitLayer>(
            std::make_unique<TimeoutLayer>(
                std::make_unique<PoolTransport>(std::move(endpoints), pool)),
            rate));
        ClientSettings settings;
        settings.batching = false;
        auto client = std::make_unique<RpcClient>(std::move(stack), settings);
        testing::LoopWatch watch;
        // In flight at the pool, waiting for the pool, waiting for a rate token.
        auto calls = someCalls(*client, 8);
        auto subscribed = client->subscribe(QJsonArray{"newHeads"});
        QTRY_VERIFY(slow.requestCount() + ws.received().size() >= 2);
        client.reset();
        for (auto& call : calls) {
            QVERIFY(call.isReady());
            QCOMPARE(awaitTask(std::move(call))->error().kind, ErrorKind::Cancelled);
        }
        QVERIFY(subscribed.isReady());
        QVERIFY(!awaitTask(std::move(subscribed))->ok());
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
        QTRY_COMPARE(slow.openConnections(), 0);
        QTRY_COMPARE(ws.openConnections(), 0);
    }

    void closeIsAwaitable()
    {
        TestWsServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            return TestWsServer::Answer{QJsonObject{{"result", method}}, {}};
        });
        RpcClient client(std::make_unique<RetryLayer>(std::make_unique<WsTransport>(server.url())));
        QVERIFY(awaitTask(client.call("eth_chainId"))->ok());
        QCOMPARE(server.openConnections(), 1);
        QVERIFY(testing::awaitDone(client.close(), 3s));
        QTRY_COMPARE(server.openConnections(), 0);
        QCOMPARE(client.state(), ConnectionState::Closed);
    }

    void pollingSubscriptionsOutliveTheirClientHarmlessly()
    {
        TestHttpServer server;
        int head = 1;
        server.setRpcHandler([&head](const QString& method, const QJsonArray&) {
            if (method == QLatin1String("eth_blockNumber"))
                return TestHttpServer::result(QString("0x%1").arg(head, 0, 16));
            return TestHttpServer::result(QJsonObject{{"number", "0x1"}});
        });
        ClientSettings settings;
        settings.pollInterval = 10ms;
        auto client =
            std::make_unique<RpcClient>(std::make_unique<HttpTransport>(server.url()), settings);
        auto subscribed = awaitTask(client->subscribe(QJsonArray{"newHeads"}));
        auto subscription = std::move(*subscribed).value();
        QTRY_VERIFY(server.requestCount() >= 2); // polling
        // A second client polling another server at the same interval is the clock: by the
        // time it has polled twice more, a poll of the orphaned subscription would have come.
        TestHttpServer clockServer;
        clockServer.setRpcHandler([](const QString&, const QJsonArray&) {
            return TestHttpServer::result(QStringLiteral("0x1"));
        });
        RpcClient clock(std::make_unique<HttpTransport>(clockServer.url()), settings);
        auto ticking = awaitTask(clock.subscribe(QJsonArray{"newHeads"}));
        QVERIFY(ticking && ticking->ok());
        client.reset();
        QTRY_COMPARE(subscription->state(), ConnectionState::Closed);
        // A poll already on the wire when the client went may still arrive: count from a tick
        // later.
        const int closedAt = clockServer.requestCount();
        QTRY_VERIFY(clockServer.requestCount() >= closedAt + 1);
        const int requests = server.requestCount();
        const int ticks = clockServer.requestCount();
        QTRY_VERIFY(clockServer.requestCount() >= ticks + 2);
        QCOMPARE(server.requestCount(), requests);
        subscription.reset();
    }

    void manyLifecycles()
    {
        TestHttpServer http;
        http.setRpcHandler(echo);
        TestWsServer ws;
        ws.setRpcHandler([](const QString& method, const QJsonArray&) {
            return TestWsServer::Answer{QJsonObject{{"result", method}}, {}};
        });
        for (int round = 0; round < 15; ++round) {
            std::vector<std::unique_ptr<Transport>> endpoints;
            endpoints.push_back(std::make_unique<HttpTransport>(http.url()));
            endpoints.push_back(std::make_unique<WsTransport>(ws.url()));
            auto client = std::make_unique<RpcClient>(std::make_unique<RetryLayer>(
                std::make_unique<PoolTransport>(std::move(endpoints))));
            auto results = awaitTask(whenAll(someCalls(*client, 20)));
            QVERIFY(results);
            auto subscribed = awaitTask(client->subscribe(QJsonArray{"newHeads"}));
            QVERIFY(subscribed->ok());
            auto pending = someCalls(*client, 3); // left in flight on purpose
            if (round % 2)
                QVERIFY(testing::awaitDone(client->close()));
            client.reset();
            for (auto& call : pending)
                QVERIFY(call.isReady());
        }
        QTRY_COMPARE(ws.openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
