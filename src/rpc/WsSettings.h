// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Backoff.h"
#include "rpc/MethodPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslConfiguration>

#include <chrono>
#include <optional>

namespace seismic::rpc {

// A WebSocket endpoint's connection. There is no per-call deadline here: calls end by the
// TimeoutLayer (or the caller's cancel token), by an answer, or when the link fails them.
struct WsSettings
{
    // From opening the TCP connection to the end of the WebSocket handshake.
    std::chrono::milliseconds connectTimeout{10'000};
    // A WebSocket ping goes out this often.
    std::chrono::milliseconds pingInterval{10'000};
    // Nothing received (no answer, notification or pong) for this long: the connection is
    // dead and is replaced.
    std::chrono::milliseconds livenessTimeout{30'000};
    // Waits between reconnection attempts. It starts over only after a healthy exchange (an
    // answer to a call or a notification), not after a mere handshake.
    Backoff reconnectBackoff{std::chrono::milliseconds(250), std::chrono::milliseconds(5'000), 2.0,
                             0.5};
    // Failed attempts in a row (connections refused, lost or broken before a healthy exchange)
    // after which calls waiting for the connection fail with the last attempt's error; calls
    // made while it stays that way fail at once. A host that does not resolve or a rejected
    // certificate fails them at the first attempt. The link keeps reconnecting meanwhile.
    int attemptsBeforeFailingCalls = 3;
    // Failed attempts in a row before giving up (state Failed, subscriptions end); a new call
    // starts over. Negative: never give up.
    int maxReconnectAttempts = -1;
    // The largest message and the largest single frame the server may send: a frame is
    // refused from its header, before its payload is buffered.
    qint64 maxMessageBytes = 64 * 1024 * 1024;
    // Sent with the opening handshake, e.g. {"Authorization", "Bearer …"}.
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<QSslConfiguration> tls;
    // Calls in flight when the connection drops are sent again after reconnecting only if
    // this says they are idempotent; the others fail with a Transport error.
    IdempotencyPolicy isIdempotent = isIdempotentMethod;
};

} // namespace seismic::rpc
