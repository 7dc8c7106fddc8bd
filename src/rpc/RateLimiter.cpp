// SPDX-License-Identifier: MIT
#include "rpc/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace seismic::rpc {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(ratePerSecond, 1e-3))
    , m_burst(std::max(burst, 1.0))
    , m_tokens(m_burst)
    , m_lastRefill(std::chrono::steady_clock::now())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { dispatch(); });
}

RateLimiter::~RateLimiter()
{
    close();
}

void RateLimiter::refill()
{
    const auto now = std::chrono::steady_clock::now();
    const std::chrono::duration<double> elapsed = now - m_lastRefill;
    m_lastRefill = now;
    m_tokens = std::min(m_burst, m_tokens + elapsed.count() * m_rate);
}

Future<Status> RateLimiter::acquire(double cost, CancelToken cancel)
{
    if (m_closed)
        return Future<Status>::ready(makeError(ErrorKind::Cancelled, "rate limiter closed"));
    if (cancel.isCancelled())
        return Future<Status>::ready(makeError(ErrorKind::Cancelled, "cancelled"));
    cost = std::clamp(cost, 0.0, m_burst);
    refill();
    if (m_waiters.empty() && m_tokens >= cost) {
        m_tokens -= cost;
        return Future<Status>::ready(Status{});
    }
    Waiter waiter{m_nextId++, cost, {}, {}};
    auto future = waiter.promise.future();
    waiter.cancelRegistration = cancel.onCancel([this, id = waiter.id] { cancelWaiter(id); });
    m_waiters.push_back(std::move(waiter));
    if (m_waiters.size() == 1)
        dispatch();
    return future;
}

void RateLimiter::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    refill();
    while (!m_waiters.empty() && m_tokens >= m_waiters.front().cost) {
        auto waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        m_tokens -= waiter.cost;
        waiter.cancelRegistration.reset();
        waiter.promise.resolve(Status{});
    }
    m_dispatching = false;
    if (m_waiters.empty()) {
        m_timer.stop();
        return;
    }
    const double missing = m_waiters.front().cost - m_tokens;
    const auto wait = std::chrono::milliseconds(
        std::max<long long>(1, static_cast<long long>(std::ceil(missing / m_rate * 1000.0))));
    m_timer.start(wait);
}

void RateLimiter::cancelWaiter(std::uint64_t id)
{
    auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                           [id](const Waiter& waiter) { return waiter.id == id; });
    if (it == m_waiters.end())
        return;
    const bool wasHead = it == m_waiters.begin();
    auto promise = it->promise;
    m_waiters.erase(it);
    promise.resolve(makeError(ErrorKind::Cancelled, "cancelled while waiting for the rate limit"));
    if (wasHead)
        dispatch(); // the next waiter may need fewer tokens
}

void RateLimiter::close()
{
    m_closed = true;
    m_timer.stop();
    auto pending = std::move(m_waiters);
    m_waiters.clear();
    for (auto& waiter : pending)
        waiter.promise.resolve(makeError(ErrorKind::Cancelled, "rate limiter closed"));
}

} // namespace seismic::rpc
