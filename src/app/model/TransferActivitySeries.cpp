// SPDX-License-Identifier: MIT
#include "app/model/TransferActivitySeries.h"

#include <algorithm>
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

TransferActivitySeries::Token* TransferActivitySeries::findToken(const Address& address)
{
    const auto found = std::find_if(m_tokens.begin(), m_tokens.end(),
                                    [&](const Token& token) { return token.address == address; });
    return found == m_tokens.end() ? nullptr : &*found;
}

TransferActivitySeries::Token*
TransferActivitySeries::tokenOf(const store::TransferRecord& transfer)
{
    if (Token* token = findToken(transfer.token))
        return token;
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
    advanceTo(now);
    const client::TransferEventKey key{transfer.txHash, transfer.logIndex};
    if (transfer.removed) {
        if (const auto second = m_seen.forget(transfer.blockNumber, key))
            count(transfer, *second, -1);
        return;
    }
    const qint64 second = secondOf(transfer.time, now);
    if (m_seen.firstTime(transfer.blockNumber, key, second))
        count(transfer, second, 1);
}

void TransferActivitySeries::count(const store::TransferRecord& transfer, qint64 second, int sign)
{
    // A withdrawal takes back exactly what its delivery added (at the second it was counted),
    // never below zero.
    const auto step = [sign](auto& value) {
        if (sign > 0)
            ++value;
        else if (value > 0)
            --value;
    };
    ++m_revision;
    Token* token = sign > 0 ? tokenOf(transfer) : findToken(transfer.token);
    if (!token) {
        step(m_ignored);
        return;
    }
    if (quint32* count = m_perMinute.bucketAt(second))
        step(*count);
    if (!transfer.amount)
        step(token->hiddenVolume);
    else if (Uint256* volume = token->volume.bucketAt(second))
        *volume = sign > 0 ? *volume + *transfer.amount
                           : (*volume > *transfer.amount ? *volume - *transfer.amount : Uint256(0));

    if (!m_account || transfer.from == transfer.to)
        return;
    const bool incoming = transfer.to == *m_account;
    if (!incoming && transfer.from != *m_account)
        return;
    if (!transfer.amount) {
        step(token->hiddenBalanceChanges);
        return;
    }
    const Int256 amount(*transfer.amount);
    token->balance.add(second, (incoming ? amount : Int256(-amount)) * sign);
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
