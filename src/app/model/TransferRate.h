// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <deque>

namespace seismic::app {

// The rate of a running count (live transfers): one sample per tick (a second, driven by the
// caller), averaged over the last `window` ticks. A count below the previous sample means the
// count started again (a restarted watch): the average starts again from it. Never negative,
// never wrapped.
class TransferRate
{
public:
    explicit TransferRate(std::size_t window = 10);

    void sample(quint64 count);
    // Per tick; 0 until two samples.
    double perTick() const;

private:
    std::size_t m_window;
    std::deque<quint64> m_samples; // oldest first, at most m_window + 1
};

} // namespace seismic::app
