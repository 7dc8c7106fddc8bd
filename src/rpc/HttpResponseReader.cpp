// SPDX-License-Identifier: MIT
#include "rpc/HttpResponseReader.h"

#include "rpc/Gzip.h"

// GCC 12 with ASan takes the empty boost::optional that Beast's content_length() returns for
// maybe-uninitialized storage (a false positive, only in the sanitizer build).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <algorithm>
#include <optional>
#include <string>

namespace seismic::rpc {

namespace http = boost::beast::http;

namespace {

using boost::beast::error_code;
using boost::beast::string_view;

QByteArray bytesOf(string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// Beast's HTTP/1.1 response parser, keeping what HttpResponse carries as it goes (the body
// straight into a QByteArray); http::response_parser would also store every header field, an
// allocation per field on the hot path.
class Parser final : public http::basic_parser<false>
{
public:
    HttpResponse response;
    QByteArray contentEncoding;

private:
    void on_request_impl(http::verb, string_view, string_view, int, error_code& ec) override
    {
        ec = http::error::bad_version; // never called: this parser reads responses
    }
    void on_response_impl(int code, string_view reason, int, error_code& ec) override
    {
        response.status = code;
        response.reason = bytesOf(reason);
        // Beast takes any three digits.
        ec = code < 100 ? error_code(http::error::bad_status) : error_code();
    }
    void on_field_impl(http::field name, string_view, string_view value, error_code& ec) override
    {
        ec = {};
        if (is_header_done())
            return; // a trailer: nothing in it is used
        if (name == http::field::content_type)
            response.contentType = bytesOf(value);
        else if (name == http::field::retry_after)
            response.retryAfter = bytesOf(value);
        else if (name == http::field::content_encoding)
            contentEncoding = bytesOf(value);
    }
    void on_header_impl(error_code& ec) override { ec = {}; }
    void on_body_init_impl(const boost::optional<std::uint64_t>& length, error_code& ec) override
    {
        // Beast has checked the announced length against the body limit; reserve only a
        // little of it up front, so a length that is never sent costs no memory.
        constexpr std::uint64_t kMaxReserve = 1024 * 1024;
        if (length)
            response.body.reserve(static_cast<qsizetype>(std::min(*length, kMaxReserve)));
        ec = {};
    }
    std::size_t on_body_impl(string_view body, error_code& ec) override
    {
        response.body.append(body.data(), static_cast<qsizetype>(body.size()));
        ec = {};
        return body.size();
    }
    void on_chunk_header_impl(std::uint64_t, string_view, error_code& ec) override { ec = {}; }
    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code& ec) override
    {
        return on_body_impl(body, ec);
    }
    void on_finish_impl(error_code& ec) override { ec = {}; }
};

std::string limitText(qint64 bytes)
{
    return "the limit of " + std::to_string(bytes) + " bytes";
}

} // namespace

struct HttpResponseReader::State
{
    qint64 maxBodyBytes = 0;
    // One parser per response on the wire; a new one after an interim (1xx) response.
    std::optional<Parser> parser;
    // Received bytes the parser has not taken yet (an incomplete head, chunk line or trailer).
    QByteArray pending;
    qint64 received = 0;
    Status status = Status::NeedMore;
    // The parser asked for more than it had: it resumes only with kMinResumeBytes or more.
    bool awaitingMore = false;
    bool started = false;
    bool keepAlive = false;
    HttpResponse response;
    Error error;

    void startParser();
    qsizetype parse(QByteArrayView bytes);
    Status fail(ErrorKind kind, std::string message);
    Status failParse(const error_code& code);
    Status checkPending();
    Status complete();
};

void HttpResponseReader::State::startParser()
{
    parser.emplace();
    awaitingMore = false;
    parser->header_limit(kMaxHeadBytes);
    parser->body_limit(static_cast<std::uint64_t>(maxBodyBytes));
    // Not eager: Beast 1.74 goes on from a finished head into the body without looking at the
    // error its head check set, so a Content-Length over body_limit followed by body bytes in
    // the same put() was read anyway. One put() per step (parse() loops) sees every error.
    parser->eager(false);
}

HttpResponseReader::Status HttpResponseReader::State::fail(ErrorKind kind, std::string message)
{
    status = Status::Failed;
    keepAlive = false;
    pending.clear();
    error = makeError(kind, std::move(message));
    return status;
}

HttpResponseReader::Status HttpResponseReader::State::failParse(const error_code& code)
{
    if (code == http::error::body_limit)
        return fail(ErrorKind::ResponseTooLarge,
                    "response body exceeds " + limitText(maxBodyBytes));
    if (code == http::error::header_limit)
        return fail(ErrorKind::Protocol, "response head exceeds " + limitText(kMaxHeadBytes));
    if (code == http::error::bad_content_length || code == http::error::bad_transfer_encoding)
        return fail(ErrorKind::Protocol,
                    "malformed HTTP response: invalid, repeated or conflicting Content-Length "
                    "or Transfer-Encoding");
    return fail(ErrorKind::Protocol, "malformed HTTP response: " + code.message());
}

// Feeds `bytes` to the parser until the response is complete, fails, or needs more than there
// is; returns how many bytes it took.
qsizetype HttpResponseReader::State::parse(QByteArrayView bytes)
{
    // Beast 1.74 resumes a last chunk whose trailers were cut ("0\r\n" and part of what
    // follows) assuming five bytes or more (it asserts so); whatever follows a need_more is at
    // least that long ("0\r\n\r\n"), so waiting for five never stalls a response.
    constexpr qsizetype kMinResumeBytes = 5;
    qsizetype at = 0;
    while (status == Status::NeedMore && at < bytes.size()) {
        if (awaitingMore && parser->is_header_done() && parser->chunked() &&
            bytes.size() - at < kMinResumeBytes)
            break;
        error_code code;
        const auto used =
            parser->put(boost::asio::const_buffer(bytes.data() + at,
                                                  static_cast<std::size_t>(bytes.size() - at)),
                        code);
        at += static_cast<qsizetype>(used);
        awaitingMore = code == http::error::need_more;
        if (awaitingMore)
            break;
        if (code) {
            failParse(code);
            break;
        }
        if (parser->is_done()) {
            const auto result = parser->response.status;
            if (result == 101)
                fail(ErrorKind::Protocol, "the server switched protocols (HTTP 101) unasked");
            else if (result / 100 == 1)
                startParser(); // an interim response (100 Continue, 103 Early Hints)
            else
                complete();
            continue;
        }
        if (used == 0)
            break;
    }
    return at;
}

// A chunk-size line or trailer section still incomplete: Beast bounds the head itself, but not
// these, so the bytes it waits on are capped here.
HttpResponseReader::Status HttpResponseReader::State::checkPending()
{
    if (!parser->is_header_done())
        return status;
    // A chunk line (after the previous chunk's CRLF) that has not ended yet, or the last
    // chunk's line followed by trailers that have not ended yet.
    const bool lineEnded = pending.indexOf("\r\n", 1) >= 0;
    if (!lineEnded && pending.size() > kMaxChunkLineBytes)
        return fail(ErrorKind::Protocol,
                    "chunk size line with extensions exceeds " + limitText(kMaxChunkLineBytes));
    if (pending.size() > kMaxTrailerBytes)
        return fail(ErrorKind::Protocol, "chunk trailers exceed " + limitText(kMaxTrailerBytes));
    return status;
}

HttpResponseReader::Status HttpResponseReader::State::complete()
{
    response = std::move(parser->response);
    keepAlive = parser->keep_alive();
    const auto encoding = parser->contentEncoding.trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
            return fail(ErrorKind::Decode,
                        "unsupported content encoding " + encoding.left(64).toStdString());
        auto inflated = inflateBody(response.body, maxBodyBytes);
        if (!inflated)
            return fail(inflated.error().kind, inflated.error().message);
        response.body = std::move(inflated).value();
    }
    status = Status::Complete;
    return status;
}

HttpResponseReader::HttpResponseReader(qint64 maxBodyBytes)
    : m_state(std::make_unique<State>())
{
    m_state->maxBodyBytes = maxBodyBytes;
    m_state->startParser();
}

HttpResponseReader::~HttpResponseReader() = default;

qint64 HttpResponseReader::maxTotalBytes() const
{
    // The body and head limits, as much again for chunk framing and interim responses.
    return 2 * (m_state->maxBodyBytes + kMaxHeadBytes + kMaxTrailerBytes);
}

HttpResponseReader::Status HttpResponseReader::feed(QByteArrayView data)
{
    auto& state = *m_state;
    if (data.isEmpty())
        return state.status;
    state.started = true;
    if (state.status != Status::NeedMore) {
        state.keepAlive = false; // surplus after the end of the response
        return state.status;
    }
    state.received += data.size();
    if (state.received > maxTotalBytes())
        return state.fail(ErrorKind::Protocol,
                          "response exceeds " + limitText(maxTotalBytes()) + " in total");
    // Parsed straight from `data` when nothing is pending: the common case copies nothing.
    const bool direct = state.pending.isEmpty();
    if (!direct)
        state.pending.append(data);
    const QByteArrayView input = direct ? data : QByteArrayView(state.pending);
    const auto used = state.parse(input);
    if (state.status == Status::Complete) {
        if (used < input.size())
            state.keepAlive = false;
        state.pending.clear();
    } else if (state.status == Status::NeedMore) {
        if (direct)
            state.pending = input.sliced(used).toByteArray();
        else
            state.pending.remove(0, used);
        state.checkPending();
    }
    return state.status;
}

HttpResponseReader::Status HttpResponseReader::finish()
{
    auto& state = *m_state;
    if (state.status != Status::NeedMore)
        return state.status;
    if (!state.started)
        return state.fail(ErrorKind::Transport, "connection closed without a response");
    error_code code;
    if (state.parser->got_some())
        state.parser->put_eof(code);
    if (!state.parser->got_some() || code || !state.parser->is_done())
        return state.fail(ErrorKind::Transport,
                          "connection closed before the response was complete");
    state.complete();
    state.keepAlive = false;
    return state.status;
}

bool HttpResponseReader::hasStarted() const
{
    return m_state->started;
}

bool HttpResponseReader::keepAlive() const
{
    return m_state->status == Status::Complete && m_state->keepAlive;
}

const Error& HttpResponseReader::error() const
{
    return m_state->error;
}

HttpResponse HttpResponseReader::takeResponse()
{
    return std::move(m_state->response);
}

} // namespace seismic::rpc
