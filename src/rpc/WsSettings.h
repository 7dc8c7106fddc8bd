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

struct WsSettings
{
    std::chrono::milliseconds connectTimeout{10'000};
    // From sending a request to its answer.
    std::chrono::milliseconds requestTimeout{30'000};
    // A WebSocket ping goes out this often.
    std::chrono::milliseconds pingInterval{10'000};
    // Nothing received (no answer, notification or pong) for this long: the connection is
    // dead and is replaced.
    std::chrono::milliseconds livenessTimeout{30'000};
    // With a newHeads subscription active: no new head for this long counts as dead too
    // (a node that answers pings but stopped following the chain). Zero turns it off.
    std::chrono::milliseconds headTimeout{0};
    // Waits between reconnection attempts.
    Backoff reconnectBackoff{std::chrono::milliseconds(250), std::chrono::milliseconds(30'000), 2.0,
                             0.5};
    // Failed attempts in a row before giving up (state Failed, pending calls fail); a new call
    // starts over. Negative: never give up.
    int maxReconnectAttempts = -1;
    qint64 maxMessageBytes = 64 * 1024 * 1024;
    // Sent with the opening handshake, e.g. {"Authorization", "Bearer …"}.
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<QSslConfiguration> tls;
    // Calls in flight when the connection drops are sent again after reconnecting only if
    // this says they are idempotent; the others fail with a Transport error.
    IdempotencyPolicy isIdempotent = isIdempotentMethod;
};

} // namespace seismic::rpc
