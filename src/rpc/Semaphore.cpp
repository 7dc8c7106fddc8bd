// SPDX-License-Identifier: MIT
#include "rpc/Semaphore.h"

#include <algorithm>

namespace seismic::rpc {

struct Semaphore::State : std::enable_shared_from_this<State>
{
    struct Waiter
    {
        std::uint64_t id;
        Promise<Result<Permit>> promise;
        CancelRegistration cancelRegistration;
    };

    int available = 0;
    bool closed = false;
    bool dispatching = false;
    std::uint64_t nextId = 1;
    std::deque<Waiter> waiters;

    // Hands free permits to waiters in order. Iterative, so a waiter that releases at once
    // while being resumed does not recurse.
    void dispatch()
    {
        if (dispatching)
            return;
        dispatching = true;
        while (available > 0 && !waiters.empty()) {
            auto waiter = std::move(waiters.front());
            waiters.pop_front();
            --available;
            waiter.cancelRegistration.reset();
            waiter.promise.resolve(Permit(shared_from_this()));
        }
        dispatching = false;
    }

    void cancelWaiter(std::uint64_t id)
    {
        auto it = std::find_if(waiters.begin(), waiters.end(),
                               [id](const Waiter& waiter) { return waiter.id == id; });
        if (it == waiters.end())
            return;
        auto promise = it->promise;
        waiters.erase(it);
        promise.resolve(makeError(ErrorKind::Cancelled, "cancelled while waiting for a permit"));
    }

    void closeAll()
    {
        closed = true;
        auto pending = std::move(waiters);
        waiters.clear();
        for (auto& waiter : pending)
            waiter.promise.resolve(makeError(ErrorKind::Cancelled, "semaphore closed"));
    }
};

Semaphore::Permit& Semaphore::Permit::operator=(Permit&& other) noexcept
{
    if (this != &other) {
        release();
        m_state = std::move(other.m_state);
    }
    return *this;
}

void Semaphore::Permit::release()
{
    if (auto state = std::move(m_state)) {
        ++state->available;
        state->dispatch();
    }
}

Semaphore::Semaphore(int permits)
    : m_state(std::make_shared<State>())
{
    m_state->available = std::max(permits, 1);
}

Semaphore::~Semaphore()
{
    m_state->closeAll();
}

Future<Result<Semaphore::Permit>> Semaphore::acquire(CancelToken cancel)
{
    if (m_state->closed)
        return Future<Result<Permit>>::ready(makeError(ErrorKind::Cancelled, "semaphore closed"));
    if (cancel.isCancelled())
        return Future<Result<Permit>>::ready(makeError(ErrorKind::Cancelled, "cancelled"));
    if (m_state->available > 0 && m_state->waiters.empty()) {
        --m_state->available;
        return Future<Result<Permit>>::ready(Permit(m_state));
    }
    State::Waiter waiter{m_state->nextId++, {}, {}};
    auto future = waiter.promise.future();
    std::weak_ptr<State> weak = m_state;
    waiter.cancelRegistration = cancel.onCancel([weak, id = waiter.id] {
        if (auto state = weak.lock())
            state->cancelWaiter(id);
    });
    m_state->waiters.push_back(std::move(waiter));
    return future;
}

void Semaphore::close()
{
    m_state->closeAll();
}

int Semaphore::available() const
{
    return m_state->available;
}

int Semaphore::waiting() const
{
    return static_cast<int>(m_state->waiters.size());
}

} // namespace seismic::rpc
