// SPDX-License-Identifier: MIT
#include "rpc/HttpResponseParser.h"

#include "rpc/Gzip.h"

namespace seismic::rpc {

namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
}

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{}

void HttpResponseParser::reset()
{
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_stage = Stage::StatusLine;
    m_headBytes = 0;
    m_remaining = 0;
    m_started = !m_buffer.isEmpty();
    m_keepAlive = true;
    m_http10 = false;
    m_chunked = false;
    m_hasLength = false;
    m_contentEncoding.clear();
    m_connection.clear();
    m_response = HttpResponse{};
    m_error.clear();
    m_errorKind = ErrorKind::Transport;
}

HttpResponse HttpResponseParser::takeResponse()
{
    return std::move(m_response);
}

HttpResponseParser::Status HttpResponseParser::feed(QByteArrayView data)
{
    if (!data.isEmpty())
        m_started = true;
    if (m_stage == Stage::Done || m_stage == Stage::Error)
        return m_stage == Stage::Done ? Status::Complete : Status::Failed;
    m_buffer.append(data);
    return parse();
}

HttpResponseParser::Status HttpResponseParser::finish()
{
    if (m_stage == Stage::BodyToClose) {
        m_response.body = m_buffer.mid(m_pos);
        m_pos = m_buffer.size();
        m_keepAlive = false;
        return complete();
    }
    if (m_stage == Stage::Done)
        return Status::Complete;
    if (m_stage == Stage::Error)
        return Status::Failed;
    return fail(m_started ? "connection closed before the response was complete"
                          : "connection closed without a response");
}

HttpResponseParser::Status HttpResponseParser::fail(std::string message, ErrorKind kind)
{
    m_stage = Stage::Error;
    m_error = std::move(message);
    m_errorKind = kind;
    m_keepAlive = false;
    return Status::Failed;
}

bool HttpResponseParser::takeLine(QByteArrayView& line)
{
    const auto end = m_buffer.indexOf('\n', m_pos);
    if (end < 0)
        return false;
    qsizetype length = end - m_pos;
    if (length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    line = QByteArrayView(m_buffer.constData() + m_pos, length);
    m_headBytes += end + 1 - m_pos;
    m_pos = end + 1;
    return true;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // "HTTP/1.1 200 OK"
    if (!line.startsWith("HTTP/1."))
        return false;
    m_http10 = line.startsWith("HTTP/1.0");
    const auto firstSpace = line.indexOf(' ');
    if (firstSpace < 0)
        return false;
    const auto secondSpace = line.indexOf(' ', firstSpace + 1);
    const auto code = secondSpace < 0 ? line.sliced(firstSpace + 1)
                                      : line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return false;
    m_response.status = status;
    m_response.reason =
        secondSpace < 0 ? QByteArray() : line.sliced(secondSpace + 1).trimmed().toByteArray();
    return true;
}

bool HttpResponseParser::parseHeader(QByteArrayView line)
{
    const auto colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const auto name = line.first(colon).trimmed();
    const auto value = line.sliced(colon + 1).trimmed();
    const auto is = [&name](QByteArrayView header) {
        return name.size() == header.size() && name.compare(header, Qt::CaseInsensitive) == 0;
    };
    if (is("content-length")) {
        bool ok = false;
        const auto length = value.toLongLong(&ok);
        if (!ok || length < 0 || (m_hasLength && length != m_remaining))
            return false;
        m_hasLength = true;
        m_remaining = length;
    } else if (is("transfer-encoding")) {
        m_chunked = value.toByteArray().toLower().contains("chunked");
    } else if (is("content-encoding")) {
        m_contentEncoding = value.toByteArray().toLower();
    } else if (is("connection")) {
        m_connection = value.toByteArray().toLower();
    } else if (is("content-type")) {
        m_response.contentType = value.toByteArray();
    } else if (is("retry-after")) {
        m_response.retryAfter = value.toByteArray();
    }
    return true;
}

HttpResponseParser::Status HttpResponseParser::headersComplete()
{
    if (m_response.status < 200) {
        // Interim response (100 Continue, 103 Early Hints): the real one follows.
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        m_stage = Stage::StatusLine;
        m_hasLength = false;
        m_chunked = false;
        return parse();
    }
    m_keepAlive = m_http10 ? m_connection.contains("keep-alive") : !m_connection.contains("close");
    if (m_chunked) {
        m_stage = Stage::ChunkSize;
    } else if (m_hasLength) {
        if (m_remaining > m_maxBodyBytes)
            return fail("response body of " + std::to_string(m_remaining) +
                            " bytes exceeds the limit of " + std::to_string(m_maxBodyBytes) +
                            " bytes",
                        ErrorKind::Decode);
        m_stage = Stage::FixedBody;
    } else if (m_response.status == 204 || m_response.status == 304) {
        return complete();
    } else {
        m_stage = Stage::BodyToClose;
    }
    return parse();
}

HttpResponseParser::Status HttpResponseParser::complete()
{
    if (!m_contentEncoding.isEmpty() && m_contentEncoding != "identity") {
        if (m_contentEncoding != "gzip" && m_contentEncoding != "x-gzip" &&
            m_contentEncoding != "deflate")
            return fail("unsupported content encoding " + m_contentEncoding.toStdString(),
                        ErrorKind::Decode);
        auto inflated = inflateBody(m_response.body, m_maxBodyBytes);
        if (!inflated)
            return fail(inflated.error().message, ErrorKind::Decode);
        m_response.body = std::move(inflated).value();
    }
    m_stage = Stage::Done;
    return Status::Complete;
}

HttpResponseParser::Status HttpResponseParser::parse()
{
    QByteArrayView line;
    for (;;) {
        switch (m_stage) {
        case Stage::StatusLine:
            if (!takeLine(line))
                return m_buffer.size() - m_pos > kMaxHeadBytes ? fail("response head too large")
                                                               : Status::NeedMore;
            if (line.isEmpty())
                continue; // tolerate stray blank lines between responses
            if (!parseStatusLine(line))
                return fail("malformed HTTP status line");
            m_stage = Stage::Headers;
            break;
        case Stage::Headers:
            if (!takeLine(line))
                return m_headBytes + (m_buffer.size() - m_pos) > kMaxHeadBytes
                           ? fail("response head too large")
                           : Status::NeedMore;
            if (m_headBytes > kMaxHeadBytes)
                return fail("response head too large");
            if (line.isEmpty())
                return headersComplete();
            if (!parseHeader(line))
                return fail("malformed HTTP header line");
            break;
        case Stage::FixedBody:
            if (m_buffer.size() - m_pos < m_remaining)
                return Status::NeedMore;
            m_response.body = m_buffer.mid(m_pos, m_remaining);
            m_pos += m_remaining;
            return complete();
        case Stage::ChunkSize: {
            if (!takeLine(line))
                return Status::NeedMore;
            const auto semicolon = line.indexOf(';'); // chunk extensions are ignored
            bool ok = false;
            const auto size =
                line.first(semicolon < 0 ? line.size() : semicolon).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail("malformed chunk size");
            if (size == 0) {
                m_stage = Stage::Trailers;
                break;
            }
            if (m_response.body.size() + size > m_maxBodyBytes)
                return fail("response body exceeds the limit of " + std::to_string(m_maxBodyBytes) +
                                " bytes",
                            ErrorKind::Decode);
            m_remaining = size;
            m_stage = Stage::ChunkData;
            break;
        }
        case Stage::ChunkData:
            if (m_buffer.size() - m_pos < m_remaining)
                return Status::NeedMore;
            m_response.body.append(m_buffer.constData() + m_pos, m_remaining);
            m_pos += m_remaining;
            m_stage = Stage::ChunkEnd;
            break;
        case Stage::ChunkEnd:
            if (!takeLine(line))
                return Status::NeedMore;
            if (!line.isEmpty())
                return fail("malformed chunk terminator");
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers:
            if (!takeLine(line))
                return Status::NeedMore;
            if (line.isEmpty())
                return complete();
            break;
        case Stage::BodyToClose:
            if (m_buffer.size() - m_pos > m_maxBodyBytes)
                return fail("response body exceeds the limit of " + std::to_string(m_maxBodyBytes) +
                                " bytes",
                            ErrorKind::Decode);
            return Status::NeedMore;
        case Stage::Done:
            return Status::Complete;
        case Stage::Error:
            return Status::Failed;
        }
    }
}

} // namespace seismic::rpc
