// SPDX-License-Identifier: MIT
// WsTransport against in-process WebSocket servers: multiplexing, subscriptions shared per
// parameter set, liveness, reconnect with capped backoff, re-sending idempotent calls,
// re-subscribing under the same local id, failing waiting calls with the link's precise error,
// hostile servers (oversized and malformed frames, handshake-then-close loops), giving up,
// closing.
#include "TestSupport.h"
#include "rpc/RetryLayer.h"
#include "rpc/Subscription.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/WsTransport.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/HostileWsServer.h"
#include "rpc/support/TestHttpProxy.h"
#include "rpc/support/TestWsServer.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HostileWsServer;
using testing::TestWsServer;

namespace {

WsSettings quickSettings()
{
    WsSettings settings;
    settings.reconnectBackoff = Backoff{10ms, 50ms, 2.0, 0.0};
    return settings;
}

TestWsServer::Answer answer(const QJsonValue& result, std::chrono::milliseconds delay = {})
{
    return TestWsServer::Answer{QJsonObject{{"result", result}}, delay};
}

std::unique_ptr<Subscription> subscribe(WsTransport& transport, const QString& kind)
{
    auto subscribed = awaitTask(transport.subscribe(QJsonArray{kind}, {}));
    if (!subscribed || !subscribed->ok())
        return nullptr;
    return std::move(*subscribed).value();
}

// A transport under a timeout layer: the one deadline a call has.
std::unique_ptr<Transport> withDeadline(const QUrl& url, WsSettings settings,
                                        std::chrono::milliseconds timeout)
{
    TimeoutSettings deadline;
    deadline.timeout = timeout;
    return std::make_unique<TimeoutLayer>(std::make_unique<WsTransport>(url, std::move(settings)),
                                          deadline);
}

int count(const QList<QString>& methods, const QString& method)
{
    return static_cast<int>(methods.count(method));
}

} // namespace

class TestWs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsAreMultiplexedAndMatchedById()
    {
        TestWsServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            // The first call is answered last.
            return answer(method, method == QLatin1String("eth_slow") ? 80ms : 0ms);
        });
        WsTransport transport(server.url(), quickSettings());
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok()); // connected
        testing::LoopWatch watch;
        auto slow = transport.request(RpcRequest("eth_slow"));
        auto fast = transport.request(RpcRequest("eth_fast"));
        auto fastResult = awaitTask(std::move(fast));
        QCOMPARE((*fastResult)->toString(), QStringLiteral("eth_fast"));
        QVERIFY(!slow.isReady());
        auto slowResult = awaitTask(std::move(slow));
        QCOMPARE((*slowResult)->toString(), QStringLiteral("eth_slow"));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(transport.state(), ConnectionState::Connected);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        std::vector<RpcRequest> calls{RpcRequest("eth_a"), RpcRequest("eth_b")};
        auto batch = awaitTask(transport.batch(std::move(calls)));
        QCOMPARE((*batch)[0]->toString(), QStringLiteral("eth_a"));
        QCOMPARE((*batch)[1]->toString(), QStringLiteral("eth_b"));

        server.setRpcHandler([](const QString&, const QJsonArray&) {
            return TestWsServer::Answer{
                QJsonObject{{"error", QJsonObject{{"code", -32000}, {"message", "nope"}}}}, {}};
        });
        auto failed = awaitTask(transport.request(RpcRequest("eth_x")));
        QCOMPARE(failed->error().kind, ErrorKind::JsonRpc);
        QCOMPARE(failed->error().message, std::string("nope"));
    }

    // A host name nothing resolves reaches the loopback server only through the proxy Qt's
    // settings name (the application proxy here).
    void connectionsGoThroughTheConfiguredProxy()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        testing::TestHttpProxy proxy;
        QNetworkProxy::setApplicationProxy(proxy.proxy());
        QUrl url = server.url();
        url.setHost(QStringLiteral("rpc.seismic.invalid"));
        WsTransport transport(url, quickSettings());
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY2(result->ok(), result->ok() ? "" : result->error().message.c_str());
        QCOMPARE((*result)->toString(), QStringLiteral("eth_chainId"));
        QCOMPARE(proxy.tunnels(), 1);
        QCOMPARE(proxy.targets().first(),
                 "rpc.seismic.invalid:" + QByteArray::number(server.url().port()));
    }

    void theDefaultBackoffIsCappedAtFiveSeconds()
    {
        const WsSettings defaults;
        QCOMPARE(defaults.reconnectBackoff.ceilingFor(20), std::chrono::milliseconds(5'000));
    }

    void notificationsReachTheirSubscription()
    {
        TestWsServer server;
        WsTransport transport(server.url(), quickSettings());
        QVERIFY(transport.supportsSubscriptions());
        auto heads = subscribe(transport, "newHeads");
        auto logs = subscribe(transport, "logs");
        QVERIFY(heads && logs);
        QVERIFY(heads->localId() != logs->localId());
        QCOMPARE(heads->state(), ConnectionState::Connected);
        QSignalSpy headSpy(heads.get(), &Subscription::notification);
        QSignalSpy logSpy(logs.get(), &Subscription::notification);
        QCOMPARE(server.notify("newHeads", QJsonObject{{"number", "0x1"}}), 1);
        QCOMPARE(server.notify("logs", QJsonObject{{"logIndex", "0x0"}}), 1);
        QTRY_COMPARE(headSpy.count(), 1);
        QTRY_COMPARE(logSpy.count(), 1);
        QCOMPARE(headSpy.first().first().value<QJsonValue>().toObject().value("number").toString(),
                 QStringLiteral("0x1"));

        QVERIFY(awaitTask(heads->unsubscribe())->ok());
        QCOMPARE(heads->state(), ConnectionState::Closed);
        QCOMPARE(server.liveSubscriptions("newHeads"), 0);
        server.notify("newHeads", QJsonObject{{"number", "0x2"}});
        server.notify("logs", QJsonObject{{"logIndex", "0x1"}});
        QTRY_COMPARE(logSpy.count(), 2);
        QCOMPARE(headSpy.count(), 1);

        logs.reset(); // destroying unsubscribes too
        QTRY_COMPARE(server.liveSubscriptions("logs"), 0);
    }

    void reconnectResendsIdempotentCallsAndResubscribes()
    {
        TestWsServer server;
        bool answering = false;
        server.setRpcHandler([&answering](const QString& method, const QJsonArray&) {
            return answering ? answer(method) : TestWsServer::Answer{}; // withheld at first
        });
        WsTransport transport(server.url(), quickSettings());
        auto heads = subscribe(transport, "newHeads");
        QVERIFY(heads);
        const auto localId = heads->localId();
        const auto firstServerId = server.subscriptions().first().id;
        QSignalSpy reconnected(heads.get(), &Subscription::reconnected);
        QSignalSpy states(heads.get(), &Subscription::stateChanged);
        QSignalSpy transportReconnected(&transport, &WsTransport::reconnected);

        auto read = transport.request(RpcRequest("eth_call"));
        auto send = transport.request(RpcRequest("eth_sendRawTransaction", {"0x02"}));
        QTRY_COMPARE(server.received().size(), 3); // subscribe, call, send
        answering = true;
        server.dropConnections();

        auto readResult = awaitTask(std::move(read));
        QVERIFY2(readResult->ok(), readResult->ok() ? "" : readResult->error().message.c_str());
        QCOMPARE((*readResult)->toString(), QStringLiteral("eth_call"));
        auto sendResult = awaitTask(std::move(send));
        QCOMPARE(sendResult->error().kind, ErrorKind::Transport);
        QVERIFY(QString::fromStdString(sendResult->error().message)
                    .contains("eth_sendRawTransaction was answered; not sent again"));
        QCOMPARE(server.receivedMethods().count("eth_call"), 2);
        QCOMPARE(server.receivedMethods().count("eth_sendRawTransaction"), 1);

        QTRY_COMPARE(reconnected.count(), 1);
        QCOMPARE(heads->localId(), localId);
        QCOMPARE(heads->state(), ConnectionState::Connected);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Reconnecting);
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(transport.reconnectCount(), 1);
        QCOMPARE(transportReconnected.count(), 1);
        QCOMPARE(server.liveSubscriptions("newHeads"), 1);
        const auto& renewed = server.subscriptions().last();
        QVERIFY(renewed.id != firstServerId);

        QSignalSpy notifications(heads.get(), &Subscription::notification);
        server.notify("newHeads", QJsonObject{{"number", "0x9"}});
        QTRY_COMPARE(notifications.count(), 1);
    }

    void callsIssuedWhileDownWaitForTheConnection()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 1'000'000; // wait for the server, however long
        WsTransport transport(server.url(), settings);
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
        server.stopListening();
        server.dropConnections();
        QTRY_COMPARE(transport.state(), ConnectionState::Reconnecting);
        QVERIFY(transport.lastError());
        // Not sent yet, so even a non-idempotent call may go once the link is back.
        auto send = transport.request(RpcRequest("eth_sendRawTransaction", {"0x03"}));
        const int attempts = transport.connectionAttempts();
        QTRY_VERIFY(transport.connectionAttempts() >= attempts + 2); // two more were refused
        QVERIFY(!send.isReady());
        server.startListening();
        auto result = awaitTask(std::move(send));
        QVERIFY2(result->ok(), result->ok() ? "" : result->error().message.c_str());
        QCOMPARE(server.receivedMethods().count("eth_sendRawTransaction"), 1);
    }

    void keepsTryingWhileTheServerIsDown()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        auto settings = quickSettings();
        settings.reconnectBackoff = Backoff{10ms, 60ms, 2.0, 0.0};
        WsTransport transport(server.url(), settings);
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
        server.stopListening();
        server.dropConnections();
        const int attempts = transport.connectionAttempts();
        testing::LoopWatch watch;
        // Refused attempts follow one another at the backoff's pace (its cap:
        // tst_async backoffGrowsWithJitterUpToTheCap) ...
        QTRY_VERIFY(transport.connectionAttempts() >= attempts + 5);
        QCOMPARE(transport.state(), ConnectionState::Reconnecting);
        // ... and the first one after the server is back connects.
        server.startListening();
        QTRY_COMPARE(transport.state(), ConnectionState::Connected);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void aStalledServerIsDetected()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        auto settings = quickSettings();
        settings.pingInterval = 30ms;
        settings.livenessTimeout = 150ms;
        WsTransport transport(server.url(), settings);
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
        // Pongs keep a quiet but healthy connection alive: let pings span more than the
        // liveness window (eight pings, 240 ms > 150 ms) on the one connection.
        const int readsBefore = server.readsTaken();
        QTRY_VERIFY(server.readsTaken() >= readsBefore + 8);
        QCOMPARE(transport.state(), ConnectionState::Connected);
        QCOMPARE(server.connectionCount(), 1);

        QSignalSpy states(&transport, &Transport::stateChanged);
        server.stall(true);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 2000);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Reconnecting);
        QCOMPARE(transport.lastError()->kind, ErrorKind::Timeout);
        QVERIFY(QString::fromStdString(transport.lastError()->message).contains("no message from"));
        server.stall(false);
        QTRY_COMPARE_WITH_TIMEOUT(transport.state(), ConnectionState::Connected, 2000);
        QVERIFY(transport.reconnectCount() >= 1);
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
    }

    void givingUpFailsEverythingClearly()
    {
        TestWsServer server;
        auto settings = quickSettings();
        settings.maxReconnectAttempts = 2;
        WsTransport transport(server.url(), settings);
        auto heads = subscribe(transport, "newHeads");
        QVERIFY(heads);
        QSignalSpy errors(heads.get(), &Subscription::error);
        server.stopListening();
        server.dropConnections();
        QTRY_COMPARE(transport.state(), ConnectionState::Failed);
        QCOMPARE(transport.lastError()->kind, ErrorKind::ConnectionRefused);
        QTRY_COMPARE(heads->state(), ConnectionState::Failed);
        QCOMPARE(errors.count(), 1);
        // A new call starts over.
        server.startListening();
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QVERIFY(result->ok());
        QCOMPARE(transport.state(), ConnectionState::Connected);
    }

    void unansweredCallsEndByTheTimeoutLayer()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString&, const QJsonArray&) { return TestWsServer::Answer{}; });
        auto transport = withDeadline(server.url(), quickSettings(), 120ms);
        auto result = awaitTask(transport->request(RpcRequest("eth_call")));
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QVERIFY2(QString::fromStdString(result->error().message).contains("eth_call to ws://"),
                 result->error().message.c_str());
        QCOMPARE(transport->state(), ConnectionState::Connected);
    }

    void garbageAndStrayAnswersAreIgnored()
    {
        TestWsServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            if (method == QLatin1String("eth_stray"))
                return TestWsServer::Answer{QJsonObject{{"result", 1}, {"id", 987654}}, {}};
            return answer(method);
        });
        auto transport = withDeadline(server.url(), quickSettings(), 100ms);
        QVERIFY(awaitTask(transport->request(RpcRequest("eth_chainId")))->ok());
        server.sendRaw("{this is not json");
        server.sendRaw(R"({"jsonrpc":"2.0","id":424242,"result":"0x1"})");
        auto stray = awaitTask(transport->request(RpcRequest("eth_stray")));
        QCOMPARE(stray->error().kind, ErrorKind::Timeout);
        // The connection itself is fine.
        QVERIFY(awaitTask(transport->request(RpcRequest("eth_chainId")))->ok());
        QCOMPARE(server.connectionCount(), 1);
    }

    void waitingCallsFailWithTheLinksErrorAfterRepeatedRefusals()
    {
        QUrl url;
        {
            TestWsServer gone;
            url = gone.url();
        }
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 3;
        WsTransport transport(url, settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QVERIFY2(result->error().kind == ErrorKind::ConnectionRefused,
                 result->error().describe().c_str());
        QVERIFY2(QString::fromStdString(result->error().message)
                     .contains("(3 failed attempts in a row)"),
                 result->error().message.c_str());
        QCOMPARE(transport.state(), ConnectionState::Reconnecting); // still trying, in the back
        // While the link keeps failing, a new call does not wait for it.
        auto next = transport.request(RpcRequest("eth_chainId"));
        QVERIFY(next.isReady());
        QCOMPARE(awaitTask(std::move(next))->error().kind, ErrorKind::ConnectionRefused);
    }

    void cancellationSettlesOnlyThatCall()
    {
        TestWsServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            return answer(method, method == QLatin1String("eth_slow") ? 100ms : 0ms);
        });
        WsTransport transport(server.url(), quickSettings());
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok()); // connected
        CancelSource cancel;
        auto cancelled = transport.request(RpcRequest("eth_slow", {}, cancel.token()));
        auto other = transport.request(RpcRequest("eth_slow"));
        QTRY_COMPARE(server.received().size(), 3);
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(cancelled))->error().kind, ErrorKind::Cancelled);
        QVERIFY(awaitTask(std::move(other))->ok());
    }

    void subscribersWithTheSameParametersShareOneServerSubscription()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        WsTransport transport(server.url(), quickSettings());
        auto first = subscribe(transport, "newHeads");
        auto second = subscribe(transport, "newHeads");
        auto logs = subscribe(transport, "logs");
        QVERIFY(first && second && logs);
        QVERIFY(first->localId() != second->localId());
        QCOMPARE(second->state(), ConnectionState::Connected);
        QCOMPARE(count(server.receivedMethods(), "eth_subscribe"), 2); // newHeads, logs
        QCOMPARE(server.liveSubscriptions("newHeads"), 1);

        QSignalSpy firstHeads(first.get(), &Subscription::notification);
        QSignalSpy secondHeads(second.get(), &Subscription::notification);
        QSignalSpy logNotes(logs.get(), &Subscription::notification);
        QCOMPARE(server.notify("newHeads", QJsonObject{{"number", "0x1"}}), 1);
        QTRY_COMPARE(firstHeads.count(), 1);
        QTRY_COMPARE(secondHeads.count(), 1);
        QCOMPARE(logNotes.count(), 0);

        // One leaves: the server subscription stays for the other.
        QVERIFY(awaitTask(first->unsubscribe())->ok());
        QCOMPARE(count(server.receivedMethods(), "eth_unsubscribe"), 0);
        server.notify("newHeads", QJsonObject{{"number", "0x2"}});
        QTRY_COMPARE(secondHeads.count(), 2);
        QCOMPARE(firstHeads.count(), 1);

        // A third joins while one is live: no new eth_subscribe, live at once.
        auto third = subscribe(transport, "newHeads");
        QVERIFY(third);
        QCOMPARE(count(server.receivedMethods(), "eth_subscribe"), 2);

        // After a reconnect both keep their local ids, one eth_subscribe renews them.
        const auto secondId = second->localId();
        const auto thirdId = third->localId();
        QSignalSpy secondBack(second.get(), &Subscription::reconnected);
        QSignalSpy thirdBack(third.get(), &Subscription::reconnected);
        server.dropConnections();
        QTRY_COMPARE(secondBack.count(), 1);
        QTRY_COMPARE(thirdBack.count(), 1);
        QCOMPARE(second->localId(), secondId);
        QCOMPARE(third->localId(), thirdId);
        QCOMPARE(server.liveSubscriptions("newHeads"), 1);
        QCOMPARE(server.liveSubscriptions("logs"), 1);
        QCOMPARE(count(server.receivedMethods(), "eth_subscribe"), 4);
        QSignalSpy thirdHeads(third.get(), &Subscription::notification);
        server.notify("newHeads", QJsonObject{{"number", "0x3"}});
        QTRY_COMPARE(secondHeads.count(), 3);
        QTRY_COMPARE(thirdHeads.count(), 1);

        // The last one gone (destroyed, then unsubscribed): the server is told.
        third.reset();
        QCOMPARE(count(server.receivedMethods(), "eth_unsubscribe"), 0);
        QVERIFY(awaitTask(second->unsubscribe())->ok());
        QCOMPARE(count(server.receivedMethods(), "eth_unsubscribe"), 1);
        QCOMPARE(server.liveSubscriptions("newHeads"), 0);
        QCOMPARE(server.liveSubscriptions("logs"), 1);
        server.notify("newHeads", QJsonObject{{"number", "0x4"}});
        server.notify("logs", QJsonObject{{"logIndex", "0x0"}});
        QTRY_COMPARE(logNotes.count(), 1); // sent after the newHeads one
        QCOMPARE(secondHeads.count(), 3);
    }

    void subscribersWaitingTogetherShareTheAnswer()
    {
        TestWsServer server;
        WsTransport transport(server.url(), quickSettings());
        // Both ask before the link is up: one eth_subscribe answers both.
        auto first = transport.subscribe(QJsonArray{"newHeads"}, {});
        auto second = transport.subscribe(QJsonArray{"newHeads"}, {});
        auto firstResult = awaitTask(std::move(first));
        auto secondResult = awaitTask(std::move(second));
        QVERIFY(firstResult->ok() && secondResult->ok());
        QCOMPARE(count(server.receivedMethods(), "eth_subscribe"), 1);
        // Cancelling a waiting subscriber settles it alone.
        auto subscription = std::move(*firstResult).value();
        CancelSource cancel;
        auto logs = transport.subscribe(QJsonArray{"logs"}, cancel.token());
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(logs))->error().kind, ErrorKind::Cancelled);
        // Its eth_subscribe was answered for nobody: unsubscribed again.
        QTRY_COMPARE(count(server.receivedMethods(), "eth_unsubscribe"), 1);
        QCOMPARE(server.liveSubscriptions("logs"), 0);
        QCOMPARE(subscription->state(), ConnectionState::Connected);
    }

    void oneOversizedFrameFailsPreciselyWithBoundedMemory()
    {
        HostileWsServer server(HostileWsServer::Behaviour::OversizedFrame);
        auto settings = quickSettings();
        settings.maxMessageBytes = 64 * 1024;
        settings.attemptsBeforeFailingCalls = 2;
        WsTransport transport(server.url(), settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Protocol);
        QVERIFY2(QString::fromStdString(result->error().message).contains("close code 1009"),
                 result->error().message.c_str());
        QCOMPARE(server.handshakes(), 2);
        // Refused from its header: of the 1.5 GiB announced only the first kilobyte was ever
        // sent, so nothing waited for (or buffered) the rest.
        QVERIFY(server.frameBytesSent() < 4 * 1024);
    }

    void endlessContinuationFramesEndAtTheMessageLimit()
    {
        HostileWsServer server(HostileWsServer::Behaviour::EndlessContinuation);
        auto settings = quickSettings();
        settings.maxMessageBytes = 64 * 1024;
        settings.attemptsBeforeFailingCalls = 1;
        WsTransport transport(server.url(), settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Protocol);
        QVERIFY2(QString::fromStdString(result->error().message).contains("close code 1009"),
                 result->error().message.c_str());
        // Each frame is small, the message is not: the client gave up once the fragments passed
        // the message limit instead of collecting the server's 64 MiB.
        QVERIFY2(server.frameBytesSent() < 8 * 1024 * 1024,
                 QByteArray::number(server.frameBytesSent()).constData());
    }

    void aMalformedFrameIsAProtocolViolation()
    {
        HostileWsServer server(HostileWsServer::Behaviour::GarbageFrame);
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 1;
        WsTransport transport(server.url(), settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Protocol);
    }

    void aRejectedHandshakeIsAProtocolViolation()
    {
        HostileWsServer server(HostileWsServer::Behaviour::RejectHandshake);
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 1;
        WsTransport transport(server.url(), settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Protocol);
        QVERIFY2(QString::fromStdString(result->error().message).contains("handshake"),
                 result->error().message.c_str());
    }

    void handshakesDoNotResetTheBackoffOfAMisbehavingServer()
    {
        HostileWsServer server(HostileWsServer::Behaviour::CloseAfterHandshake);
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 4;
        WsTransport transport(server.url(), settings);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Transport);
        // Four handshakes, yet four failures in a row: no handshake reset the count (and with
        // it the backoff, which grows with the same count).
        QVERIFY2(QString::fromStdString(result->error().message)
                     .contains("(4 failed attempts in a row)"),
                 result->error().message.c_str());
        QCOMPARE(server.handshakes(), 4);
    }

    void aMisbehavingServerFailsCallsThroughTheWholeStack()
    {
        HostileWsServer server(HostileWsServer::Behaviour::CloseAfterHandshake);
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 4;
        // Retry and a deadline far away: the call ends by the link's verdict, each retry
        // failing at once while the link keeps failing, with the precise error.
        TimeoutSettings deadline;
        deadline.timeout = 60s;
        RetrySettings retry;
        retry.backoff = Backoff{10ms, 40ms, 2.0, 0.0};
        RetryLayer stack(std::make_unique<TimeoutLayer>(
                             std::make_unique<WsTransport>(server.url(), settings), deadline),
                         retry);
        QSignalSpy retrying(&stack, &RetryLayer::retrying);
        auto result = awaitTask(stack.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::Transport);
        QVERIFY2(
            QString::fromStdString(result->error().message).contains("failed attempts in a row"),
            result->error().message.c_str());
        QCOMPARE(retrying.count(), retry.maxAttempts - 1);
    }

    void aHealthyExchangeResetsTheFailureCount()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString& method, const QJsonArray&) { return answer(method); });
        auto settings = quickSettings();
        settings.attemptsBeforeFailingCalls = 2;
        WsTransport transport(server.url(), settings);
        QSignalSpy reconnected(&transport, &WsTransport::reconnected);
        for (int round = 0; round < 3; ++round) {
            // One loss after an answered call is one failure, never two in a row.
            QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
            server.dropConnections();
            QTRY_COMPARE(reconnected.count(), round + 1);
        }
        QVERIFY(awaitTask(transport.request(RpcRequest("eth_chainId")))->ok());
    }

    void closeIsAwaitableAndEndsEverything()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString&, const QJsonArray&) { return TestWsServer::Answer{}; });
        WsTransport transport(server.url(), quickSettings());
        auto heads = subscribe(transport, "newHeads");
        QVERIFY(heads);
        auto pending = transport.request(RpcRequest("eth_call"));
        QTRY_COMPARE(server.received().size(), 2);
        QVERIFY(testing::awaitDone(transport.close(), 3s));
        QCOMPARE(transport.state(), ConnectionState::Closed);
        QCOMPARE(awaitTask(std::move(pending))->error().kind, ErrorKind::Cancelled);
        QCOMPARE(heads->state(), ConnectionState::Closed);
        QTRY_COMPARE(server.openConnections(), 0);
        QCOMPARE(awaitTask(transport.request(RpcRequest("eth_call")))->error().kind,
                 ErrorKind::Cancelled);
    }

    void destroyingTheTransportEndsItsSubscriptions()
    {
        TestWsServer server;
        server.setRpcHandler(
            [](const QString&, const QJsonArray&) { return TestWsServer::Answer{}; });
        auto transport = std::make_unique<WsTransport>(server.url(), quickSettings());
        auto heads = subscribe(*transport, "newHeads");
        QVERIFY(heads);
        QSignalSpy errors(heads.get(), &Subscription::error);
        auto pending = transport->request(RpcRequest("eth_call"));
        QTRY_COMPARE(server.received().size(), 2);
        transport.reset();
        QCOMPARE(heads->state(), ConnectionState::Closed);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(awaitTask(std::move(pending))->error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE(server.openConnections(), 0);
        heads.reset(); // outliving its transport is harmless
    }
};

QTEST_GUILESS_MAIN(TestWs)
#include "tst_ws.moc"
