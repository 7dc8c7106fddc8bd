// SPDX-License-Identifier: MIT
// Connection failures reported by kind, as soon as the operating system or the TLS layer
// reports them: a refused port, a host name that does not resolve, an untrusted certificate;
// over HTTP (both engines) and WebSocket, through the standard stack (Retry -> Timeout -> Pool
// -> transports, what ClientOptions builds). The stack's deadline is set to a minute while each
// test waits at most awaitTask's ten seconds: an error that arrives came from the socket, not
// from a deadline. No wall-clock bound is asserted.
#include "TestSupport.h"
#include "rpc/RetryLayer.h"
#include "rpc/TransportStack.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestTlsServer.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTcpServer>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::TestTlsServer;

namespace {

// A port on 127.0.0.1 nothing listens on: bound by the kernel's choice, then released.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("cannot bind a probe port");
    return probe.serverPort();
}

// A name in the reserved .invalid domain, longer in total (312 octets) than DNS allows (253):
// the C library refuses it without asking any resolver, so the failure is immediate and the
// same with or without a network (a plain "x.invalid" would wait for the configured resolver's
// NXDOMAIN, or its timeout on a machine without one). Each label stays within 63 octets, so
// QUrl accepts it.
QString unresolvableHost()
{
    const QString label(60, QLatin1Char('a'));
    return QStringList(5, label).join(QLatin1Char('.')) + QStringLiteral(".invalid");
}

StackSettings stackSettings(HttpEngineKind engine = HttpEngineKind::Sockets)
{
    StackSettings settings;          // the defaults ClientOptions uses...
    settings.timeout->timeout = 60s; // ...with a deadline no test waits for
    settings.endpoint.http.engine = engine;
    return settings;
}

std::unique_ptr<Transport> stackFor(const QList<QUrl>& urls, const StackSettings& settings)
{
    auto stack = makeTransportStack(urls, settings);
    if (!stack)
        qFatal("%s", stack.error().describe().c_str());
    return std::move(stack).value();
}

Error failureOf(Transport& transport)
{
    auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
    if (!result)
        return makeError(ErrorKind::Timeout, "the test gave up waiting");
    if (result->ok())
        return makeError(ErrorKind::InvalidArgument, "unexpected success");
    return result->error();
}

QString messageOf(const Error& error)
{
    return QString::fromStdString(error.describe());
}

} // namespace

class TestConnectionErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedConnectionIsReportedAsSuch_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("engine");
        QTest::newRow("http sockets") << "http" << int(HttpEngineKind::Sockets);
        QTest::newRow("http qtnetwork") << "http" << int(HttpEngineKind::QtNetwork);
        QTest::newRow("ws") << "ws" << int(HttpEngineKind::Sockets);
    }

    void refusedConnectionIsReportedAsSuch()
    {
        QFETCH(QString, scheme);
        QFETCH(int, engine);
        const QUrl url(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(closedPort()));
        auto stack = stackFor({url}, stackSettings(HttpEngineKind(engine)));
        auto* retry = qobject_cast<RetryLayer*>(stack.get());
        QVERIFY(retry);
        QSignalSpy retrying(retry, &RetryLayer::retrying);
        const auto error = failureOf(*stack);
        QCOMPARE(error.kind, ErrorKind::ConnectionRefused);
        QVERIFY2(messageOf(error).contains(url.toString()), qPrintable(messageOf(error)));
        // Worth the retry layer's few quick tries: a node may be restarting.
        QCOMPARE(retrying.count(), RetrySettings{}.maxAttempts - 1);
    }

    void aPoolEndsWithThePreciseLastError()
    {
        const QUrl http(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        const QUrl ws(QStringLiteral("ws://127.0.0.1:%1").arg(closedPort()));
        auto stack = stackFor({http, ws}, stackSettings());
        const auto error = failureOf(*stack);
        QCOMPARE(error.kind, ErrorKind::ConnectionRefused);
        QVERIFY2(messageOf(error).contains("all 2 endpoints failed"), qPrintable(messageOf(error)));
    }

    void unresolvableHostIsReportedAtOnce_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("engine");
        QTest::newRow("http sockets") << "http" << int(HttpEngineKind::Sockets);
        QTest::newRow("https qtnetwork") << "https" << int(HttpEngineKind::QtNetwork);
        QTest::newRow("ws") << "ws" << int(HttpEngineKind::Sockets);
    }

    void unresolvableHostIsReportedAtOnce()
    {
        QFETCH(QString, scheme);
        QFETCH(int, engine);
        const QUrl url(QStringLiteral("%1://%2:8545").arg(scheme, unresolvableHost()));
        QVERIFY2(url.isValid() && !url.host().isEmpty(), qPrintable(url.errorString()));
        auto stack = stackFor({url}, stackSettings(HttpEngineKind(engine)));
        QSignalSpy retrying(qobject_cast<RetryLayer*>(stack.get()), &RetryLayer::retrying);
        const auto error = failureOf(*stack);
        QCOMPARE(error.kind, ErrorKind::HostNotFound);
        QVERIFY2(messageOf(error).contains(".invalid"), qPrintable(messageOf(error)));
        QCOMPARE(retrying.count(), 0); // waiting does not make a name resolve
    }

    void untrustedCertificateIsReportedAtOnce_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("engine");
        QTest::newRow("https sockets") << "https" << int(HttpEngineKind::Sockets);
        QTest::newRow("https qtnetwork") << "https" << int(HttpEngineKind::QtNetwork);
        QTest::newRow("wss") << "wss" << int(HttpEngineKind::Sockets);
    }

    void untrustedCertificateIsReportedAtOnce()
    {
        QFETCH(QString, scheme);
        QFETCH(int, engine);
        TestTlsServer server;
        auto stack = stackFor({server.url(scheme)}, stackSettings(HttpEngineKind(engine)));
        QSignalSpy retrying(qobject_cast<RetryLayer*>(stack.get()), &RetryLayer::retrying);
        const auto error = failureOf(*stack);
        QCOMPARE(error.kind, ErrorKind::TlsCertificate);
        // The certificate's problem, in the TLS library's words.
        QVERIFY2(messageOf(error).contains("self-signed", Qt::CaseInsensitive),
                 qPrintable(messageOf(error)));
        QCOMPARE(retrying.count(), 0);
    }

    void errorsNameTheEndpointWithoutSecrets_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("http") << "http";
        QTest::newRow("ws") << "ws";
    }

    void errorsNameTheEndpointWithoutSecrets()
    {
        QFETCH(QString, scheme);
        const auto port = closedPort();
        const QUrl url(QStringLiteral("%1://user:hunter2@127.0.0.1:%2/v2/KEY123?apikey=KEY456")
                           .arg(scheme)
                           .arg(port));
        auto stack = stackFor({url}, stackSettings());
        const auto text = messageOf(failureOf(*stack));
        QVERIFY2(text.contains(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port)),
                 qPrintable(text));
        for (const char* secret : {"user", "hunter2", "KEY123", "KEY456"})
            QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        QVERIFY(!stack->describe().contains(QLatin1String("KEY")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "tst_connection_errors.moc"
