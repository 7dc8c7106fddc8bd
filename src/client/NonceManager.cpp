// SPDX-License-Identifier: MIT
#include "client/NonceManager.h"

#include <algorithm>
#include <utility>

namespace seismic::client {

namespace {

Error managerGone()
{
    return makeError(ErrorKind::Cancelled, "the nonce manager is gone");
}

} // namespace

NonceManager::Reservation::Reservation(Reservation&& other) noexcept
    : m_manager(other.m_manager)
    , m_nonce(other.m_nonce)
    , m_chainEpoch(other.m_chainEpoch)
    , m_replacing(other.m_replacing)
{
    other.m_manager.clear();
}

NonceManager::Reservation& NonceManager::Reservation::operator=(Reservation&& other) noexcept
{
    if (this != &other) {
        settle(Outcome::Released);
        m_manager = other.m_manager;
        m_nonce = other.m_nonce;
        m_chainEpoch = other.m_chainEpoch;
        m_replacing = other.m_replacing;
        other.m_manager.clear();
    }
    return *this;
}

NonceManager::Reservation::~Reservation()
{
    settle(Outcome::Released);
}

void NonceManager::Reservation::sent()
{
    settle(Outcome::Sent);
}

void NonceManager::Reservation::released()
{
    settle(Outcome::Released);
}

void NonceManager::Reservation::conflict()
{
    settle(Outcome::Conflict);
}

void NonceManager::Reservation::uncertain()
{
    settle(Outcome::Uncertain);
}

void NonceManager::Reservation::settle(Outcome outcome)
{
    if (NonceManager* manager = m_manager.data()) {
        m_manager.clear();
        if (manager->m_chainEpoch != m_chainEpoch)
            return;
        if (!m_replacing)
            manager->settle(m_nonce, outcome);
        else if (outcome == Outcome::Conflict || outcome == Outcome::Uncertain)
            manager->resync();
    }
}

NonceManager::NonceManager(rpc::EthApi eth, Address account, QObject* parent)
    : QObject(parent)
    , m_eth(std::move(eth))
    , m_account(account)
{}

NonceManager::~NonceManager()
{
    // Waiters resume with the error and return without touching this object.
    for (auto& waiter : std::exchange(m_waiters, {}))
        waiter.resolve(managerGone());
}

QCoro::Task<Status> NonceManager::sync()
{
    if (!m_stale)
        co_return Status{};
    rpc::Promise<Status> done;
    m_waiters.push_back(done);
    if (!m_fetching)
        fetch();
    co_return co_await done.future();
}

QCoro::Task<Result<NonceManager::Reservation>> NonceManager::reserve()
{
    const QPointer<NonceManager> self(this);
    // With nothing of ours in flight the node's count is the whole truth, and another wallet
    // with the same key may have moved it since: ask again rather than fail the send (a fetch
    // already due is as good).
    if (!m_stale && m_reserved.empty() && m_sent.empty())
        resync();
    while (m_stale) {
        auto synced = co_await sync();
        if (!synced)
            co_return std::move(synced).error();
        if (!self)
            co_return managerGone();
    }
    const std::uint64_t nonce = lowestFree();
    m_taken.insert(nonce);
    m_reserved.insert(nonce);
    co_return Reservation(this, nonce);
}

NonceManager::Reservation NonceManager::replacing(std::uint64_t nonce)
{
    return Reservation(this, nonce, true);
}

std::optional<std::uint64_t> NonceManager::peek() const
{
    if (!m_known)
        return std::nullopt;
    return lowestFree();
}

void NonceManager::resync()
{
    m_stale = true;
    ++m_resyncs;
}

QCoro::Task<> NonceManager::fetch()
{
    const QPointer<NonceManager> self(this);
    m_fetching = true;
    std::optional<Error> failure;
    for (;;) {
        const std::uint64_t resyncs = m_resyncs;
        auto eth = m_eth;
        auto count = co_await eth.getTransactionCount(m_account, rpc::BlockId::pending());
        if (!self)
            co_return;
        if (!count) {
            failure = std::move(count).error();
            break;
        }
        // A resync asked for meanwhile: this answer may predate what caused it.
        if (m_resyncs != resyncs)
            continue;
        m_stale = false;
        apply(*count);
        Q_EMIT synced(*count);
        if (!self)
            co_return;
        break;
    }
    m_fetching = false;
    const Status status = failure ? Status(*failure) : Status{};
    for (auto& waiter : std::exchange(m_waiters, {}))
        waiter.resolve(status);
}

void NonceManager::mined(std::uint64_t nonce)
{
    m_minedBelow = std::max(m_minedBelow, nonce + 1);
    m_sent.erase(m_sent.begin(), m_sent.upper_bound(nonce));
}

void NonceManager::dropped(std::uint64_t nonce)
{
    m_sent.erase(nonce);
    if (!m_reserved.contains(nonce))
        m_taken.erase(nonce);
    resync();
}

void NonceManager::reset()
{
    ++m_chainEpoch;
    m_sent.clear();
    m_reserved.clear();
    m_taken.clear();
    m_minedBelow = 0;
    resync();
}

void NonceManager::apply(std::uint64_t pendingCount)
{
    // Nonces still in flight, or accepted and not yet counted, stay taken; everything else at or
    // above the count is free again (dropped, or never accepted).
    // A lagging backend may count fewer than a receipt showed used.
    const std::uint64_t base = std::max(pendingCount, m_minedBelow);
    m_sent.erase(m_sent.begin(), m_sent.lower_bound(base));
    std::set<std::uint64_t> taken(m_sent);
    taken.insert(m_reserved.lower_bound(base), m_reserved.end());
    m_base = base;
    m_taken = std::move(taken);
    m_known = true;
    compact();
}

void NonceManager::settle(std::uint64_t nonce, Outcome outcome)
{
    m_reserved.erase(nonce);
    switch (outcome) {
    case Outcome::Sent:
        m_sent.insert(nonce);
        compact();
        break;
    case Outcome::Released:
        m_taken.erase(nonce);
        break;
    case Outcome::Conflict:
    case Outcome::Uncertain:
        m_taken.erase(nonce);
        resync();
        break;
    }
}

std::uint64_t NonceManager::lowestFree() const
{
    std::uint64_t nonce = m_base;
    for (const auto taken : m_taken) {
        if (taken != nonce)
            break;
        ++nonce;
    }
    return nonce;
}

void NonceManager::compact()
{
    // Sent nonces at the bottom are final: move the base past them.
    while (!m_taken.empty() && *m_taken.begin() == m_base && !m_reserved.contains(m_base)) {
        m_taken.erase(m_taken.begin());
        ++m_base;
    }
}

} // namespace seismic::client
