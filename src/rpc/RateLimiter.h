// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/Promise.h"

#include <QTimer>

#include <chrono>
#include <deque>

namespace seismic::rpc {

// A token bucket: `rate` tokens per second, at most `burst` stored. acquire() completes when
// its tokens are available; waiters are served strictly in arrival order (a small request
// never overtakes a large one), and none is dropped: each completes, or fails with Cancelled
// when its token or the limiter is cancelled.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);
    ~RateLimiter();
    RateLimiter(const RateLimiter&) = delete;
    RateLimiter& operator=(const RateLimiter&) = delete;

    // `cost` above the burst size is clamped to it, so every request can eventually pass.
    Future<Status> acquire(double cost = 1.0, CancelToken cancel = {});
    void close();

    int waiting() const { return static_cast<int>(m_waiters.size()); }

private:
    struct Waiter
    {
        std::uint64_t id;
        double cost;
        Promise<Status> promise;
        CancelRegistration cancelRegistration;
    };

    void refill();
    void dispatch();
    void cancelWaiter(std::uint64_t id);

    double m_rate;
    double m_burst;
    double m_tokens;
    std::chrono::steady_clock::time_point m_lastRefill;
    std::deque<Waiter> m_waiters;
    std::uint64_t m_nextId = 1;
    bool m_closed = false;
    bool m_dispatching = false;
    QTimer m_timer;
};

} // namespace seismic::rpc
