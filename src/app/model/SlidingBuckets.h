// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

namespace seismic::app {

// The last `Count` fixed-width time buckets up to the present (a ring: bounded memory). Time is
// in whole seconds since the epoch; bucket starts are multiples of the width, so that a minute
// bucket is a clock minute. Advancing clears only the buckets that became new: O(1) per second
// of time passed, never per event.
template<typename Value, std::size_t Count>
class SlidingBuckets
{
    static_assert(Count > 0);

public:
    explicit SlidingBuckets(qint64 widthSeconds)
        : m_width(widthSeconds)
    {
        Q_ASSERT(widthSeconds > 0);
    }

    static constexpr std::size_t size() { return Count; }
    qint64 width() const { return m_width; }

    // Makes the bucket holding `second` the newest; the older ones slide out. Time never goes
    // back: an earlier `second` changes nothing.
    void advanceTo(qint64 second)
    {
        const qint64 bucket = floorDiv(second, m_width);
        if (!m_newest) {
            m_newest = bucket;
            m_buckets.fill(Value{});
            return;
        }
        if (bucket <= *m_newest)
            return;
        const qint64 steps = std::min<qint64>(bucket - *m_newest, static_cast<qint64>(Count));
        for (qint64 i = 1; i <= steps; ++i)
            m_buckets[slotOf(*m_newest + i)] = Value{};
        m_newest = bucket;
    }

    // The bucket of `second`: null when it is older than the oldest one or nothing was advanced
    // to yet; a later second (a block time ahead of this clock) counts in the newest.
    Value* bucketAt(qint64 second)
    {
        if (!m_newest)
            return nullptr;
        const qint64 bucket = std::min(floorDiv(second, m_width), *m_newest);
        if (bucket <= *m_newest - static_cast<qint64>(Count))
            return nullptr;
        return &m_buckets[slotOf(bucket)];
    }

    // Oldest first: index 0 is Count - 1 buckets before the newest.
    const Value& at(std::size_t index) const
    {
        return m_buckets[slotOf(*m_newest - static_cast<qint64>(Count - 1 - index))];
    }
    // The first second of the bucket at `index` (as at()).
    qint64 startOf(std::size_t index) const
    {
        return (*m_newest - static_cast<qint64>(Count - 1 - index)) * m_width;
    }
    bool isStarted() const { return m_newest.has_value(); }

private:
    static qint64 floorDiv(qint64 value, qint64 divisor)
    {
        const qint64 quotient = value / divisor;
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
    }
    std::size_t slotOf(qint64 bucket) const
    {
        const auto count = static_cast<qint64>(Count);
        return static_cast<std::size_t>(((bucket % count) + count) % count);
    }

    qint64 m_width;
    std::optional<qint64> m_newest;
    std::array<Value, Count> m_buckets{};
};

} // namespace seismic::app
