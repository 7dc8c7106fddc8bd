// SPDX-License-Identifier: MIT
// HttpTransport against an in-process HTTP server, with both engines (our sockets, and
// QNetworkAccessManager): keep-alive, compression, every failure the server can produce,
// deadlines, cancellation, batches, TLS verification.
#include "TestSupport.h"
#include "rpc/HttpTransport.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestHttpServer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::HttpReply;
using testing::TestHttpServer;

Q_DECLARE_METATYPE(seismic::rpc::HttpEngineKind)

namespace {

std::unique_ptr<HttpTransport> transportFor(const TestHttpServer& server, HttpEngineKind engine,
                                            HttpSettings settings = {})
{
    settings.engine = engine;
    return std::make_unique<HttpTransport>(server.url(), settings);
}

QJsonObject echoMethod(const QString& method, const QJsonArray& params)
{
    return TestHttpServer::result(QJsonArray{method, params});
}

void engines()
{
    QTest::addColumn<HttpEngineKind>("engine");
    QTest::newRow("sockets") << HttpEngineKind::Sockets;
    QTest::newRow("qtnetwork") << HttpEngineKind::QtNetwork;
}

bool contains(const Error& error, const char* text)
{
    return QString::fromStdString(error.message).contains(QLatin1String(text));
}

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsShareOneKeepAliveConnection_data() { engines(); }
    void callsShareOneKeepAliveConnection()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setRpcHandler(echoMethod);
        auto transport = transportFor(server, engine);
        QSignalSpy states(transport.get(), &Transport::stateChanged);
        for (int i = 0; i < 10; ++i) {
            auto result = awaitTask(transport->request(RpcRequest("eth_getBalance", {"0xab", i})));
            QVERIFY(result && result->ok());
            QCOMPARE((*result)->toArray().at(0).toString(), QStringLiteral("eth_getBalance"));
            QCOMPARE((*result)->toArray().at(1).toArray().at(1).toInt(), i);
        }
        QCOMPARE(server.requestCount(), 10);
        QCOMPARE(server.connectionCount(), 1);
        const auto& first = server.exchanges().first();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path, QByteArray("/rpc"));
        QVERIFY(first.headers.value("content-type").startsWith("application/json"));
        QVERIFY(first.headers.value("accept-encoding").contains("gzip"));
        QCOMPARE(transport->state(), ConnectionState::Connected);
        QVERIFY(states.count() >= 1);
    }

    void concurrentCallsUseUpToMaxConnections()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echoMethod);
            reply.delay = 40ms;
            return reply;
        });
        HttpSettings settings;
        settings.maxConnections = 4;
        auto transport = transportFor(server, HttpEngineKind::Sockets, settings);
        testing::LoopWatch watch;
        std::vector<QCoro::Task<Result<QJsonValue>>> calls;
        for (int i = 0; i < 12; ++i)
            calls.push_back(transport->request(RpcRequest("eth_chainId")));
        auto results = awaitTask(whenAll(std::move(calls)));
        QVERIFY(results);
        for (const auto& result : *results)
            QVERIFY(result.ok());
        QCOMPARE(server.connectionCount(), 4);
        QCOMPARE(server.maxInFlight(), 4);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void compressedAndChunkedBodies_data() { engines(); }
    void compressedAndChunkedBodies()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        bool chunked = false;
        server.setHandler([&chunked](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, [](const QString&, const QJsonArray&) {
                return TestHttpServer::result(QString(300, QLatin1Char('7')));
            });
            reply.gzip = !chunked;
            reply.chunked = chunked;
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto gzipped = awaitTask(transport->request(RpcRequest("eth_call")));
        QCOMPARE((*gzipped)->toString(), QString(300, QLatin1Char('7')));
        chunked = true;
        auto pieces = awaitTask(transport->request(RpcRequest("eth_call")));
        QCOMPARE((*pieces)->toString(), QString(300, QLatin1Char('7')));
    }

    void httpErrorsCarryStatusBodyAndRetryAfter_data() { engines(); }
    void httpErrorsCarryStatusBodyAndRetryAfter()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        int status = 503;
        server.setHandler([&status](const testing::HttpExchange&) {
            HttpReply reply;
            reply.status = status;
            reply.reason = status == 503 ? "Service Unavailable" : "Too Many Requests";
            reply.body = status == 503 ? "upstream node is syncing" : "slow down";
            reply.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray(status == 503 ? "2" : "120")));
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto unavailable = awaitTask(transport->request(RpcRequest("eth_blockNumber")));
        const auto& error = unavailable->error();
        QCOMPARE(error.kind, ErrorKind::HttpStatus);
        QCOMPARE(error.code, 503);
        QCOMPARE(error.data, std::string("upstream node is syncing"));
        QVERIFY(contains(error, "HTTP 503"));
        QVERIFY(contains(error, "upstream node is syncing"));
        QCOMPARE(error.retryAfter, std::optional(2000ms));
        QCOMPARE(transport->state(), ConnectionState::Connected); // the server did answer

        status = 429;
        auto limited = awaitTask(transport->request(RpcRequest("eth_blockNumber")));
        QCOMPARE(limited->error().code, 429);
        QCOMPARE(limited->error().retryAfter, std::optional(120'000ms));
    }

    void malformedAndMismatchedAnswersAreDecodeErrors_data() { engines(); }
    void malformedAndMismatchedAnswersAreDecodeErrors()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        QByteArray body;
        server.setHandler([&body](const testing::HttpExchange&) {
            HttpReply reply;
            reply.body = body;
            return reply;
        });
        auto transport = transportFor(server, engine);
        body = R"({"jsonrpc":"2.0","id":1,"result":)";
        auto malformed = awaitTask(transport->request(RpcRequest("eth_chainId")));
        QCOMPARE(malformed->error().kind, ErrorKind::Decode);
        QVERIFY(contains(malformed->error(), "malformed JSON-RPC response"));
        body = R"({"jsonrpc":"2.0","id":424242,"result":"0x1"})";
        auto wrongId = awaitTask(transport->request(RpcRequest("eth_chainId")));
        QCOMPARE(wrongId->error().kind, ErrorKind::Decode);
        QVERIFY(contains(wrongId->error(), "response id 424242 does not match request id 2"));
    }

    void oversizedBodiesFailClearly_data() { engines(); }
    void oversizedBodiesFailClearly()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setRpcHandler([](const QString&, const QJsonArray&) {
            return TestHttpServer::result(QString(20'000, QLatin1Char('f')));
        });
        HttpSettings settings;
        settings.maxResponseBytes = 4096;
        auto transport = transportFor(server, engine, settings);
        auto result = awaitTask(transport->request(RpcRequest("eth_getLogs")));
        QCOMPARE(result->error().kind, ErrorKind::Decode);
        QVERIFY2(contains(result->error(), "exceeds the limit of 4096 bytes"),
                 result->error().message.c_str());
    }

    void brokenConnectionsAreTransportErrors_data()
    {
        QTest::addColumn<HttpEngineKind>("engine");
        QTest::addColumn<int>("mode");
        for (const auto& [name, engine] : {std::pair{"sockets", HttpEngineKind::Sockets},
                                           std::pair{"qtnetwork", HttpEngineKind::QtNetwork}}) {
            QTest::newRow((std::string(name) + " drop").c_str())
                << engine << int(HttpReply::Mode::Drop);
            QTest::newRow((std::string(name) + " truncate").c_str())
                << engine << int(HttpReply::Mode::Truncate);
            QTest::newRow((std::string(name) + " garbage").c_str())
                << engine << int(HttpReply::Mode::Garbage);
        }
    }
    void brokenConnectionsAreTransportErrors()
    {
        QFETCH(HttpEngineKind, engine);
        QFETCH(int, mode);
        TestHttpServer server;
        server.setHandler([mode](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echoMethod);
            reply.mode = static_cast<HttpReply::Mode>(mode);
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto result = awaitTask(transport->request(RpcRequest("eth_chainId")));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Transport);
        QVERIFY(contains(result->error(), "127.0.0.1"));
        QCOMPARE(transport->state(), ConnectionState::Failed);
        QVERIFY(transport->lastError());
        QCOMPARE(transport->lastError()->message, result->error().message);
    }

    void silentServerTimesOutByTheTimeoutLayer_data() { engines(); }
    void silentServerTimesOutByTheTimeoutLayer()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        TimeoutSettings deadline;
        deadline.timeout = 150ms;
        TimeoutLayer transport(transportFor(server, engine), deadline);
        testing::LoopWatch watch;
        auto result = awaitTask(transport.request(RpcRequest("eth_call")));
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QVERIFY(contains(result->error(), "timed out after 150 ms"));
        QTRY_COMPARE(server.abandoned(), 1); // the exchange was aborted, not left open
        QVERIFY(watch.ticks() > 0);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void refusedConnectionsFail_data() { engines(); }
    void refusedConnectionsFail()
    {
        QFETCH(HttpEngineKind, engine);
        QUrl url;
        {
            TestHttpServer gone; // a port that was just free
            url = gone.url();
        }
        HttpSettings settings;
        settings.engine = engine;
        HttpTransport transport(url, settings);
        QSignalSpy states(&transport, &Transport::stateChanged);
        auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
        QCOMPARE(result->error().kind, ErrorKind::ConnectionRefused);
        QVERIFY2(QString::fromStdString(result->error().message)
                     .contains("refused", Qt::CaseInsensitive),
                 result->error().message.c_str());
        QCOMPARE(transport.state(), ConnectionState::Failed);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connecting);
    }

    void cancellationAbortsTheExchange_data() { engines(); }
    void cancellationAbortsTheExchange()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        auto transport = transportFor(server, engine);
        CancelSource cancel;
        auto call = transport->request(RpcRequest("eth_call", {}, cancel.token()));
        QTRY_COMPARE(server.requestCount(), 1);
        cancel.cancel();
        auto result = awaitTask(std::move(call));
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE(server.abandoned(), 1);
    }

    void batchesTravelInOnePost_data() { engines(); }
    void batchesTravelInOnePost()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setRpcHandler([](const QString& method, const QJsonArray&) {
            if (method == QLatin1String("eth_fail"))
                return TestHttpServer::rpcError(-32601, "method not found");
            return TestHttpServer::result(method);
        });
        auto transport = transportFor(server, engine);
        std::vector<RpcRequest> calls{RpcRequest("eth_a"), RpcRequest("eth_fail"),
                                      RpcRequest("eth_c")};
        auto results = awaitTask(transport->batch(std::move(calls)));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(QJsonDocument::fromJson(server.exchanges().first().body).isArray());
        QCOMPARE((*results)[0]->toString(), QStringLiteral("eth_a"));
        QCOMPARE((*results)[1].error().kind, ErrorKind::JsonRpc);
        QCOMPARE((*results)[1].error().code, -32601);
        QCOMPARE((*results)[2]->toString(), QStringLiteral("eth_c"));

        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.body =
                R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"no batches"}})";
            return reply;
        });
        std::vector<RpcRequest> refused{RpcRequest("eth_a"), RpcRequest("eth_b")};
        auto failures = awaitTask(transport->batch(std::move(refused)));
        QCOMPARE((*failures)[0].error().message, std::string("no batches"));
        QCOMPARE((*failures)[1].error().code, -32600);
    }

    void deadKeepAliveConnectionsAreReplaced()
    {
        TestHttpServer server;
        server.setRpcHandler(echoMethod);
        auto transport = transportFor(server, HttpEngineKind::Sockets);
        QVERIFY(awaitTask(transport->request(RpcRequest("eth_chainId")))->ok());
        // The server closes the idle connection; the client has not noticed yet.
        server.closeIdleConnections();
        auto again = awaitTask(transport->request(RpcRequest("eth_chainId")));
        QVERIFY2(again->ok(), again->ok() ? "" : again->error().message.c_str());
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.requestCount(), 2);

        server.closeIdleConnections();
        // Whether a send was received cannot be known: it is not sent a second time.
        auto send = awaitTask(transport->request(RpcRequest("eth_sendRawTransaction", {"0x01"})));
        QCOMPARE(send->error().kind, ErrorKind::Transport);
        QCOMPARE(server.requestCount(), 2);
        // The next call opens a fresh connection.
        QVERIFY(awaitTask(transport->request(RpcRequest("eth_chainId")))->ok());
        QCOMPARE(server.connectionCount(), 3);
    }

    void tlsPeersAreVerified_data() { engines(); }
    void tlsPeersAreVerified()
    {
        QFETCH(HttpEngineKind, engine);
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                       "-nodes", "-keyout", dir.filePath("key.pem"), "-out",
                       dir.filePath("cert.pem"), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext",
                       "subjectAltName=IP:127.0.0.1"});
        QVERIFY2(openssl.waitForFinished(20'000) && openssl.exitCode() == 0,
                 "openssl could not create a test certificate");
        QFile certFile(dir.filePath("cert.pem"));
        QFile keyFile(dir.filePath("key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll());
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!certificate.isNull() && !key.isNull());
        auto serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(certificate);
        serverTls.setPrivateKey(key);
        serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        TestHttpServer server(serverTls);
        server.setRpcHandler(echoMethod);
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        // A self-signed certificate is refused.
        auto untrusted = transportFor(server, engine);
        auto refused = awaitTask(untrusted->request(RpcRequest("eth_chainId")));
        QCOMPARE(refused->error().kind, ErrorKind::TlsCertificate);
        QVERIFY2(QString::fromStdString(refused->error().message)
                     .contains("certificate", Qt::CaseInsensitive),
                 refused->error().message.c_str());
        QCOMPARE(server.requestCount(), 0);

        // Trusting it explicitly works, with verification still on.
        HttpSettings settings;
        auto trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates({certificate});
        settings.tls = trust;
        auto trusted = transportFor(server, engine, settings);
        auto accepted = awaitTask(trusted->request(RpcRequest("eth_chainId")));
        QVERIFY2(accepted->ok(), accepted->ok() ? "" : accepted->error().message.c_str());
        QCOMPARE(server.requestCount(), 1);
    }

    void closedTransportsRefuseCalls_data() { engines(); }
    void closedTransportsRefuseCalls()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto pending = transport->request(RpcRequest("eth_call"));
        QTRY_COMPARE(server.requestCount(), 1);
        QVERIFY(testing::awaitDone(transport->close()));
        auto result = awaitTask(std::move(pending));
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QCOMPARE(transport->state(), ConnectionState::Closed);
        auto after = awaitTask(transport->request(RpcRequest("eth_call")));
        QCOMPARE(after->error().kind, ErrorKind::Cancelled);
        QVERIFY(contains(after->error(), "is closed"));
        QTRY_COMPARE(server.abandoned(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
