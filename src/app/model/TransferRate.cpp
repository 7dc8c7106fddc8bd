// SPDX-License-Identifier: MIT
#include "app/model/TransferRate.h"

namespace seismic::app {

TransferRate::TransferRate(std::size_t window)
    : m_window(window > 0 ? window : 1)
{}

void TransferRate::sample(quint64 count)
{
    if (!m_samples.empty() && count < m_samples.back())
        m_samples.clear();
    m_samples.push_back(count);
    while (m_samples.size() > m_window + 1)
        m_samples.pop_front();
}

double TransferRate::perTick() const
{
    if (m_samples.size() < 2)
        return 0.0;
    // Samples only grow within the window (a drop cleared it).
    return static_cast<double>(m_samples.back() - m_samples.front()) /
           static_cast<double>(m_samples.size() - 1);
}

} // namespace seismic::app
