// SPDX-License-Identifier: MIT
// The composable layers: retry, timeout, rate limit and the endpoint pool, over the mock
// transport and the in-process servers.
#include "TestSupport.h"
#include "core/EndpointName.h"
#include "rpc/HttpTransport.h"
#include "rpc/MockTransport.h"
#include "rpc/PoolTransport.h"
#include "rpc/RateLimitLayer.h"
#include "rpc/RetryLayer.h"
#include "rpc/Subscription.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/WhenAll.h"
#include "rpc/WsTransport.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestHttpServer.h"
#include "rpc/support/TestWsServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HttpReply;
using testing::TestHttpServer;

namespace {

RetrySettings quickRetry(int attempts = 4)
{
    RetrySettings settings;
    settings.maxAttempts = attempts;
    settings.backoff = Backoff{10ms, 40ms, 2.0, 0.0};
    return settings;
}

Error httpError(int status)
{
    Error error = makeError(ErrorKind::HttpStatus, "HTTP " + std::to_string(status));
    error.code = status;
    return error;
}

// A server answering with `status` for the first `failures` requests, then echoing the method.
void failFirst(TestHttpServer& server, int failures, int status = 503)
{
    auto remaining = std::make_shared<int>(failures);
    server.setHandler([remaining, status](const testing::HttpExchange& exchange) {
        if ((*remaining)-- > 0) {
            HttpReply reply;
            reply.status = status;
            reply.reason = "Unavailable";
            reply.body = "try later";
            return reply;
        }
        return TestHttpServer::rpcReply(exchange, [](const QString& method, const QJsonArray&) {
            return TestHttpServer::result(method);
        });
    });
}

std::unique_ptr<Transport> http(const TestHttpServer& server, HttpSettings settings = {})
{
    return std::make_unique<HttpTransport>(server.url(), settings);
}

QJsonObject echo(const QString& method, const QJsonArray&)
{
    return TestHttpServer::result(method);
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- retry -------------------------------------------------------------------------------

    void retryRecoversFromTransientFailures()
    {
        TestHttpServer server;
        failFirst(server, 2);
        RetryLayer retry(http(server), quickRetry());
        QSignalSpy retrying(&retry, &RetryLayer::retrying);
        testing::LoopWatch watch;
        auto result = awaitTask(retry.request(RpcRequest("eth_blockNumber")));
        QVERIFY(result->ok());
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.at(0).at(1).toInt(), 1);
        QCOMPARE(retrying.at(1).at(1).toInt(), 2);
        QCOMPARE(retrying.at(0).at(3).value<Error>().code, 503);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void retryHonoursRetryAfter()
    {
        MockTransport* mock = new MockTransport;
        Error limited = httpError(429);
        limited.retryAfter = 150ms;
        mock->enqueue(limited);
        mock->enqueue(QJsonValue("0x1"));
        RetryLayer retry(std::unique_ptr<Transport>(mock), quickRetry());
        QElapsedTimer clock;
        clock.start();
        auto result = awaitTask(retry.request(RpcRequest("eth_chainId")));
        QVERIFY(result->ok());
        QVERIFY2(clock.elapsed() >= 145,
                 QByteArray::number(clock.elapsed())); // not the 10 ms backoff

        // A server asking for more patience than allowed gets its error back at once.
        auto settings = quickRetry();
        settings.maxRetryAfter = 1s;
        auto* impatient = new MockTransport;
        limited.retryAfter = 30s;
        impatient->enqueue(limited);
        RetryLayer capped(std::unique_ptr<Transport>(impatient), settings);
        auto refused = awaitTask(capped.request(RpcRequest("eth_chainId")));
        QCOMPARE(refused->error().code, 429);
        QCOMPARE(refused->error().retryAfter, std::optional(std::chrono::milliseconds(30s)));
        // Not retried after a capped wait: the one request is all there was.
        QCOMPARE(impatient->requests().size(), 1u);
    }

    void retryReturnsNodeVerdictsAtOnce()
    {
        TestHttpServer server;
        server.setRpcHandler([](const QString&, const QJsonArray&) {
            return TestHttpServer::rpcError(3, "execution reverted", "0x08c379a0");
        });
        RetryLayer retry(http(server), quickRetry());
        auto result = awaitTask(retry.request(RpcRequest("eth_call")));
        QCOMPARE(result->error().kind, ErrorKind::JsonRpc);
        QCOMPARE(result->error().data, std::string("0x08c379a0"));
        QCOMPARE(server.requestCount(), 1);
    }

    void retryNeverResendsATransaction()
    {
        TestHttpServer server;
        failFirst(server, 1);
        RetryLayer retry(http(server), quickRetry());
        auto result = awaitTask(retry.request(RpcRequest("eth_sendRawTransaction", {"0x02f8"})));
        QCOMPARE(result->error().kind, ErrorKind::HttpStatus);
        QCOMPARE(server.requestCount(), 1);
    }

    void retryGivesUpAfterMaxAttempts()
    {
        TestHttpServer server;
        failFirst(server, 100, 502);
        RetryLayer retry(http(server), quickRetry(3));
        auto result = awaitTask(retry.request(RpcRequest("eth_getBalance")));
        QCOMPARE(result->error().kind, ErrorKind::HttpStatus);
        QCOMPARE(result->error().code, 502);
        QCOMPARE(server.requestCount(), 3);
    }

    void retryStopsWhenCancelled()
    {
        TestHttpServer server;
        failFirst(server, 100);
        auto settings = quickRetry();
        settings.backoff = Backoff{10s, 10s, 1.0, 0.0};
        RetryLayer retry(http(server), settings);
        CancelSource cancel;
        auto call = retry.request(RpcRequest("eth_call", {}, cancel.token()));
        QTRY_COMPARE(server.requestCount(), 1);
        testing::spinFor(20ms);
        cancel.cancel();
        // The 10 s backoff outlasts this wait: only the cancel can end the call in time.
        auto result = awaitTask(std::move(call), 5s);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QCOMPARE(server.requestCount(), 1);
    }

    void retryInBatchesRepeatsOnlyFailedCalls()
    {
        auto* mock = new MockTransport;
        int rateLimited = 1;
        mock->setHandler([&rateLimited](const RpcRequest& request) -> Result<QJsonValue> {
            if (request.method == QLatin1String("eth_b") && rateLimited-- > 0) {
                Error error = makeError(ErrorKind::JsonRpc, "rate limit exceeded");
                error.code = -32005;
                return error;
            }
            if (request.method == QLatin1String("eth_c"))
                return makeError(ErrorKind::JsonRpc, "execution reverted");
            return QJsonValue(request.method);
        });
        RetryLayer retry(std::unique_ptr<Transport>(mock), quickRetry());
        std::vector<RpcRequest> calls{RpcRequest("eth_a"), RpcRequest("eth_b"),
                                      RpcRequest("eth_c")};
        auto results = awaitTask(retry.batch(std::move(calls)));
        QCOMPARE(mock->batchSizes(), (std::vector<std::size_t>{3, 1}));
        QCOMPARE((*results)[0]->toString(), QStringLiteral("eth_a"));
        QCOMPARE((*results)[1]->toString(), QStringLiteral("eth_b"));
        QCOMPARE((*results)[2].error().message, std::string("execution reverted"));
    }

    void retryLayerDestroyedWhileWaitingSettlesItsCalls()
    {
        TestHttpServer server;
        failFirst(server, 100);
        auto settings = quickRetry();
        settings.backoff = Backoff{10s, 10s, 1.0, 0.0};
        auto retry = std::make_unique<RetryLayer>(http(server), settings);
        auto call = retry->request(RpcRequest("eth_call"));
        QTRY_COMPARE(server.requestCount(), 1);
        testing::spinFor(20ms); // now asleep in its backoff
        retry.reset();
        QVERIFY(call.isReady());
        QCOMPARE(awaitTask(std::move(call))->error().kind, ErrorKind::Cancelled);
    }

    // ---- timeout -----------------------------------------------------------------------------

    void timeoutAbortsTheExchange()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echo);
            if (exchange.body.contains("eth_call"))
                reply.mode = HttpReply::Mode::Hang;
            else
                reply.delay = 150ms;
            return reply;
        });
        TimeoutSettings settings;
        settings.timeout = 80ms;
        settings.perMethod.insert("eth_getLogs", 1000ms);
        TimeoutLayer layer(http(server), settings);
        testing::LoopWatch watch;
        auto result = awaitTask(layer.request(RpcRequest("eth_call")));
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QVERIFY2(
            QString::fromStdString(result->error().message)
                .contains("eth_call to " + endpointName(server.url()) + " timed out after 80 ms"),
            result->error().message.c_str());
        QTRY_COMPARE(server.abandoned(), 1);
        // A slower method with its own deadline completes.
        auto logs = awaitTask(layer.request(RpcRequest("eth_getLogs")));
        QVERIFY(logs->ok());
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void timeoutCoversWholeBatches()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        TimeoutSettings settings;
        settings.timeout = 60ms;
        TimeoutLayer layer(http(server), settings);
        std::vector<RpcRequest> calls{RpcRequest("eth_a"), RpcRequest("eth_b")};
        auto results = awaitTask(layer.batch(std::move(calls)));
        QCOMPARE((*results)[0].error().kind, ErrorKind::Timeout);
        QCOMPARE((*results)[1].error().kind, ErrorKind::Timeout);
        QTRY_COMPARE(server.abandoned(), 1);
    }

    // ---- rate limit --------------------------------------------------------------------------

    void rateLimitQueuesFairlyAndLosesNothing()
    {
        auto* mock = new MockTransport;
        mock->setHandler(
            [](const RpcRequest& request) { return QJsonValue(request.params.at(0)); });
        RateLimitSettings settings;
        settings.requestsPerSecond = 200;
        settings.burst = 5;
        RateLimitLayer layer(std::unique_ptr<Transport>(mock), settings);
        testing::LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        std::vector<QCoro::Task<Result<QJsonValue>>> calls;
        for (int i = 0; i < 30; ++i)
            calls.push_back(layer.request(RpcRequest("eth_getBalance", {i})));
        QCOMPARE(layer.waiting(), 25);
        auto results = awaitTask(whenAll(std::move(calls)));
        QVERIFY(clock.elapsed() >= 115); // 25 beyond the burst at 200/s
        QCOMPARE(results->size(), 30u);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE((*results)[i]->toInt(), i);
            QCOMPARE(mock->requests()[i].params.at(0).toInt(), i); // sent in arrival order
        }
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void rateLimitWaitsAreCancellable()
    {
        auto* mock = new MockTransport;
        mock->setHandler([](const RpcRequest&) { return QJsonValue(1); });
        RateLimitSettings settings;
        settings.requestsPerSecond = 1;
        settings.burst = 1;
        RateLimitLayer layer(std::unique_ptr<Transport>(mock), settings);
        QVERIFY(awaitTask(layer.request(RpcRequest("eth_a")))->ok());
        CancelSource cancel;
        auto waiting = layer.request(RpcRequest("eth_b", {}, cancel.token()));
        QCOMPARE(layer.waiting(), 1);
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(waiting))->error().kind, ErrorKind::Cancelled);
        QCOMPARE(mock->requests().size(), 1u);
        QCOMPARE(layer.waiting(), 0);
    }

    // ---- pool --------------------------------------------------------------------------------

    void poolFailsOverToAHealthyEndpoint()
    {
        TestHttpServer down;
        failFirst(down, 100, 503);
        TestHttpServer up;
        up.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(down));
        endpoints.push_back(http(up));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        PoolTransport pool(std::move(endpoints), settings);
        QSignalSpy health(&pool, &PoolTransport::healthChanged);
        auto result = awaitTask(pool.request(RpcRequest("eth_chainId")));
        QVERIFY(result->ok());
        QCOMPARE(down.requestCount(), 1);
        QCOMPARE(up.requestCount(), 1);
        const auto stats = pool.health();
        QCOMPARE(stats[0].failures, 1u);
        QCOMPARE(stats[1].failures, 0u);
        QVERIFY(stats[0].score < stats[1].score);
        QCOMPARE(health.count(), 2);
        QCOMPARE(pool.state(), ConnectionState::Connected);
    }

    void poolKeepsTransactionsAndVerdictsOnOneEndpoint()
    {
        TestHttpServer first;
        TestHttpServer second;
        second.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(first));
        endpoints.push_back(http(second));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        PoolTransport pool(std::move(endpoints), settings);

        failFirst(first, 100, 503);
        auto send = awaitTask(pool.request(RpcRequest("eth_sendRawTransaction", {"0x02"})));
        QCOMPARE(send->error().code, 503);
        QCOMPARE(second.requestCount(), 0); // a transaction is never sent to a second node

        // A JSON-RPC error is the node's verdict, not an endpoint fault: no failover.
        TestHttpServer judge;
        judge.setRpcHandler([](const QString&, const QJsonArray&) {
            return TestHttpServer::rpcError(-32000, "insufficient funds for gas * price + value");
        });
        TestHttpServer other;
        other.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> pair;
        pair.push_back(http(judge));
        pair.push_back(http(other));
        PoolTransport verdicts(std::move(pair), settings);
        auto verdict = awaitTask(verdicts.request(RpcRequest("eth_estimateGas")));
        QCOMPARE(verdict->error().kind, ErrorKind::JsonRpc);
        QCOMPARE(judge.requestCount(), 1);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(verdicts.health()[0].failures, 0u);
    }

    void poolSendsATransactionElsewhereOnlyWhenItWasNeverSent()
    {
        QUrl closed;
        {
            TestHttpServer gone; // a port that was just free
            closed = gone.url();
        }
        TestHttpServer second;
        second.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(std::make_unique<HttpTransport>(closed));
        endpoints.push_back(http(second));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        PoolTransport pool(std::move(endpoints), settings);
        // Refused: the first node never saw it, so the second may have it.
        auto send = awaitTask(pool.request(RpcRequest("eth_sendRawTransaction", {"0x02"})));
        QVERIFY2(send->ok(), send->ok() ? "" : send->error().describe().c_str());
        QCOMPARE(second.requestCount(), 1);
        QCOMPARE(pool.health()[0].failures, 1u);
    }

    void poolRoundRobinSpreadsCalls()
    {
        TestHttpServer a;
        TestHttpServer b;
        a.setRpcHandler(echo);
        b.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(a));
        endpoints.push_back(http(b));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        PoolTransport pool(std::move(endpoints), settings);
        for (int i = 0; i < 10; ++i)
            QVERIFY(awaitTask(pool.request(RpcRequest("eth_chainId")))->ok());
        QCOMPARE(a.requestCount(), 5);
        QCOMPARE(b.requestCount(), 5);
    }

    void poolPrefersTheFastestEndpoint()
    {
        TestHttpServer slow;
        slow.setHandler([](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echo);
            reply.delay = 40ms;
            return reply;
        });
        TestHttpServer fast;
        fast.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(slow));
        endpoints.push_back(http(fast));
        PoolTransport pool(std::move(endpoints)); // best latency by default
        for (int i = 0; i < 10; ++i)
            QVERIFY(awaitTask(pool.request(RpcRequest("eth_chainId")))->ok());
        QCOMPARE(slow.requestCount(), 1); // measured once, then avoided
        QCOMPARE(fast.requestCount(), 9);
        QVERIFY(pool.health()[0].latency > pool.health()[1].latency);
    }

    void poolCoolsDownAFailingEndpoint()
    {
        QUrl deadUrl;
        {
            TestHttpServer gone;
            deadUrl = gone.url();
        }
        TestHttpServer alive;
        alive.setRpcHandler(echo);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(std::make_unique<HttpTransport>(deadUrl));
        endpoints.push_back(http(alive));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        settings.failuresBeforeCooldown = 2;
        settings.cooldown = 10s;
        PoolTransport pool(std::move(endpoints), settings);
        for (int i = 0; i < 8; ++i)
            QVERIFY(awaitTask(pool.request(RpcRequest("eth_chainId")))->ok());
        const auto stats = pool.health();
        QCOMPARE(stats[0].failures, 2u); // then skipped while cooling down
        QVERIFY(stats[0].coolingDown);
        QCOMPARE(stats[0].state, ConnectionState::Failed);
        QCOMPARE(alive.requestCount(), 8);
        QCOMPARE(pool.state(), ConnectionState::Connected);
    }

    void poolReportsWhenEveryEndpointFails()
    {
        TestHttpServer a;
        TestHttpServer b;
        failFirst(a, 100, 500);
        failFirst(b, 100, 502);
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(a));
        endpoints.push_back(http(b));
        PoolSettings settings;
        settings.strategy = PoolStrategy::RoundRobin;
        PoolTransport pool(std::move(endpoints), settings);
        auto result = awaitTask(pool.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::HttpStatus);
        QVERIFY(
            QString::fromStdString(result->error().message).startsWith("all 2 endpoints failed"));
    }

    void poolLimitsCallsInFlight()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echo);
            reply.delay = 30ms;
            return reply;
        });
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(server));
        PoolSettings settings;
        settings.maxInFlight = 3;
        PoolTransport pool(std::move(endpoints), settings);
        std::vector<QCoro::Task<Result<QJsonValue>>> calls;
        for (int i = 0; i < 9; ++i)
            calls.push_back(pool.request(RpcRequest("eth_chainId")));
        QCOMPARE(pool.inFlight(), 3);
        auto results = awaitTask(whenAll(std::move(calls)));
        for (const auto& result : *results)
            QVERIFY(result.ok());
        QCOMPARE(server.maxInFlight(), 3);
        QCOMPARE(pool.inFlight(), 0);
    }

    void poolSubscribesThroughAPushCapableEndpoint()
    {
        TestHttpServer httpServer;
        httpServer.setRpcHandler(echo);
        testing::TestWsServer wsServer;
        std::vector<std::unique_ptr<Transport>> endpoints;
        endpoints.push_back(http(httpServer));
        endpoints.push_back(std::make_unique<WsTransport>(wsServer.url()));
        PoolTransport pool(std::move(endpoints));
        QVERIFY(pool.supportsSubscriptions());
        auto subscription = awaitTask(pool.subscribe(QJsonArray{"newHeads"}, {}));
        QVERIFY(subscription->ok());
        QCOMPARE(wsServer.liveSubscriptions("newHeads"), 1);
        QSignalSpy heads((*subscription)->get(), &Subscription::notification);
        wsServer.notify("newHeads", QJsonObject{{"number", "0x5"}});
        QTRY_COMPARE(heads.count(), 1);

        std::vector<std::unique_ptr<Transport>> httpOnly;
        httpOnly.push_back(http(httpServer));
        PoolTransport plain(std::move(httpOnly));
        QVERIFY(!plain.supportsSubscriptions());
        auto refused = awaitTask(plain.subscribe(QJsonArray{"newHeads"}, {}));
        QCOMPARE(refused->error().kind, ErrorKind::Unsupported);
    }

    void layersStackAndMirrorState()
    {
        TestHttpServer server;
        failFirst(server, 1);
        TimeoutSettings timeouts;
        timeouts.timeout = 2s;
        RateLimitSettings rate;
        rate.requestsPerSecond = 1000;
        auto stack = std::make_unique<RetryLayer>(
            std::make_unique<RateLimitLayer>(std::make_unique<TimeoutLayer>(http(server), timeouts),
                                             rate),
            quickRetry());
        QSignalSpy states(stack.get(), &Transport::stateChanged);
        auto result = awaitTask(stack->request(RpcRequest("eth_chainId")));
        QVERIFY(result->ok());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(stack->state(), ConnectionState::Connected);
        QVERIFY(!states.isEmpty());
        QCOMPARE(stack->describe(), endpointName(server.url())); // no path: it may hold a key
        QVERIFY(testing::awaitDone(stack->close()));
        QCOMPARE(awaitTask(stack->request(RpcRequest("eth_chainId")))->error().kind,
                 ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
