// SPDX-License-Identifier: MIT
#include "app/model/BalanceTimeline.h"

#include <algorithm>

namespace seismic::app {

BalanceTimeline::BalanceTimeline(qint64 initialWidthSeconds)
    : m_width(initialWidthSeconds)
{
    Q_ASSERT(initialWidthSeconds > 0);
}

void BalanceTimeline::add(qint64 second, const Int256& delta)
{
    if (!m_origin)
        m_origin = second - (((second % m_width) + m_width) % m_width);
    const qint64 offset = std::max<qint64>(second - *m_origin, 0);
    while (offset / m_width >= static_cast<qint64>(kBuckets))
        mergePairs();
    const auto index = static_cast<std::size_t>(offset / m_width);
    m_deltas[index] += delta;
    m_used = std::max(m_used, index + 1);
}

void BalanceTimeline::mergePairs()
{
    for (std::size_t i = 0; i < kBuckets / 2; ++i)
        m_deltas[i] = m_deltas[2 * i] + m_deltas[2 * i + 1];
    for (std::size_t i = kBuckets / 2; i < kBuckets; ++i)
        m_deltas[i] = 0;
    m_used = (m_used + 1) / 2;
    m_width *= 2;
}

std::vector<BalanceTimeline::Point> BalanceTimeline::points() const
{
    std::vector<Point> points;
    if (!m_origin)
        return points;
    points.reserve(m_used + 1);
    Int256 balance = 0;
    points.push_back({*m_origin, balance});
    for (std::size_t i = 0; i < m_used; ++i) {
        balance += m_deltas[i];
        points.push_back({*m_origin + static_cast<qint64>(i + 1) * m_width, balance});
    }
    return points;
}

} // namespace seismic::app
