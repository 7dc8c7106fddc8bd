// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"
#include "rpc/HttpResponse.h"

#include <QByteArrayView>

#include <memory>

namespace seismic::rpc {

// Reads one HTTP/1.1 response from the bytes a connection receives, with Boost.Beast's parser
// (docs/rpc.md, "HTTP parsing"): status line, headers, a body framed by Content-Length, chunked
// coding or the end of the connection; interim 1xx responses are skipped; gzip and deflate
// bodies are decompressed. A reader lives for one response: bytes after its end are never
// parsed, only noted (keepAlive() turns false: the connection must be closed). Every size is
// bounded, and every failure is a typed error:
//   ResponseTooLarge  the body (before or after decompression) is over the limit
//   Protocol          malformed HTTP, or a head, chunk line, trailer section or total over its
//   limit Transport         the connection closed before the response was complete Decode a corrupt
//   or unsupported content encoding
class HttpResponseReader
{
public:
    enum class Status
    {
        NeedMore,
        Complete,
        Failed,
    };

    // Status line and headers, of each response (interim ones too).
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    // One chunk-size line with its extensions.
    static constexpr qsizetype kMaxChunkLineBytes = 4 * 1024;
    // The trailer fields after the last chunk.
    static constexpr qsizetype kMaxTrailerBytes = 64 * 1024;

    explicit HttpResponseReader(qint64 maxBodyBytes);
    ~HttpResponseReader();
    HttpResponseReader(const HttpResponseReader&) = delete;
    HttpResponseReader& operator=(const HttpResponseReader&) = delete;

    // Parses received bytes as far as they go. Bytes beyond the end of the response are
    // surplus: they are dropped and the connection is no longer fit for reuse.
    Status feed(QByteArrayView data);
    // The peer closed the connection: completes a body that runs to the end of the
    // connection; anything else incomplete fails.
    Status finish();

    bool hasStarted() const;
    // Whether the connection may carry another request after this response: the server
    // allows it and sent nothing beyond the response.
    bool keepAlive() const;
    const Error& error() const;
    HttpResponse takeResponse();
    // The most bytes one response may take on the wire, interim responses and framing included.
    qint64 maxTotalBytes() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace seismic::rpc
