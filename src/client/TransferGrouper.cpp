// SPDX-License-Identifier: MIT
#include "client/TransferGrouper.h"

#include <algorithm>

namespace seismic::client {

namespace {

// How much an amount status tells: the transfer takes the most telling one of its logs.
int rank(AmountStatus status)
{
    switch (status) {
    case AmountStatus::Plain:
    case AmountStatus::Decrypted:
        return 0;
    case AmountStatus::Undecryptable:
        return 1;
    case AmountStatus::ForeignKey:
        return 2;
    case AmountStatus::NoKey:
        return 3;
    }
    return 3;
}

TransferKind kindOf(const TransferEvent& event)
{
    if (event.kind == TransferEventKind::Approval)
        return TransferKind::Approval;
    if (event.from.isZero())
        return TransferKind::Mint;
    if (event.to.isZero())
        return TransferKind::Burn;
    return TransferKind::Transfer;
}

// The shortest period (at least 2, a divisor of the length) of the run's key hashes.
std::size_t periodOf(const std::vector<TransferEvent>& run)
{
    const auto length = run.size();
    for (std::size_t period = 2; period < length; ++period) {
        if (length % period != 0)
            continue;
        bool periodic = true;
        for (std::size_t i = period; i < length && periodic; ++i)
            periodic = run[i].encryptKeyHash == run[i - period].encryptKeyHash;
        if (periodic)
            return period;
    }
    return std::max<std::size_t>(length, 1);
}

bool sameTransfers(const std::vector<Transfer>& a, const std::vector<Transfer>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Transfer& x, const Transfer& y) {
                          return x.key() == y.key() && x.logCount == y.logCount;
                      });
}

} // namespace

QList<Transfer> TransferGrouper::add(const QList<TransferEvent>& events)
{
    QList<Transfer> out;
    for (const auto& event : events) {
        if (m_open && extends(m_open->events.back(), event)) {
            m_open->events.push_back(event);
            continue;
        }
        if (m_open)
            publish(*m_open, out);
        m_open = Run{{event}, {}};
    }
    if (m_open)
        publish(*m_open, out);
    return out;
}

bool TransferGrouper::extends(const TransferEvent& last, const TransferEvent& next)
{
    // An ERC20 event is one log per transfer.
    return last.tokenKind == TokenKind::Src20 && next.tokenKind == TokenKind::Src20 &&
           next.transactionHash == last.transactionHash && next.blockHash == last.blockHash &&
           next.logIndex == last.logIndex + 1 && next.token == last.token &&
           next.kind == last.kind && next.from == last.from && next.to == last.to &&
           next.removed == last.removed;
}

std::vector<Transfer> TransferGrouper::group(const std::vector<TransferEvent>& run)
{
    std::vector<Transfer> transfers;
    if (run.empty())
        return transfers;
    const auto period = run.front().tokenKind == TokenKind::Src20 ? periodOf(run) : 1;
    for (std::size_t at = 0; at < run.size(); at += period)
        transfers.push_back(merge(run.data() + at, std::min(period, run.size() - at)));
    return transfers;
}

Transfer TransferGrouper::merge(const TransferEvent* first, std::size_t count)
{
    Transfer t;
    t.token = first->token;
    t.tokenKind = first->tokenKind;
    t.kind = kindOf(*first);
    t.from = first->from;
    t.to = first->to;
    t.blockNumber = first->blockNumber;
    t.blockHash = first->blockHash;
    t.transactionHash = first->transactionHash;
    t.firstLogIndex = first->logIndex;
    t.logCount = static_cast<std::uint32_t>(count);
    t.blockTimestamp = first->blockTimestamp;
    t.removed = first->removed;
    t.direction = first->direction;

    const auto* best = std::min_element(first, first + count, [](const auto& a, const auto& b) {
        return rank(a.amountStatus) < rank(b.amountStatus);
    });
    t.amount = best->amount;
    t.amountStatus = best->amountStatus;
    t.amountError = best->amountError;

    if (t.tokenKind == TokenKind::Src20) {
        if (count >= 2) {
            t.visibility.providers = static_cast<std::uint32_t>(count - 2);
            t.visibility.senderHasKey = !first[count - 2].encryptKeyHash.isZero();
            t.visibility.recipientHasKey = !first[count - 1].encryptKeyHash.isZero();
            // Only providers with a key get a log.
            t.visibility.complete = std::none_of(
                first, first + count - 2, [](const auto& e) { return e.encryptKeyHash.isZero(); });
        } else {
            t.visibility.complete = false;
        }
    }
    return t;
}

void TransferGrouper::publish(Run& run, QList<Transfer>& out)
{
    auto transfers = group(run.events);
    if (sameTransfers(transfers, run.delivered))
        return;
    // A removal that was passed on already needs no withdrawal (removing twice is harmless,
    // adding back what the chain dropped is not).
    const bool removal = run.events.front().removed;
    if (!removal) {
        for (auto withdrawn : run.delivered) {
            withdrawn.removed = true;
            out.append(std::move(withdrawn));
        }
    }
    for (const auto& transfer : transfers) {
        const bool known =
            std::any_of(run.delivered.begin(), run.delivered.end(),
                        [&](const Transfer& d) { return d.key() == transfer.key(); });
        if (!removal || !known)
            out.append(transfer);
    }
    run.delivered = std::move(transfers);
}

} // namespace seismic::client
