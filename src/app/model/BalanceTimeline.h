// SPDX-License-Identifier: MIT
#pragma once

#include "core/Uint256.h"

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace seismic::app {

// The net flow of one token into an account over time (incoming +, outgoing −), exact, in a
// fixed number of buckets: when a transfer falls past the last one, neighbouring buckets merge
// in pairs and the width doubles, so that any span fits in bounded memory. Each transfer is O(1)
// (a merge is O(kBuckets), and only a doubling of the span causes one).
class BalanceTimeline
{
public:
    static constexpr std::size_t kBuckets = 120;

    struct Point
    {
        qint64 second = 0; // the end of a bucket
        Int256 balance;    // the net flow up to it
    };

    explicit BalanceTimeline(qint64 initialWidthSeconds = 60);

    // `second`: the transfer's time. One before the first bucket counts in the first: the
    // balance after it stays exact, only where the step shows is approximate (transfers come in
    // chain order, so this only happens with a block time that goes back).
    void add(qint64 second, const Int256& delta);

    bool isEmpty() const { return !m_origin; }
    qint64 width() const { return m_width; }
    // The running balance: zero at the start of the first bucket, then at the end of each
    // bucket up to the last one with a transfer.
    std::vector<Point> points() const;

private:
    void mergePairs();

    qint64 m_width;
    std::optional<qint64> m_origin; // the start of the first bucket
    std::size_t m_used = 0;         // buckets up to the last one with a transfer
    std::array<Int256, kBuckets> m_deltas{};
};

} // namespace seismic::app
