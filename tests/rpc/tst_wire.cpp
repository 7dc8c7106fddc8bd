// SPDX-License-Identifier: MIT
// JSON-RPC encoding and decoding, the retry/idempotency policies, the HTTP/1.1 response parser,
// gzip and Retry-After: pure functions, no event loop.
#include "TestSupport.h"
#include "rpc/Gzip.h"
#include "rpc/HttpResponse.h"
#include "rpc/HttpResponseParser.h"
#include "rpc/JsonRpc.h"
#include "rpc/MethodPolicy.h"
#include "rpc/support/TestHttpServer.h"

#include <QJsonDocument>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using ParseStatus = HttpResponseParser::Status;

namespace {

Error rpcError(int code, std::string message)
{
    Error error = makeError(ErrorKind::JsonRpc, std::move(message));
    error.code = code;
    return error;
}

Error httpError(int status)
{
    Error error = makeError(ErrorKind::HttpStatus, "HTTP " + std::to_string(status));
    error.code = status;
    return error;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesRequestsAndBatches()
    {
        QCOMPARE(encodeRequest(7, "eth_blockNumber", {}),
                 QByteArray(R"({"jsonrpc":"2.0","id":7,"method":"eth_blockNumber","params":[]})"));
        QCOMPARE(
            encodeRequest(1, "eth_getBalance", {"0xab", "latest"}),
            QByteArray(
                R"({"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0xab","latest"]})"));
        // Unusual method names are escaped, not pasted.
        const auto odd = QJsonDocument::fromJson(encodeRequest(2, "we\"ird", {}));
        QCOMPARE(odd.object().value("method").toString(), QStringLiteral("we\"ird"));
        const auto batch = QJsonDocument::fromJson(
            encodeBatch(10, {RpcRequest("eth_chainId"), RpcRequest("net_version")}));
        QVERIFY(batch.isArray());
        QCOMPARE(batch.array().size(), 2);
        QCOMPARE(batch.array().at(1).toObject().value("id").toInt(), 11);
    }

    void decodesResultsAndErrors()
    {
        auto ok = decodeResponse(R"({"jsonrpc":"2.0","id":3,"result":"0x10"})", 3);
        QVERIFY(ok.ok());
        QCOMPARE(ok->toString(), QStringLiteral("0x10"));
        auto nullResult = decodeResponse(R"({"jsonrpc":"2.0","id":3,"result":null})", 3);
        QVERIFY(nullResult.ok() && nullResult->isNull());

        auto reverted = decodeResponse(
            R"({"jsonrpc":"2.0","id":4,"error":{"code":3,"message":"execution reverted","data":"0x08c379a0"}})",
            4);
        QCOMPARE(reverted.error().kind, ErrorKind::JsonRpc);
        QCOMPARE(reverted.error().code, 3);
        QCOMPARE(reverted.error().message, std::string("execution reverted"));
        QCOMPARE(reverted.error().data, std::string("0x08c379a0")); // a string stays raw

        auto structured = decodeResponse(
            R"({"id":5,"error":{"code":-32000,"message":"x","data":{"reason":"r","n":[1,2]}}})", 5);
        QCOMPARE(structured.error().data, std::string(R"({"n":[1,2],"reason":"r"})"));
    }

    void rejectsBadResponsesPrecisely_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\"id\":1,") << "malformed JSON-RPC response";
        QTest::newRow("not an object") << QByteArray("[1]") << "is not an object";
        QTest::newRow("wrong id") << QByteArray(R"({"id":2,"result":1})")
                                  << "response id 2 does not match request id 1";
        QTest::newRow("string id")
            << QByteArray(R"({"id":"1","result":1})") << "response id \"1\" does not match";
        QTest::newRow("no id") << QByteArray(R"({"result":1})") << "response id missing";
        QTest::newRow("empty") << QByteArray(R"({"id":1})") << "neither result nor error";
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>")
                              << "<html>502 Bad Gateway</html>";
    }
    void rejectsBadResponsesPrecisely()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto result = decodeResponse(body, 1);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Decode);
        QVERIFY2(QString::fromStdString(result.error().message).contains(message),
                 result.error().message.c_str());
    }

    void parseErrorWithNullIdIsReported()
    {
        auto result = decodeResponse(
            R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})", 9);
        QCOMPARE(result.error().kind, ErrorKind::JsonRpc);
        QCOMPARE(result.error().code, -32700);
    }

    void batchResponsesAreMatchedById()
    {
        const auto results = decodeBatchResponse(
            R"([{"id":12,"result":"c"},{"id":10,"result":"a"},{"id":99,"result":"stray"}])", 10, 3);
        QCOMPARE(results.size(), 3u);
        QCOMPARE(results[0]->toString(), QStringLiteral("a"));
        QCOMPARE(results[1].error().kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(results[1].error().message).contains("no entry for id 11"));
        QCOMPARE(results[2]->toString(), QStringLiteral("c"));

        const auto refused = decodeBatchResponse(
            R"({"id":null,"error":{"code":-32600,"message":"batch requests are disabled"}})", 1, 2);
        QCOMPARE(refused.size(), 2u);
        for (const auto& result : refused) {
            QCOMPARE(result.error().kind, ErrorKind::JsonRpc);
            QCOMPARE(result.error().code, -32600);
        }
        const auto broken = decodeBatchResponse("[", 1, 2);
        QCOMPARE(broken[1].error().kind, ErrorKind::Decode);
    }

    // Found by fuzz_jsonrpc_response: an id of 2^64 or more was cast to an integer (undefined
    // behaviour, reported by UBSan in the sanitizer build).
    void idsBeyondTwoTo64AreMismatches()
    {
        for (const char* id : {"18446744073709551616", "18446744073709551615", "1e300", "-1"}) {
            const QByteArray body = QByteArray(R"({"id":)") + id + R"(,"result":1})";
            QCOMPARE(responseId(QJsonDocument::fromJson(body).object()), std::nullopt);
            const auto single = decodeResponse(body, 1);
            QCOMPARE(single.error().kind, ErrorKind::Decode);
            QVERIFY2(QString::fromStdString(single.error().message).contains("does not match"),
                     single.error().message.c_str());
            const auto batch = decodeBatchResponse("[" + QByteArray(body) + "]", 1, 1);
            QCOMPARE(batch[0].error().kind, ErrorKind::Decode);
        }
        QCOMPARE(responseId(QJsonDocument::fromJson(R"({"id":9007199254740992})").object()),
                 std::optional<std::uint64_t>(std::uint64_t(1) << 53));
    }

    void idempotencyPolicy()
    {
        for (const char* method : {"eth_call", "eth_getBalance", "eth_blockNumber", "eth_getLogs",
                                   "eth_getTransactionReceipt", "eth_chainId"})
            QVERIFY2(isIdempotentMethod(method), method);
        for (const char* method :
             {"eth_sendRawTransaction", "eth_sendTransaction", "eth_sendBundle", "eth_subscribe",
              "eth_newFilter", "eth_getFilterChanges", "evm_mine", "anvil_setBalance"})
            QVERIFY2(!isIdempotentMethod(method), method);
    }

    void retryPolicy()
    {
        QVERIFY(isRetryableError(makeError(ErrorKind::Transport, "reset")));
        QVERIFY(isRetryableError(makeError(ErrorKind::Timeout, "slow")));
        for (int status : {408, 425, 429, 500, 502, 503, 504})
            QVERIFY(isRetryableError(httpError(status)));
        for (int status : {400, 401, 404, 413})
            QVERIFY(!isRetryableError(httpError(status)));
        QVERIFY(isRetryableError(rpcError(-32005, "limit exceeded")));
        QVERIFY(isRetryableError(rpcError(-32000, "Too Many Requests, slow down")));
        QVERIFY(isRetryableError(rpcError(429, "busy")));
        QVERIFY(!isRetryableError(rpcError(3, "execution reverted")));
        QVERIFY(!isRetryableError(rpcError(-32602, "invalid params")));
        QVERIFY(!isRetryableError(makeError(ErrorKind::Decode, "bad")));
        QVERIFY(!isRetryableError(makeError(ErrorKind::Cancelled, "stop")));
        // -32005 about the size of a result is a range problem, not a rate limit.
        const auto tooMany = rpcError(-32005, "query returned more than 10000 results");
        QVERIFY(!isRateLimitError(tooMany));
        QVERIFY(isRangeTooLargeError(tooMany));
        QVERIFY(isRangeTooLargeError(rpcError(-32602, "Log response size exceeded.")));
        QVERIFY(isRangeTooLargeError(rpcError(-32000, "block range too large")));
        QVERIFY(!isRangeTooLargeError(rpcError(-32000, "header not found")));
        // Too big for the transport: HTTP 413, or an answer above the body limit.
        QVERIFY(isRangeTooLargeError(httpError(413)));
        QVERIFY(!isRangeTooLargeError(httpError(400)));
        QVERIFY(isRangeTooLargeError(
            makeError(ErrorKind::Decode, "response body exceeds the limit of 16777216 bytes")));
        QVERIFY(!isRangeTooLargeError(makeError(ErrorKind::Decode, "invalid JSON")));
    }

    void retryAfterParsing()
    {
        const auto now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("2", now), std::optional(std::chrono::milliseconds(2000)));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional(std::chrono::milliseconds(0)));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional(std::chrono::milliseconds(60'000)));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
                 std::optional(std::chrono::milliseconds(0)));
        QVERIFY(!parseRetryAfter("", now));
        QVERIFY(!parseRetryAfter("soon", now));
        QVERIFY(!parseRetryAfter("-5", now));
    }

    void parserHandlesContentLengthInPieces()
    {
        HttpResponseParser parser(1024);
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 11\r\n\r\n{\"a\":12345}";
        for (qsizetype i = 0; i + 1 < response.size(); ++i)
            QCOMPARE(parser.feed(response.mid(i, 1)), ParseStatus::NeedMore);
        QCOMPARE(parser.feed(response.right(1)), ParseStatus::Complete);
        QVERIFY(parser.keepAlive());
        const auto parsed = parser.takeResponse();
        QCOMPARE(parsed.status, 200);
        QCOMPARE(parsed.reason, QByteArray("OK"));
        QCOMPARE(parsed.contentType, QByteArray("application/json"));
        QCOMPARE(parsed.body, QByteArray("{\"a\":12345}"));
    }

    void parserHandlesChunkedGzipInterimAndClose()
    {
        HttpResponseParser chunked(1024);
        QCOMPARE(chunked.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n"
                              "2\r\nde\r\n0\r\nTrailer: x\r\n\r\n"),
                 ParseStatus::Complete);
        QCOMPARE(chunked.takeResponse().body, QByteArray("abcde"));

        HttpResponseParser compressed(1024);
        const auto body = testing::TestHttpServer::gzip("{\"result\":\"0x1\"}");
        QCOMPARE(compressed.feed("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                                 QByteArray::number(body.size()) + "\r\n\r\n" + body),
                 ParseStatus::Complete);
        QCOMPARE(compressed.takeResponse().body, QByteArray("{\"result\":\"0x1\"}"));

        HttpResponseParser untilClose(1024);
        QCOMPARE(untilClose.feed("HTTP/1.0 200 OK\r\n\r\npartial"), ParseStatus::NeedMore);
        QCOMPARE(untilClose.finish(), ParseStatus::Complete);
        QVERIFY(!untilClose.keepAlive());
        QCOMPARE(untilClose.takeResponse().body, QByteArray("partial"));

        HttpResponseParser closing(1024);
        QCOMPARE(closing.feed("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 3\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n"),
                 ParseStatus::Complete);
        QVERIFY(!closing.keepAlive());
        const auto unavailable = closing.takeResponse();
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.retryAfter, QByteArray("3"));
    }

    void parserRejectsBrokenAndOversizedResponses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n") << false
                                  << int(ErrorKind::Transport) << "malformed HTTP status line";
        QTest::newRow("bad header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n") << false
                                    << int(ErrorKind::Transport) << "malformed HTTP header";
        QTest::newRow("oversized")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n") << false
            << int(ErrorKind::Decode) << "exceeds the limit of 1024 bytes";
        QTest::newRow("oversized chunks")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n") << false
            << int(ErrorKind::Decode) << "exceeds the limit";
        QTest::newRow("truncated")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true
            << int(ErrorKind::Transport) << "closed before the response was complete";
        QTest::newRow("nothing") << QByteArray() << true << int(ErrorKind::Transport)
                                 << "closed without a response";
        QTest::newRow("corrupt gzip")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd")
            << false << int(ErrorKind::Decode) << "corrupt gzip body";
        QTest::newRow("unknown encoding")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 1\r\n\r\nx")
            << false << int(ErrorKind::Decode) << "unsupported content encoding br";
    }
    void parserRejectsBrokenAndOversizedResponses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAfter);
        QFETCH(int, kind);
        QFETCH(QString, message);
        HttpResponseParser parser(1024);
        auto status = parser.feed(bytes);
        if (closeAfter)
            status = parser.finish();
        QCOMPARE(status, ParseStatus::Failed);
        QCOMPARE(parser.errorKind(), static_cast<ErrorKind>(kind));
        QVERIFY2(QString::fromStdString(parser.error()).contains(message), parser.error().c_str());
        QVERIFY(!parser.keepAlive());
    }

    void parserIsReusableOnAKeepAliveConnection()
    {
        HttpResponseParser parser(1024);
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"),
                 ParseStatus::Complete);
        QCOMPARE(parser.takeResponse().body, QByteArray("a"));
        parser.reset();
        QVERIFY(!parser.hasStarted());
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb"),
                 ParseStatus::Complete);
        QCOMPARE(parser.takeResponse().body, QByteArray("b"));
    }

    void gzipBombsAreCapped()
    {
        const QByteArray huge(200'000, 'a');
        const auto packed = testing::TestHttpServer::gzip(huge);
        QVERIFY(packed.size() < 2000);
        QCOMPARE(*inflateBody(packed, 300'000), huge);
        auto capped = inflateBody(packed, 100'000);
        QCOMPARE(capped.error().kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(capped.error().message).contains("exceeds the limit"));
        QCOMPARE(inflateBody(packed.left(packed.size() / 2), 300'000).error().kind,
                 ErrorKind::Decode);
    }
};

QTEST_APPLESS_MAIN(TestWire)
#include "tst_wire.moc"
