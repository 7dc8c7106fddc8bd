// SPDX-License-Identifier: MIT
#include "app/model/NotificationCoalescer.h"

#include <algorithm>

namespace seismic::app {

NotificationCoalescer::NotificationCoalescer(qint64 windowMs)
    : m_windowMs(windowMs)
{}

std::optional<TransferNotice> NotificationCoalescer::add(const store::TransferRecord& transfer,
                                                         qint64 now)
{
    if (!m_windowEnd || now >= *m_windowEnd) {
        // Whatever was held is older than this one: told first, by takeDue().
        if (m_held.total == 0) {
            m_windowEnd = now + m_windowMs;
            TransferNotice notice;
            notice.single = transfer;
            notice.total = 1;
            return notice;
        }
    }
    if (m_held.total == 0)
        m_held.single = transfer;
    else
        m_held.single.reset();
    ++m_held.total;
    // Past kMaxSymbols symbols, the rest count under an empty one ("other tokens").
    const QString symbol =
        m_held.counts.size() < kMaxSymbols ||
                std::any_of(m_held.counts.begin(), m_held.counts.end(),
                            [&](const auto& entry) { return entry.first == transfer.tokenSymbol; })
            ? transfer.tokenSymbol
            : QString();
    auto counted = std::find_if(m_held.counts.begin(), m_held.counts.end(),
                                [&](const auto& entry) { return entry.first == symbol; });
    if (counted != m_held.counts.end())
        ++counted->second;
    else
        m_held.counts.append({symbol, 1});
    return std::nullopt;
}

std::optional<qint64> NotificationCoalescer::dueAt() const
{
    if (m_held.total == 0)
        return std::nullopt;
    return m_windowEnd;
}

std::optional<TransferNotice> NotificationCoalescer::takeDue(qint64 now)
{
    if (m_held.total == 0 || !m_windowEnd || now < *m_windowEnd)
        return std::nullopt;
    m_windowEnd = now + m_windowMs;
    return std::exchange(m_held, {});
}

void NotificationCoalescer::clear()
{
    m_held = {};
    m_windowEnd.reset();
}

} // namespace seismic::app
