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

// The longest wait a server's Retry-After may ask for: a hostile value (10^12 seconds, a date
// in the year 9999) must not stall the client.
inline constexpr std::chrono::milliseconds kMaxRetryAfter{60'000};

// Retry-After as delay-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"),
// clamped to 0 … kMaxRetryAfter; nothing when absent or unreadable. A date in the past is a
// zero wait.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now);

} // namespace seismic::rpc
