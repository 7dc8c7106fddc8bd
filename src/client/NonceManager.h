// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "rpc/EthApi.h"
#include "rpc/Promise.h"
#include "rpc/RpcClient.h" // EthApi::client() needs the complete type

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace seismic::client {

// Hands out transaction nonces for one account to concurrent sends, without gaps.
//
// A reservation made while none of the account's transactions is in flight (reserved, or sent
// and not yet counted) asks the node for eth_getTransactionCount(account, "pending"), so that
// another wallet's sends with the same key are counted; while some are in flight, nonces come
// from memory, lowest free first. A send that fails before its transaction reached the node
// releases its nonce, and the next reservation takes it again, so a failed send never leaves a
// hole that would hold back the later ones. "nonce too low",
// "already known", an expired or dropped transaction, or an answer that leaves it unknown
// whether the node got the transaction, mark the count stale: the next reservation resyncs from
// "pending". Nonces reserved and still in flight stay reserved, and so do nonces the node
// accepted until a count or a receipt shows them used: a node may leave a transaction queued
// behind a gap out of its "pending" count, and its nonce must not be handed out twice.
class NonceManager : public QObject
{
    Q_OBJECT

    enum class Outcome
    {
        Sent,
        Released,
        Conflict,
        Uncertain,
    };

public:
    // A reserved nonce. Settle it with sent(), released(), conflict() or uncertain(); one that is
    // destroyed unsettled is released. Move-only; outliving the manager is harmless.
    class Reservation
    {
    public:
        Reservation() = default;
        Reservation(Reservation&& other) noexcept;
        Reservation& operator=(Reservation&& other) noexcept;
        Reservation(const Reservation&) = delete;
        Reservation& operator=(const Reservation&) = delete;
        ~Reservation();

        std::uint64_t nonce() const { return m_nonce; }
        // Reserved from `manager` and not settled yet.
        bool isHeldFrom(const NonceManager* manager) const
        {
            return manager && m_manager.data() == manager;
        }
        // Reserved on the chain the manager follows now (no reset() since).
        bool isForCurrentChain() const
        {
            return m_manager && m_manager->m_chainEpoch == m_chainEpoch;
        }
        // The node accepted the transaction.
        void sent();
        // The node refused it for a reason that has nothing to do with the nonce, or it was
        // never sent: the nonce is free again.
        void released();
        // The node says the nonce is used ("nonce too low", "replacement transaction
        // underpriced"): resync.
        void conflict();
        // It is unknown whether the node got the transaction (connection lost while sending):
        // resync, and "pending" will tell.
        void uncertain();

    private:
        friend class NonceManager;
        Reservation(NonceManager* manager, std::uint64_t nonce, bool replacing = false)
            : m_manager(manager)
            , m_nonce(nonce)
            , m_chainEpoch(manager->m_chainEpoch)
            , m_replacing(replacing)
        {}
        void settle(Outcome outcome);

        QPointer<NonceManager> m_manager;
        std::uint64_t m_nonce = 0;
        std::uint64_t m_chainEpoch = 0;
        // From replacing(): the nonce belongs to the transaction it replaces.
        bool m_replacing = false;
    };

    NonceManager(rpc::EthApi eth, Address account, QObject* parent = nullptr);
    // Waiting reservations end with Cancelled.
    ~NonceManager() override;

    const Address& account() const { return m_account; }

    // Makes the count current: fetches "pending" if it was never fetched or is stale; joins a
    // fetch already under way.
    QCoro::Task<Status> sync();
    // The lowest free nonce, reserved for the caller.
    QCoro::Task<Result<Reservation>> reserve();
    // A reservation of `nonce`, which a sent and still pending transaction of the account holds,
    // for a transaction that replaces it (a speed-up or cancellation: same nonce, higher fee).
    // Settling it never frees the nonce, which the replaced transaction keeps: sent() and
    // released() change nothing, conflict() and uncertain() resync (the nonce was mined
    // meanwhile, or the node refused the fee).
    Reservation replacing(std::uint64_t nonce);
    // The nonce reserve() would hand out now, without reserving it (a best guess while a resync
    // is due); nothing before the first sync.
    std::optional<std::uint64_t> peek() const;
    // Forget the count: the next reservation asks the node.
    void resync();
    // A transaction with this nonce is in a block: it and every nonce below it are used.
    void mined(std::uint64_t nonce);
    // The transaction sent with this nonce can never be mined (it expired): the nonce is free
    // again, and the count is fetched again.
    void dropped(std::uint64_t nonce);
    // The node now follows another chain: nothing sent or reserved on the previous one counts
    // (those reservations no longer hold a nonce here, and settling them changes nothing).
    void reset();

    // Nonces reserved and not yet settled.
    std::size_t inFlight() const { return m_reserved.size(); }
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    // After each fetch: the pending count the node reported.
    void synced(std::uint64_t pendingCount);

private:
    QCoro::Task<> fetch();
    void apply(std::uint64_t pendingCount);
    void settle(std::uint64_t nonce, Outcome outcome);
    std::uint64_t lowestFree() const;
    void compact();

    rpc::EthApi m_eth;
    Address m_account;
    // Nothing is known until the first fetch.
    bool m_known = false;
    bool m_stale = true;
    bool m_fetching = false;
    // Counts reset() calls: reservations remember the one they were made in.
    std::uint64_t m_chainEpoch = 0;
    // Counts resync() calls, so that a fetch can tell one happened while it waited.
    std::uint64_t m_resyncs = 0;
    std::vector<rpc::Promise<Status>> m_waiters;
    // Every nonce below m_base is used; at and above it, m_taken holds the nonces reserved or
    // sent since the last fetch.
    std::uint64_t m_base = 0;
    // Every nonce below it is in a block (mined()): no count can move the base below it.
    std::uint64_t m_minedBelow = 0;
    std::set<std::uint64_t> m_taken;
    std::set<std::uint64_t> m_reserved;
    // Accepted by the node and not yet known to be used (below a fetched count or mined): they
    // stay taken across fetches, whose count may not include them yet.
    std::set<std::uint64_t> m_sent;
};

} // namespace seismic::client
