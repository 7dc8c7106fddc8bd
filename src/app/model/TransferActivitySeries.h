// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/BalanceTimeline.h"
#include "app/model/SeenTransfers.h"
#include "app/model/SlidingBuckets.h"
#include "core/Address.h"
#include "core/Uint256.h"
#include "store/TransferRecord.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace seismic::app {

// What the charts plot, gathered as transfers arrive: transfers per minute over the last hour
// (sliding), the volume of each token per minute over the last hour (exact sums), and the
// account's balance of each token over time from its transfers. Memory is bounded (fixed
// buckets, at most kMaxTokens tokens) and each transfer costs O(1), whatever the rate.
//
// Time is the caller's: advanceTo() moves the window (the charts call it on a timer), and each
// transfer counts at its block's time (the caller's present when the node gave none). Amounts
// stay exact until points(), which turns them into doubles for plotting only.
class TransferActivitySeries
{
public:
    static constexpr std::size_t kMinutes = 60;
    static constexpr qint64 kMinuteSeconds = 60;
    // Tokens past this many are not charted (counted in ignoredTransfers()).
    static constexpr std::size_t kMaxTokens = 16;

    struct Token
    {
        Address address;
        QString symbol;
        unsigned decimals = 18;
        SlidingBuckets<Uint256, kMinutes> volume{kMinuteSeconds};
        // Transfers whose amount is encrypted under a key we lack: in the count, not the volume.
        quint64 hiddenVolume = 0;
        BalanceTimeline balance;
        // The account's transfers whose amount is hidden: the balance leaves them out.
        quint64 hiddenBalanceChanges = 0;
    };

    TransferActivitySeries();

    // The account whose balance is followed. A change starts everything afresh: the monitor
    // watches the new account's transfers from the start.
    void setAccount(const std::optional<Address>& account);
    const std::optional<Address>& account() const { return m_account; }
    // Forgets everything (another network).
    void clear();

    void advanceTo(qint64 second);
    // Counts one stored transfer, after advancing to `now`, which also stands in for a missing
    // block time. A withdrawn one (`removed`: a fan-out delivered in part, which comes again
    // whole, or a reorganised block) takes back what its delivery counted.
    void add(const store::TransferRecord& transfer, qint64 now);

    const SlidingBuckets<quint32, kMinutes>& transfersPerMinute() const { return m_perMinute; }
    const std::vector<Token>& tokens() const { return m_tokens; }
    quint64 ignoredTransfers() const { return m_ignored; }
    // Changes with every change: the charts repaint only when it moved.
    quint64 revision() const { return m_revision; }

    // Points to plot: x in milliseconds since the epoch (as QDateTimeAxis reads it), y the value.
    // The per-minute ones at each minute's start, oldest first; empty before advanceTo().
    QList<QPointF> transfersPerMinutePoints() const;
    QList<QPointF> volumePoints(const Token& token) const;
    QList<QPointF> balancePoints(const Token& token) const;

private:
    // The token's series, made on its first transfer (none past kMaxTokens).
    Token* tokenOf(const store::TransferRecord& transfer);
    Token* findToken(const Address& address);
    // Adds (sign 1) or takes back (sign -1) one transfer counted at `second`.
    void count(const store::TransferRecord& transfer, qint64 second, int sign);
    // `time` in seconds since the epoch; `now` when it is not valid.
    qint64 secondOf(const QDateTime& time, qint64 now);

    std::optional<Address> m_account;
    SeenTransfers m_seen;
    SlidingBuckets<quint32, kMinutes> m_perMinute{kMinuteSeconds};
    std::vector<Token> m_tokens;
    quint64 m_ignored = 0;
    quint64 m_revision = 0;
    QDateTime m_lastTime;
    qint64 m_lastSecond = 0;
};

// An amount in whole tokens as a double, for a chart's axis only.
double plotValue(const Int256& amount, unsigned decimals);

} // namespace seismic::app
