// SPDX-License-Identifier: MIT
// HttpTransport against an in-process HTTP server, with both engines (our sockets, and
// QNetworkAccessManager): keep-alive, compression, every failure the server can produce,
// deadlines, cancellation, batches, TLS verification.
#include "TestSupport.h"
#include "rpc/HttpTransport.h"
#include "rpc/MethodPolicy.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"
#include "rpc/support/TestHttpProxy.h"
#include "rpc/support/TestHttpServer.h"

#include <QJsonDocument>
#include <QNetworkProxyFactory>
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

// The JSON-RPC answer to the call in `exchange`, with `result`.
QByteArray answerTo(const testing::HttpExchange& exchange, const QJsonValue& result)
{
    const auto id = QJsonDocument::fromJson(exchange.body).object().value("id");
    return QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}})
        .toJson(QJsonDocument::Compact);
}

// A response carrying `body`, whose Content-Length is off by `lengthError`.
QByteArray responseWith(const QByteArray& body, qsizetype lengthError = 0)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size() + lengthError) + "\r\n\r\n" + body;
}

// Answers every call with `result`, on a raw reply (so tests can change it afterwards).
HttpReply plainAnswer(const testing::HttpExchange& exchange, const QJsonValue& result)
{
    HttpReply reply;
    reply.raw = responseWith(answerTo(exchange, result));
    return reply;
}

// Restores Qt's process-wide proxy settings when a test ends.
struct ProxySettingsGuard
{
    ~ProxySettingsGuard()
    {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        qunsetenv("http_proxy");
    }
};

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
                qMakePair(QByteArray("Retry-After"), QByteArray(status == 503 ? "2" : "20")));
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
        QCOMPARE(limited->error().retryAfter, std::optional(20'000ms));
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
        QCOMPARE(result->error().kind, ErrorKind::ResponseTooLarge);
        QVERIFY2(contains(result->error(), "exceeds the limit of 4096 bytes"),
                 result->error().message.c_str());
    }

    // A dropped or truncated answer is a broken connection; bytes that are not HTTP break
    // the protocol (QNetworkAccessManager reports them as the connection closing).
    void brokenAnswersAreTypedErrors_data()
    {
        QTest::addColumn<HttpEngineKind>("engine");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind");
        for (const auto& [name, engine] : {std::pair{"sockets", HttpEngineKind::Sockets},
                                           std::pair{"qtnetwork", HttpEngineKind::QtNetwork}}) {
            QTest::newRow((std::string(name) + " drop").c_str())
                << engine << int(HttpReply::Mode::Drop) << int(ErrorKind::Transport);
            QTest::newRow((std::string(name) + " truncate").c_str())
                << engine << int(HttpReply::Mode::Truncate) << int(ErrorKind::Transport);
            QTest::newRow((std::string(name) + " garbage").c_str())
                << engine << int(HttpReply::Mode::Garbage)
                << int(engine == HttpEngineKind::Sockets ? ErrorKind::Protocol
                                                         : ErrorKind::Transport);
        }
    }
    void brokenAnswersAreTypedErrors()
    {
        QFETCH(HttpEngineKind, engine);
        QFETCH(int, mode);
        QFETCH(int, kind);
        TestHttpServer server;
        server.setHandler([mode](const testing::HttpExchange& exchange) {
            auto reply = TestHttpServer::rpcReply(exchange, echoMethod);
            reply.mode = static_cast<HttpReply::Mode>(mode);
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto result = awaitTask(transport->request(RpcRequest("eth_chainId")));
        QVERIFY(result);
        QCOMPARE(result->error().kind, static_cast<ErrorKind>(kind));
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

        // Answers larger than one TLS record and one 64 KiB read, plain and chunked.
        const QString large(300'000, QLatin1Char('l'));
        bool chunked = false;
        server.setHandler([&large, &chunked](const testing::HttpExchange& exchange) {
            auto reply =
                TestHttpServer::rpcReply(exchange, [&large](const QString&, const QJsonArray&) {
                    return TestHttpServer::result(large);
                });
            reply.chunked = chunked;
            return reply;
        });
        for (const bool inChunks : {false, true}) {
            chunked = inChunks;
            auto big = awaitTask(trusted->request(RpcRequest("eth_getLogs")));
            QVERIFY2(big->ok(), big->ok() ? "" : big->error().message.c_str());
            QCOMPARE((*big)->toString(), large);
        }
    }

    // A response followed by more bytes, a Content-Length two bytes short, and a response the
    // parser refuses: each connection is closed, and the next call gets its own answer on a
    // fresh one (before, the leftover bytes were read as the next call's response).
    void leftoverBytesNeverReachTheNextCall_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("kind"); // of the first call's error; -1: it succeeds
        QTest::newRow("bytes after a response") << 0 << -1;
        QTest::newRow("short content length") << 1 << int(ErrorKind::Decode);
        QTest::newRow("failed parse") << 2 << int(ErrorKind::Protocol);
    }
    void leftoverBytesNeverReachTheNextCall()
    {
        QFETCH(int, variant);
        QFETCH(int, kind);
        TestHttpServer server;
        server.setHandler([variant, &server](const testing::HttpExchange& exchange) {
            if (server.requestCount() > 1)
                return plainAnswer(exchange, "fresh");
            const auto body = answerTo(exchange, "first");
            // What is left over looks like an answer to the next call (ids count up).
            auto next = QJsonDocument::fromJson(exchange.body).object();
            const auto stale =
                responseWith(QJsonDocument(QJsonObject{{"jsonrpc", "2.0"},
                                                       {"id", next.value("id").toInt() + 1},
                                                       {"result", "stale"}})
                                 .toJson(QJsonDocument::Compact));
            HttpReply reply;
            if (variant == 0)
                reply.raw = responseWith(body) + stale;
            else if (variant == 1)
                reply.raw = responseWith(body, -2) + stale;
            else
                reply.raw = "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n" + stale;
            return reply;
        });
        auto transport = transportFor(server, HttpEngineKind::Sockets);
        auto first = awaitTask(transport->request(RpcRequest("eth_call")));
        if (kind < 0) {
            QVERIFY2(first->ok(), first->ok() ? "" : first->error().message.c_str());
            QCOMPARE((*first)->toString(), QStringLiteral("first"));
        } else {
            QCOMPARE(first->error().kind, static_cast<ErrorKind>(kind));
        }
        for (int i = 0; i < 2; ++i) {
            auto next = awaitTask(transport->request(RpcRequest("eth_call")));
            QVERIFY2(next->ok(), next->ok() ? "" : next->error().message.c_str());
            QCOMPARE((*next)->toString(), QStringLiteral("fresh"));
        }
        QCOMPARE(server.connectionCount(), 2);
    }

    // A timeout or a cancel in the middle of a response: the rest of it (here, bytes that look
    // like the next call's answer) never reaches the next call.
    void anAbortedResponseIsNotReadByTheNextCall_data()
    {
        QTest::addColumn<bool>("byTimeout");
        QTest::newRow("timeout") << true;
        QTest::newRow("cancel") << false;
    }
    void anAbortedResponseIsNotReadByTheNextCall()
    {
        QFETCH(bool, byTimeout);
        TestHttpServer server;
        server.setHandler([&server](const testing::HttpExchange& exchange) {
            if (server.requestCount() > 1)
                return plainAnswer(exchange, "fresh");
            const auto id = QJsonDocument::fromJson(exchange.body).object().value("id").toInt();
            const auto stale =
                QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id + 1}, {"result", "stale"}})
                    .toJson(QJsonDocument::Compact);
            HttpReply reply;
            // Announces more than it sends, then stays silent.
            reply.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + responseWith(stale);
            return reply;
        });
        TimeoutSettings deadline;
        deadline.timeout = 150ms;
        TimeoutLayer transport(transportFor(server, HttpEngineKind::Sockets), deadline);
        CancelSource cancel;
        auto call = transport.request(RpcRequest("eth_call", {}, cancel.token()));
        if (!byTimeout) {
            QTRY_COMPARE(server.requestCount(), 1);
            QTRY_VERIFY(server.allWritten());
            cancel.cancel();
        }
        auto aborted = awaitTask(std::move(call));
        QCOMPARE(aborted->error().kind, byTimeout ? ErrorKind::Timeout : ErrorKind::Cancelled);
        auto next = awaitTask(transport.request(RpcRequest("eth_call")));
        QVERIFY2(next->ok(), next->ok() ? "" : next->error().message.c_str());
        QCOMPARE((*next)->toString(), QStringLiteral("fresh"));
        QCOMPARE(server.connectionCount(), 2);
    }

    // Hostile framing through the whole engine: each is a precise error, the connection is
    // closed, and the next call succeeds.
    void hostileFramingFailsPreciselyAndTheNextCallWorks_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("chunk size 0x7fffffffffffffff")
            << chunked + "7fffffffffffffff\r\n" + QByteArray(1000, 'a')
            << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 4096 bytes";
        QTest::newRow("unbounded chunk size line") << chunked + QByteArray(1024 * 1024, '1')
                                                   << int(ErrorKind::Protocol) << "chunk size line";
        QTest::newRow("unbounded chunk extension") << chunked + "1;" + QByteArray(1024 * 1024, 'e')
                                                   << int(ErrorKind::Protocol) << "chunk size line";
        QByteArray trailers = chunked + "0\r\n";
        while (trailers.size() < 1024 * 1024)
            trailers += "X-Trailer: 0123456789abcdef\r\n";
        QTest::newRow("unbounded trailers")
            << trailers << int(ErrorKind::Protocol) << "chunk trailers exceed";
        QTest::newRow("blank lines before the status line")
            << QByteArray(1024 * 1024, '\n') << int(ErrorKind::Protocol)
            << "malformed HTTP response";
        QTest::newRow("conflicting content lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n"
                          "1234567")
            << int(ErrorKind::Protocol) << "conflicting Content-Length";
        QTest::newRow("oversized body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n")
            << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 4096 bytes";
    }
    void hostileFramingFailsPreciselyAndTheNextCallWorks()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        QFETCH(QString, message);
        TestHttpServer server;
        server.setHandler([&server, raw](const testing::HttpExchange& exchange) {
            if (server.requestCount() > 1)
                return plainAnswer(exchange, "fresh");
            HttpReply reply;
            reply.raw = raw;
            return reply;
        });
        HttpSettings settings;
        settings.maxResponseBytes = 4096;
        auto transport = transportFor(server, HttpEngineKind::Sockets, settings);
        auto refused = awaitTask(transport->request(RpcRequest("eth_getLogs")));
        QCOMPARE(refused->error().kind, static_cast<ErrorKind>(kind));
        QVERIFY2(QString::fromStdString(refused->error().message).contains(message),
                 refused->error().message.c_str());
        QVERIFY(contains(refused->error(), "127.0.0.1"));
        auto next = awaitTask(transport->request(RpcRequest("eth_call")));
        QVERIFY2(next->ok(), next->ok() ? "" : next->error().message.c_str());
        QCOMPARE((*next)->toString(), QStringLiteral("fresh"));
        QCOMPARE(server.connectionCount(), 2);
    }

    // HTTP 413 and a body over the limit are the one kind a caller halves its range on.
    void tooLargeAnswersAreResponseTooLarge_data() { engines(); }
    void tooLargeAnswersAreResponseTooLarge()
    {
        QFETCH(HttpEngineKind, engine);
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.status = 413;
            reply.reason = "Payload Too Large";
            reply.body = "range too wide";
            return reply;
        });
        auto transport = transportFor(server, engine);
        auto refused = awaitTask(transport->request(RpcRequest("eth_getLogs")));
        QCOMPARE(refused->error().kind, ErrorKind::ResponseTooLarge);
        QCOMPARE(refused->error().code, 413);
        QVERIFY(contains(refused->error(), "HTTP 413"));
        QVERIFY(isRangeTooLargeError(refused->error()));
        QCOMPARE(transport->state(), ConnectionState::Connected);
    }

    void retryAfterIsClampedEndToEnd()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange&) {
            HttpReply reply;
            reply.status = 429;
            reply.reason = "Too Many Requests";
            reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1000000000000")));
            return reply;
        });
        auto transport = transportFor(server, HttpEngineKind::Sockets);
        auto limited = awaitTask(transport->request(RpcRequest("eth_blockNumber")));
        QCOMPARE(limited->error().code, 429);
        QCOMPARE(limited->error().retryAfter, std::optional(kMaxRetryAfter));
    }

    void aBatchAnswerWithADuplicateIdFails()
    {
        TestHttpServer server;
        server.setHandler([](const testing::HttpExchange& exchange) {
            const auto calls = QJsonDocument::fromJson(exchange.body).array();
            QJsonArray answers;
            for (const auto& call : calls)
                answers.append(QJsonObject{
                    {"jsonrpc", "2.0"}, {"id", call.toObject().value("id")}, {"result", "0x1"}});
            answers.append(answers.first());
            HttpReply reply;
            reply.body = QJsonDocument(answers).toJson(QJsonDocument::Compact);
            return reply;
        });
        auto transport = transportFor(server, HttpEngineKind::Sockets);
        auto results =
            awaitTask(transport->batch({RpcRequest("eth_blockNumber"), RpcRequest("eth_chainId")}));
        QCOMPARE(results->size(), 2u);
        for (const auto& result : *results) {
            QCOMPARE(result.error().kind, ErrorKind::Decode);
            QVERIFY(contains(result.error(), "twice"));
        }
    }

    // A host name nothing resolves reaches the loopback server only through the proxy.
    void callsGoThroughTheConfiguredProxy_data()
    {
        QTest::addColumn<HttpEngineKind>("engine");
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("sockets, application proxy") << HttpEngineKind::Sockets << false;
        QTest::newRow("sockets, http_proxy") << HttpEngineKind::Sockets << true;
        QTest::newRow("qtnetwork, application proxy") << HttpEngineKind::QtNetwork << false;
        QTest::newRow("qtnetwork, http_proxy") << HttpEngineKind::QtNetwork << true;
    }
    void callsGoThroughTheConfiguredProxy()
    {
        QFETCH(HttpEngineKind, engine);
        QFETCH(bool, fromEnvironment);
        TestHttpServer server;
        server.setRpcHandler(echoMethod);
        testing::TestHttpProxy proxy;
        ProxySettingsGuard restore;
        if (fromEnvironment) {
            qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        } else {
            QNetworkProxy::setApplicationProxy(proxy.proxy());
        }
        QUrl url = server.url();
        url.setHost(QStringLiteral("rpc.seismic.invalid"));
        HttpSettings settings;
        settings.engine = engine;
        HttpTransport transport(url, settings);
        for (int i = 0; i < 2; ++i) {
            auto result = awaitTask(transport.request(RpcRequest("eth_chainId")));
            QVERIFY2(result->ok(), result->ok() ? "" : result->error().message.c_str());
            QCOMPARE((*result)->toArray().at(0).toString(), QStringLiteral("eth_chainId"));
        }
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(!proxy.targets().isEmpty());
        QCOMPARE(proxy.targets().first(),
                 "rpc.seismic.invalid:" + QByteArray::number(server.url().port()));
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
