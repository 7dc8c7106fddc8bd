// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/MethodPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslConfiguration>

#include <chrono>
#include <optional>

namespace seismic::rpc {

// How HTTP requests reach the server.
enum class HttpEngineKind
{
    // Our HTTP/1.1 client on QTcpSocket/QSslSocket: a keep-alive connection pool, the fast
    // path (Qt 6.4's QNetworkAccessManager reads response headers one byte per read(2) call
    // and tops out near a tenth of this; see docs/rpc.md, "Performance").
    Sockets,
    // QNetworkAccessManager: HTTP/2, redirects.
    QtNetwork,
};

struct HttpSettings
{
    HttpEngineKind engine = HttpEngineKind::Sockets;
    // Keep-alive connections to the endpoint; calls beyond them queue in order.
    int maxConnections = 16;
    // From opening the TCP connection to the end of the TLS handshake. There is no deadline
    // for the exchange itself: the TimeoutLayer's, or the caller's cancel token, ends it.
    std::chrono::milliseconds connectTimeout{10'000};
    // An unused keep-alive connection is closed after this long.
    std::chrono::milliseconds idleTimeout{30'000};
    // Larger responses (before or after decompression) fail with a ResponseTooLarge error.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    // Ask for gzip-compressed responses.
    bool compression = true;
    // Sent with every request, e.g. {"Authorization", "Bearer …"}.
    QList<QPair<QByteArray, QByteArray>> headers;
    // TLS settings (extra CA certificates, client certificate). Peer verification stays on.
    std::optional<QSslConfiguration> tls;
    // Decides whether a call may be sent again on a fresh connection when a reused keep-alive
    // connection turns out to have been closed by the server before it answered.
    IdempotencyPolicy isIdempotent = isIdempotentMethod;
};

} // namespace seismic::rpc
