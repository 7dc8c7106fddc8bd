// SPDX-License-Identifier: MIT
// JSON-RPC encoding and decoding, the retry/idempotency policies, the HTTP/1.1 response reader,
// gzip and Retry-After: pure functions, no event loop.
#include "TestSupport.h"
#include "rpc/Gzip.h"
#include "rpc/HttpResponse.h"
#include "rpc/HttpResponseReader.h"
#include "rpc/JsonRpc.h"
#include "rpc/MethodPolicy.h"
#include "rpc/WsIncoming.h"
#include "rpc/support/TestHttpServer.h"

#include <QJsonDocument>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using ParseStatus = HttpResponseReader::Status;

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

    void aBatchAnswerWithADuplicateIdFailsEveryCall()
    {
        const auto results = decodeBatchResponse(
            R"([{"id":10,"result":"a"},{"id":11,"result":"b"},{"id":10,"result":"again"}])", 10, 2);
        QCOMPARE(results.size(), 2u);
        for (const auto& result : results) {
            QCOMPARE(result.error().kind, ErrorKind::Decode);
            QVERIFY2(QString::fromStdString(result.error().message).contains("answers id 10 twice"),
                     result.error().message.c_str());
        }
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
        // Too big for the transport: HTTP 413, or an answer above the body limit (both
        // ResponseTooLarge, see the HTTP tests); other HTTP statuses and decode errors are not.
        Error payloadTooLarge =
            makeError(ErrorKind::ResponseTooLarge, "HTTP 413 Payload Too Large");
        payloadTooLarge.code = 413;
        QVERIFY(isRangeTooLargeError(payloadTooLarge));
        QVERIFY(isRangeTooLargeError(makeError(
            ErrorKind::ResponseTooLarge, "response body exceeds the limit of 16777216 bytes")));
        QVERIFY(!isRangeTooLargeError(httpError(400)));
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

    void retryAfterIsClamped_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("61 seconds") << QByteArray("61");
        QTest::newRow("10^12 seconds") << QByteArray("1000000000000");
        QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999999");
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
        QTest::newRow("an hour ahead") << QByteArray("Wed, 21 Oct 2015 08:27:00 GMT");
    }
    void retryAfterIsClamped()
    {
        QFETCH(QByteArray, value);
        const auto now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter(value, now), std::optional(kMaxRetryAfter));
        QCOMPARE(kMaxRetryAfter, std::chrono::milliseconds(60'000));
    }

    void readerHandlesContentLengthInPieces()
    {
        HttpResponseReader reader(1024);
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 11\r\n\r\n{\"a\":12345}";
        for (qsizetype i = 0; i + 1 < response.size(); ++i)
            QCOMPARE(reader.feed(response.mid(i, 1)), ParseStatus::NeedMore);
        QCOMPARE(reader.feed(response.right(1)), ParseStatus::Complete);
        QVERIFY(reader.keepAlive());
        const auto parsed = reader.takeResponse();
        QCOMPARE(parsed.status, 200);
        QCOMPARE(parsed.reason, QByteArray("OK"));
        QCOMPARE(parsed.contentType, QByteArray("application/json"));
        QCOMPARE(parsed.body, QByteArray("{\"a\":12345}"));
    }

    void readerHandlesChunkedGzipInterimAndClose()
    {
        HttpResponseReader chunked(1024);
        QCOMPARE(chunked.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n"
                              "2\r\nde\r\n0\r\nTrailer: x\r\n\r\n"),
                 ParseStatus::Complete);
        QVERIFY(chunked.keepAlive());
        QCOMPARE(chunked.takeResponse().body, QByteArray("abcde"));

        HttpResponseReader compressed(1024);
        const auto body = testing::TestHttpServer::gzip("{\"result\":\"0x1\"}");
        QCOMPARE(compressed.feed("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                                 QByteArray::number(body.size()) + "\r\n\r\n" + body),
                 ParseStatus::Complete);
        QCOMPARE(compressed.takeResponse().body, QByteArray("{\"result\":\"0x1\"}"));

        HttpResponseReader untilClose(1024);
        QCOMPARE(untilClose.feed("HTTP/1.0 200 OK\r\n\r\npartial"), ParseStatus::NeedMore);
        QCOMPARE(untilClose.finish(), ParseStatus::Complete);
        QVERIFY(!untilClose.keepAlive());
        QCOMPARE(untilClose.takeResponse().body, QByteArray("partial"));

        HttpResponseReader closing(1024);
        QCOMPARE(closing.feed("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 3\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n"),
                 ParseStatus::Complete);
        QVERIFY(!closing.keepAlive());
        const auto unavailable = closing.takeResponse();
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.retryAfter, QByteArray("3"));
    }

    // One byte at a time: the last chunk and its trailers resume from every split (Beast 1.74
    // asserts five bytes when it resumes a last chunk; the reader waits for them).
    void chunkedResponsesInSingleBytes()
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (const QByteArray& body : {QByteArray("0\r\n\r\n"), QByteArray("2\r\nab\r\n0\r\n\r\n"),
                                       QByteArray("1\r\na\r\n0\r\nX-T: 1\r\n\r\n")}) {
            HttpResponseReader reader(1024);
            const QByteArray response = head + body;
            for (qsizetype i = 0; i + 1 < response.size(); ++i)
                QCOMPARE(reader.feed(response.mid(i, 1)), ParseStatus::NeedMore);
            QCOMPARE(reader.feed(response.right(1)), ParseStatus::Complete);
            QVERIFY(reader.keepAlive());
            QCOMPARE(reader.takeResponse().body, body.startsWith("0")   ? QByteArray()
                                                 : body.startsWith("2") ? QByteArray("ab")
                                                                        : QByteArray("a"));
        }
    }

    void surplusBytesEndTheConnection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("a stray line") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"
                                                    "{}HTTP/1.1 200 OK\r\n")
                                      << QByteArray("{}");
        QTest::newRow("content length two short")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n{\"a\"}")
            << QByteArray("{\"a");
        QTest::newRow("after the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"
                          "\r\n")
            << QByteArray("x");
    }
    void surplusBytesEndTheConnection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, body);
        // All at once, and byte by byte (the surplus arrives after the response completed).
        HttpResponseReader whole(1024);
        QCOMPARE(whole.feed(bytes), ParseStatus::Complete);
        QVERIFY(!whole.keepAlive());
        QCOMPARE(whole.takeResponse().body, body);
        HttpResponseReader pieces(1024);
        auto status = ParseStatus::NeedMore;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            status = pieces.feed(bytes.mid(i, 1));
        QCOMPARE(status, ParseStatus::Complete);
        QVERIFY(!pieces.keepAlive());
        QCOMPARE(pieces.takeResponse().body, body);
    }

    void readerRejectsBrokenAndOversizedResponses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n") << false
                                  << int(ErrorKind::Protocol) << "malformed HTTP response";
        QTest::newRow("bad header")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << false
            << int(ErrorKind::Protocol) << "malformed HTTP response";
        QTest::newRow("blank line before the status line")
            << QByteArray("\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false
            << int(ErrorKind::Protocol) << "malformed HTTP response";
        QTest::newRow("endless blank lines")
            << QByteArray(100'000, '\n') << false << int(ErrorKind::Protocol)
            << "malformed HTTP response";
        QTest::newRow("conflicting content lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
            << false << int(ErrorKind::Protocol) << "conflicting Content-Length";
        QTest::newRow("content length list")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nabc") << false
            << int(ErrorKind::Protocol) << "conflicting Content-Length";
        QTest::newRow("content length and chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n")
            << false << int(ErrorKind::Protocol) << "conflicting Content-Length";
        QTest::newRow("oversized")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n") << false
            << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 1024 bytes";
        QTest::newRow("oversized, with its body")
            << "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, 'a') << false
            << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 1024 bytes";
        QTest::newRow("oversized chunks")
            << chunkedHead + "800\r\n"
            << false << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 1024 bytes";
        QTest::newRow("chunk size 0x7fffffffffffffff")
            << chunkedHead + "7fffffffffffffff\r\n"
            << false << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 1024 bytes";
        QTest::newRow("chunk sizes adding past the limit")
            << chunkedHead + "200\r\n" + QByteArray(512, 'a') + "\r\n200\r\n" +
                   QByteArray(512, 'b') + "\r\n1\r\n"
            << false << int(ErrorKind::ResponseTooLarge) << "exceeds the limit of 1024 bytes";
        QTest::newRow("chunk size beyond 64 bits")
            << chunkedHead + "10000000000000000\r\n"
            << false << int(ErrorKind::Protocol) << "malformed HTTP response";
        QTest::newRow("unbounded chunk size line")
            << chunkedHead + QByteArray(5000, '0') << false << int(ErrorKind::Protocol)
            << "chunk size line with extensions exceeds the limit of 4096 bytes";
        QTest::newRow("unbounded chunk extension")
            << chunkedHead + "1;name=" + QByteArray(5000, 'x') << false << int(ErrorKind::Protocol)
            << "chunk size line with extensions exceeds the limit of 4096 bytes";
        QByteArray trailers = chunkedHead + "0\r\n";
        for (int i = 0; i < 3000; ++i)
            trailers += "X-Trailer: 0123456789abcdef\r\n";
        QTest::newRow("unbounded trailers") << trailers << false << int(ErrorKind::Protocol)
                                            << "chunk trailers exceed the limit of 65536 bytes";
        QByteArray head = "HTTP/1.1 200 OK\r\n";
        while (head.size() < 70'000)
            head += "X-Padding: 0123456789abcdef0123456789abcdef\r\n";
        QTest::newRow("unbounded head") << head << false << int(ErrorKind::Protocol)
                                        << "response head exceeds the limit of 65536 bytes";
        QTest::newRow("status code below 100")
            << QByteArray("HTTP/1.0 000 OK\r\n\r\n{}") << true << int(ErrorKind::Protocol)
            << "malformed HTTP response";
        QTest::newRow("switching protocols")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << false
            << int(ErrorKind::Protocol) << "switched protocols";
        QTest::newRow("truncated")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true
            << int(ErrorKind::Transport) << "closed before the response was complete";
        QTest::newRow("truncated head")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true << int(ErrorKind::Transport)
            << "closed before the response was complete";
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
    void readerRejectsBrokenAndOversizedResponses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAfter);
        QFETCH(int, kind);
        QFETCH(QString, message);
        HttpResponseReader reader(1024);
        auto status = reader.feed(bytes);
        if (closeAfter)
            status = reader.finish();
        QCOMPARE(status, ParseStatus::Failed);
        QCOMPARE(reader.error().kind, static_cast<ErrorKind>(kind));
        QVERIFY2(QString::fromStdString(reader.error().message).contains(message),
                 reader.error().message.c_str());
        QVERIFY(!reader.keepAlive());
        // A failed reader stays failed: nothing more is parsed.
        QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), ParseStatus::Failed);
    }

    void chunkLinesAndTrailersInSmallPiecesStayBounded()
    {
        // The same limits hold when the line arrives a few bytes at a time.
        HttpResponseReader reader(1024);
        QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;a="),
                 ParseStatus::NeedMore);
        auto status = ParseStatus::NeedMore;
        int pieces = 0;
        while (status == ParseStatus::NeedMore && pieces < 10'000) {
            status = reader.feed("xxxxxxx");
            ++pieces;
        }
        QCOMPARE(status, ParseStatus::Failed);
        QVERIFY(pieces * 7 <= HttpResponseReader::kMaxChunkLineBytes + 7);
        QCOMPARE(reader.error().kind, ErrorKind::Protocol);
    }

    void theTotalOfOneResponseIsBounded()
    {
        // One-byte chunks with long extensions: each line is within its limit, the body too,
        // but the framing would go on without end.
        HttpResponseReader reader(1024 * 1024);
        QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
                 ParseStatus::NeedMore);
        const QByteArray chunk = "1;" + QByteArray(4000, 'e') + "\r\nx\r\n";
        auto status = ParseStatus::NeedMore;
        qint64 sent = 0;
        while (status == ParseStatus::NeedMore && sent <= reader.maxTotalBytes()) {
            status = reader.feed(chunk);
            sent += chunk.size();
        }
        QCOMPARE(status, ParseStatus::Failed);
        QCOMPARE(reader.error().kind, ErrorKind::Protocol);
        QVERIFY2(QString::fromStdString(reader.error().message).contains("in total"),
                 reader.error().message.c_str());
    }

    void webSocketMessagesDecodeInOrder()
    {
        const auto items = decodeWsMessage(
            R"([{"jsonrpc":"2.0","id":7,"result":"0x1"},)"
            R"({"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":"0xab","result":{"n":1}}},)"
            R"({"jsonrpc":"2.0","id":"not a number","result":1},42,)"
            R"({"jsonrpc":"2.0","id":8,"error":{"code":-1,"message":"no"}}])");
        QCOMPARE(items.size(), 3u);
        QCOMPARE(items[0].kind, WsIncoming::Kind::Answer);
        QCOMPARE(items[0].id, 7u);
        QCOMPARE(items[1].kind, WsIncoming::Kind::Notification);
        QCOMPARE(items[1].subscription, QStringLiteral("0xab"));
        QCOMPARE(items[1].result.toObject().value("n").toInt(), 1);
        QCOMPARE(items[2].id, 8u);
        QCOMPARE(resultFromResponse(items[2].response).error().kind, ErrorKind::JsonRpc);
        QVERIFY(decodeWsMessage("not json").empty());
        QCOMPARE(decodeWsMessage(R"({"id":1,"result":null})").size(), 1u);
    }

    void gzipBombsAreCapped()
    {
        const QByteArray huge(200'000, 'a');
        const auto packed = testing::TestHttpServer::gzip(huge);
        QVERIFY(packed.size() < 2000);
        QCOMPARE(*inflateBody(packed, 300'000), huge);
        auto capped = inflateBody(packed, 100'000);
        QCOMPARE(capped.error().kind, ErrorKind::ResponseTooLarge);
        QVERIFY(QString::fromStdString(capped.error().message).contains("exceeds the limit"));
        QCOMPARE(inflateBody(packed.left(packed.size() / 2), 300'000).error().kind,
                 ErrorKind::Decode);
    }
};

QTEST_APPLESS_MAIN(TestWire)
#include "tst_wire.moc"
