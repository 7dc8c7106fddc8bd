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
    const QString symbol = countedSymbol(transfer.tokenSymbol);
    auto counted = std::find_if(m_held.counts.begin(), m_held.counts.end(),
                                [&](const auto& entry) { return entry.first == symbol; });
    if (counted != m_held.counts.end())
        ++counted->second;
    else
        m_held.counts.append({symbol, 1});
    return std::nullopt;
}

QString NotificationCoalescer::countedSymbol(const QString& symbol) const
{
    const bool known = std::any_of(m_held.counts.begin(), m_held.counts.end(),
                                   [&](const auto& entry) { return entry.first == symbol; });
    return known || m_held.counts.size() < kMaxSymbols ? symbol : QString();
}

void NotificationCoalescer::withdraw(const store::TransferRecord& transfer)
{
    if (m_held.total == 0)
        return;
    // The window stays open: what follows in it is still held.
    if (--m_held.total == 0) {
        m_held = {};
        return;
    }
    m_held.single.reset();
    const QString symbol = countedSymbol(transfer.tokenSymbol);
    auto counted = std::find_if(m_held.counts.begin(), m_held.counts.end(),
                                [&](const auto& entry) { return entry.first == symbol; });
    if (counted != m_held.counts.end() && --counted->second == 0)
        m_held.counts.erase(counted);
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
