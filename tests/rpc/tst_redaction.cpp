// SPDX-License-Identifier: MIT
// An endpoint URL carrying credentials and API keys ("user:password@", "/v2/KEY", "?apikey=")
// in every error path of the transports: an HTTP error status, an answer that is no HTTP, a
// timeout, a refused connection (both HTTP engines), a WebSocket handshake refused, a protocol
// violation, a connection closed. Each error names the endpoint by scheme, host and port only.
#include "TestSupport.h"
#include "core/EndpointName.h"
#include "rpc/TransportStack.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/HostileWsServer.h"
#include "rpc/support/TestHttpServer.h"

#include <QTcpServer>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HostileWsServer;
using testing::HttpReply;
using testing::TestHttpServer;

namespace {

const QStringList kSecrets = {QStringLiteral("alice"), QStringLiteral("hunter2"),
                              QStringLiteral("KEY123"), QStringLiteral("KEY456"),
                              QStringLiteral("apikey")};

// `base` with credentials in the user info, the path and the query.
QUrl withSecrets(QUrl base)
{
    base.setUserInfo(QStringLiteral("alice:hunter2"));
    base.setPath(QStringLiteral("/v2/KEY123"));
    base.setQuery(QStringLiteral("apikey=KEY456"));
    return base;
}

// The error of one call through the standard stack, without retries, with a short deadline.
Error failureAt(const QUrl& url, HttpEngineKind engine = HttpEngineKind::Sockets)
{
    StackSettings settings;
    settings.retry.reset();
    settings.timeout->timeout = 300ms;
    settings.endpoint.http.engine = engine;
    auto stack = makeTransportStack({url}, settings);
    if (!stack)
        return stack.error();
    auto result = awaitTask((*stack)->request(RpcRequest("eth_chainId")));
    if (!result)
        return makeError(ErrorKind::Unsupported, "the test gave up waiting");
    if (result->ok())
        return makeError(ErrorKind::Unsupported, "unexpected success");
    return result->error();
}

void verifyRedacted(const Error& error, const QUrl& url)
{
    const QString text = QString::fromStdString(error.describe() + " " + error.data);
    QVERIFY2(error.kind != ErrorKind::Unsupported, qPrintable(text));
    QVERIFY2(text.contains(endpointName(url)), qPrintable(text));
    for (const QString& secret : kSecrets)
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpErrors_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        for (const auto& [engineName, engine] :
             {std::pair{"sockets", HttpEngineKind::Sockets},
              std::pair{"qtnetwork", HttpEngineKind::QtNetwork}}) {
            QTest::addRow("%s: 401", engineName)
                << int(engine) << int(HttpReply::Mode::Normal) << 401;
            QTest::addRow("%s: 503", engineName)
                << int(engine) << int(HttpReply::Mode::Normal) << 503;
            QTest::addRow("%s: garbage", engineName)
                << int(engine) << int(HttpReply::Mode::Garbage) << 200;
            QTest::addRow("%s: hang", engineName)
                << int(engine) << int(HttpReply::Mode::Hang) << 200;
            QTest::addRow("%s: drop", engineName)
                << int(engine) << int(HttpReply::Mode::Drop) << 200;
        }
    }

    void httpErrors()
    {
        QFETCH(int, engine);
        QFETCH(int, mode);
        QFETCH(int, status);
        TestHttpServer server;
        server.setHandler([mode, status](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode(mode);
            reply.status = status;
            reply.reason = "Nope";
            reply.body = "no access for this key";
            return reply;
        });
        const QUrl url = withSecrets(server.url());
        verifyRedacted(failureAt(url, HttpEngineKind(engine)), url);
    }

    void refusedConnections_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("engine");
        QTest::newRow("http sockets") << "http" << int(HttpEngineKind::Sockets);
        QTest::newRow("http qtnetwork") << "http" << int(HttpEngineKind::QtNetwork);
        QTest::newRow("ws") << "ws" << int(HttpEngineKind::Sockets);
    }

    void refusedConnections()
    {
        QFETCH(QString, scheme);
        QFETCH(int, engine);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl url =
            withSecrets(QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port)));
        // Refused, or past the short deadline when the WebSocket handshake is slower to fail.
        verifyRedacted(failureAt(url, HttpEngineKind(engine)), url);
    }

    void webSocketErrors_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::newRow("handshake refused") << int(HostileWsServer::Behaviour::RejectHandshake);
        QTest::newRow("garbage frame") << int(HostileWsServer::Behaviour::GarbageFrame);
        QTest::newRow("closed") << int(HostileWsServer::Behaviour::CloseAfterHandshake);
    }

    void webSocketErrors()
    {
        QFETCH(int, behaviour);
        HostileWsServer server{HostileWsServer::Behaviour(behaviour)};
        const QUrl url = withSecrets(server.url());
        verifyRedacted(failureAt(url), url);
    }

    void unusableUrls()
    {
        const QUrl noHost(QStringLiteral("https://alice:hunter2@/v2/KEY123?apikey=KEY456"));
        auto stack = makeTransportStack({noHost}, StackSettings());
        QVERIFY(!stack);
        const QString text = QString::fromStdString(stack.error().describe());
        for (const QString& secret : kSecrets)
            QVERIFY2(!text.contains(secret), qPrintable(text));

        const QUrl ftp(QStringLiteral("ftp://alice:hunter2@files.example/v2/KEY123?apikey=KEY456"));
        stack = makeTransportStack({ftp}, StackSettings());
        QVERIFY(!stack);
        verifyRedacted(stack.error(), ftp);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
