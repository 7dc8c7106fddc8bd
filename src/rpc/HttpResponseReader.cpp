// SPDX-License-Identifier: MIT
#include "rpc/HttpResponseReader.h"

#include "rpc/Gzip.h"
#include "rpc/QByteArrayBody.h"

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>

#include <optional>
#include <string>

namespace seismic::rpc {

namespace http = boost::beast::http;

namespace {

using Parser = http::response_parser<QByteArrayBody>;

QByteArray bytesOf(boost::beast::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

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
    bool started = false;
    bool keepAlive = false;
    HttpResponse response;
    Error error;

    void startParser();
    qsizetype parse(QByteArrayView bytes);
    Status fail(ErrorKind kind, std::string message);
    Status failParse(const boost::beast::error_code& code);
    Status checkPending();
    Status complete();
};

void HttpResponseReader::State::startParser()
{
    parser.emplace();
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

HttpResponseReader::Status
HttpResponseReader::State::failParse(const boost::beast::error_code& code)
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
    qsizetype at = 0;
    while (status == Status::NeedMore && at < bytes.size()) {
        boost::beast::error_code code;
        const auto used =
            parser->put(boost::asio::const_buffer(bytes.data() + at,
                                                  static_cast<std::size_t>(bytes.size() - at)),
                        code);
        at += static_cast<qsizetype>(used);
        if (code == http::error::need_more)
            break;
        if (code) {
            failParse(code);
            break;
        }
        if (parser->is_done()) {
            const auto result = parser->get().result_int();
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
    auto& message = parser->get();
    response.status = static_cast<int>(message.result_int());
    response.reason = bytesOf(message.reason());
    response.contentType = bytesOf(message[http::field::content_type]);
    response.retryAfter = bytesOf(message[http::field::retry_after]);
    response.body = std::move(message.body());
    keepAlive = parser->keep_alive();
    const auto encoding = bytesOf(message[http::field::content_encoding]).trimmed().toLower();
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
    boost::beast::error_code code;
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
