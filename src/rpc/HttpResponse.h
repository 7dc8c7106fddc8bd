// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace seismic::rpc {

// One HTTP response as the engines hand it up: status, the headers the RPC layer acts on, and
// the body (already decompressed).
struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray body;
};

// Retry-After as delay-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT");
// nothing when absent or unreadable. A date in the past is a zero wait.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now);

} // namespace seismic::rpc
