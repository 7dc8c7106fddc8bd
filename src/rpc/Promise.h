// SPDX-License-Identifier: MIT
#pragma once

#ifndef Q_MOC_RUN // moc cannot parse <coroutine> (through <concepts>)
#include <coroutine>
#endif
#include <memory>
#include <optional>
#include <utility>

namespace seismic::rpc {

template<typename T>
class Future;

// The producing side of a one-shot value that a coroutine awaits through a Future. Copies share
// the same slot. The first resolve() wins; later ones are ignored, so a result, a cancellation
// and a deadline can race to settle the same call. The waiting coroutine is resumed inside
// resolve(), so callers finish updating their own state before resolving.
template<typename T>
class Promise
{
public:
    Promise()
        : m_state(std::make_shared<State>())
    {}

    bool resolve(T value) const
    {
        auto state = m_state; // the resumed coroutine may drop every other reference
        if (state->settled)
            return false;
        state->settled = true;
        state->value.emplace(std::move(value));
        if (auto waiter = std::exchange(state->waiter, {}))
            waiter.resume();
        return true;
    }
    bool isSettled() const { return m_state->settled; }
    Future<T> future() const { return Future<T>(m_state); }

private:
    friend class Future<T>;
    struct State
    {
        bool settled = false;
        std::optional<T> value;
        std::coroutine_handle<> waiter;
    };
    std::shared_ptr<State> m_state;
};

// Awaitable side of a Promise; awaited at most once.
template<typename T>
class Future
{
public:
    // An already settled future (fast paths that need no suspension).
    static Future ready(T value)
    {
        Promise<T> promise;
        promise.resolve(std::move(value));
        return promise.future();
    }

    bool await_ready() const noexcept { return m_state->settled; }
    void await_suspend(std::coroutine_handle<> waiter) noexcept { m_state->waiter = waiter; }
    T await_resume() { return std::move(*m_state->value); }

private:
    friend class Promise<T>;
    explicit Future(std::shared_ptr<typename Promise<T>::State> state)
        : m_state(std::move(state))
    {}
    std::shared_ptr<typename Promise<T>::State> m_state;
};

} // namespace seismic::rpc
