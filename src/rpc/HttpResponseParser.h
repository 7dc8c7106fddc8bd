// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"
#include "rpc/HttpResponse.h"

#include <QByteArray>

#include <string>

namespace seismic::rpc {

// Incremental HTTP/1.1 response parser for one response at a time: status line, headers,
// a body framed by Content-Length, chunked transfer coding or the end of the connection;
// interim 1xx responses are skipped; gzip/deflate bodies are decompressed. Sizes are bounded.
class HttpResponseParser
{
public:
    enum class Status
    {
        NeedMore,
        Complete,
        Failed,
    };

    explicit HttpResponseParser(qint64 maxBodyBytes);

    // Appends received bytes and parses as far as they go.
    Status feed(QByteArrayView data);
    // The peer closed the connection: completes a body that runs to the end of the
    // connection; anything else incomplete fails.
    Status finish();

    bool hasStarted() const { return m_started; }
    // Whether the connection may carry another request after this response.
    bool keepAlive() const { return m_keepAlive; }
    const std::string& error() const { return m_error; }
    // Transport for a broken or truncated response, Decode for an oversized or corrupt body.
    ErrorKind errorKind() const { return m_errorKind; }
    HttpResponse takeResponse();
    // Ready for the next response on the same connection.
    void reset();

private:
    enum class Stage
    {
        StatusLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        BodyToClose,
        Done,
        Error,
    };

    Status parse();
    Status fail(std::string message, ErrorKind kind = ErrorKind::Transport);
    // Views into m_buffer: valid until the buffer changes (no allocation per header line).
    bool takeLine(QByteArrayView& line);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeader(QByteArrayView line);
    Status headersComplete();
    Status complete();

    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Stage m_stage = Stage::StatusLine;
    qsizetype m_headBytes = 0;
    qint64 m_remaining = 0;
    bool m_started = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_chunked = false;
    bool m_hasLength = false;
    QByteArray m_contentEncoding;
    QByteArray m_connection;
    HttpResponse m_response;
    std::string m_error;
    ErrorKind m_errorKind = ErrorKind::Transport;
};

} // namespace seismic::rpc
