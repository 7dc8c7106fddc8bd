// SPDX-License-Identifier: MIT
#include "rpc/HttpResponse.h"

#include <algorithm>

namespace seismic::rpc {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now)
{
    const auto text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto clamped = [](qint64 milliseconds) {
        return std::chrono::milliseconds(
            std::clamp<qint64>(milliseconds, 0, kMaxRetryAfter.count()));
    };
    bool isNumber = false;
    const auto seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        // Clamped before scaling: a hostile 10^18 would overflow as milliseconds.
        return seconds < 0 ? std::nullopt
                           : std::optional(
                                 clamped(std::min<qint64>(seconds, kMaxRetryAfter.count()) * 1000));
    }
    // Digits too many for a 64-bit number are still a (very long) delay.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return kMaxRetryAfter;
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    auto date = QString::fromLatin1(text.left(64));
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const auto when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return clamped(now.msecsTo(when));
}

} // namespace seismic::rpc
