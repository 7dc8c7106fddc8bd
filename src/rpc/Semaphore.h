// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/Promise.h"

#include <deque>
#include <memory>

namespace seismic::rpc {

// An awaitable counting semaphore with first-come, first-served waiters:
//     auto permit = co_await semaphore.acquire(cancel);
//     if (!permit) co_return permit.error();   // cancelled, or the semaphore was closed
// The permit is given back when the Permit object is destroyed.
class Semaphore
{
    struct State;

public:
    class Permit
    {
    public:
        Permit() = default;
        Permit(Permit&& other) noexcept = default;
        Permit& operator=(Permit&& other) noexcept;
        Permit(const Permit&) = delete;
        Permit& operator=(const Permit&) = delete;
        ~Permit() { release(); }

        void release();

    private:
        friend class Semaphore;
        explicit Permit(std::shared_ptr<State> state)
            : m_state(std::move(state))
        {}
        std::shared_ptr<State> m_state;
    };

    explicit Semaphore(int permits);
    // Fails the waiters with Cancelled; permits still held stay valid.
    ~Semaphore();

    Future<Result<Permit>> acquire(CancelToken cancel = {});
    // Refuses new and waiting acquisitions with Cancelled.
    void close();

    int available() const;
    int waiting() const;

private:
    std::shared_ptr<State> m_state;
};

} // namespace seismic::rpc
