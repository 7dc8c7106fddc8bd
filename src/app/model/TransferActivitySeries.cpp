// SPDX-License-Identifier: MIT
#include "app/model/TransferActivitySeries.h"

#include <cmath>

namespace seismic::app {
namespace {

constexpr qint64 kMsecsPerSecond = 1'000;

} // namespace

double plotValue(const Int256& amount, unsigned decimals)
{
    return amount.convert_to<double>() / std::pow(10.0, static_cast<double>(decimals));
}

TransferActivitySeries::TransferActivitySeries()
{
    m_tokens.reserve(kMaxTokens);
}

void TransferActivitySeries::setAccount(const std::optional<Address>& account)
{
    if (account == m_account)
        return;
    m_account = account;
    clear();
}

void TransferActivitySeries::clear()
{
    m_perMinute = SlidingBuckets<quint32, kMinutes>(kMinuteSeconds);
    m_tokens.clear();
    m_seen.clear();
    m_ignored = 0;
    ++m_revision;
}

void TransferActivitySeries::advanceTo(qint64 second)
{
    const qint64 before = m_perMinute.isStarted() ? m_perMinute.startOf(kMinutes - 1) : -1;
    m_perMinute.advanceTo(second);
    for (Token& token : m_tokens)
        token.volume.advanceTo(second);
    if (m_perMinute.startOf(kMinutes - 1) != before)
        ++m_revision;
}

TransferActivitySeries::Token*
TransferActivitySeries::tokenOf(const store::TransferRecord& transfer)
{
    for (Token& token : m_tokens) {
        if (token.address == transfer.token)
            return &token;
    }
    if (m_tokens.size() == kMaxTokens)
        return nullptr;
    Token& token = m_tokens.emplace_back();
    token.address = transfer.token;
    token.symbol = transfer.tokenSymbol;
    token.decimals = transfer.decimals;
    if (m_perMinute.isStarted())
        token.volume.advanceTo(m_perMinute.startOf(kMinutes - 1));
    return &token;
}

qint64 TransferActivitySeries::secondOf(const QDateTime& time, qint64 now)
{
    if (!time.isValid())
        return now;
    // Converting a local time back to seconds is most of the cost of a transfer; the transfers
    // of a block share its time.
    if (time != m_lastTime) {
        m_lastTime = time;
        m_lastSecond = time.toSecsSinceEpoch();
    }
    return m_lastSecond;
}

void TransferActivitySeries::add(const store::TransferRecord& transfer, qint64 now)
{
    if (transfer.removed ||
        !m_seen.firstTime(transfer.blockNumber, {transfer.txHash, transfer.logIndex}))
        return;
    advanceTo(now);
    Token* token = tokenOf(transfer);
    if (!token) {
        ++m_ignored;
        return;
    }
    ++m_revision;
    const qint64 second = secondOf(transfer.time, now);
    if (quint32* count = m_perMinute.bucketAt(second))
        ++*count;
    if (!transfer.amount)
        ++token->hiddenVolume;
    else if (Uint256* volume = token->volume.bucketAt(second))
        *volume += *transfer.amount;

    if (!m_account || transfer.from == transfer.to)
        return;
    const bool incoming = transfer.to == *m_account;
    if (!incoming && transfer.from != *m_account)
        return;
    if (!transfer.amount) {
        ++token->hiddenBalanceChanges;
        return;
    }
    const Int256 amount(*transfer.amount);
    token->balance.add(second, incoming ? amount : Int256(-amount));
}

QList<QPointF> TransferActivitySeries::transfersPerMinutePoints() const
{
    QList<QPointF> points;
    if (!m_perMinute.isStarted())
        return points;
    points.reserve(kMinutes);
    for (std::size_t i = 0; i < kMinutes; ++i)
        points.append(QPointF(static_cast<double>(m_perMinute.startOf(i) * kMsecsPerSecond),
                              m_perMinute.at(i)));
    return points;
}

QList<QPointF> TransferActivitySeries::volumePoints(const Token& token) const
{
    QList<QPointF> points;
    if (!token.volume.isStarted())
        return points;
    points.reserve(kMinutes);
    for (std::size_t i = 0; i < kMinutes; ++i)
        points.append(QPointF(static_cast<double>(token.volume.startOf(i) * kMsecsPerSecond),
                              plotValue(Int256(token.volume.at(i)), token.decimals)));
    return points;
}

QList<QPointF> TransferActivitySeries::balancePoints(const Token& token) const
{
    QList<QPointF> points;
    const auto timeline = token.balance.points();
    points.reserve(static_cast<qsizetype>(timeline.size()));
    for (const BalanceTimeline::Point& point : timeline)
        points.append(QPointF(static_cast<double>(point.second * kMsecsPerSecond),
                              plotValue(point.balance, token.decimals)));
    return points;
}

} // namespace seismic::app
