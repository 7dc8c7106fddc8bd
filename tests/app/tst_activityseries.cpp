// SPDX-License-Identifier: MIT
// The charts' series on a driven clock: transfers per minute sliding over the last hour, exact
// volume per token, the account's balance from its transfers (hidden amounts counted apart), the
// bounds on tokens and on the balance's buckets.
#include "app/model/BalanceTimeline.h"
#include "app/model/SlidingBuckets.h"
#include "app/model/TransferActivitySeries.h"
#include "app/support/TransferTestSupport.h"

#include <QTest>

using namespace seismic;
using namespace seismic::app;
using apptest::addressOf;
using store::TransferRecord;

namespace {

// 2026-01-01T00:00:00Z, a minute boundary.
constexpr qint64 kStart = 1'767'225'600;

const Address kAccount = addressOf(0xA1);
const Address kOther = addressOf(0xB2);
const Address kSdt = addressOf(0x51);
const Address kUsd = addressOf(0x52);

TransferRecord transfer(const Address& token, const Address& from, const Address& to,
                        std::optional<Uint256> amount, qint64 second)
{
    // Each one another log: the series counts a log once.
    static quint32 logIndex = 0;
    TransferRecord record;
    record.logIndex = ++logIndex;
    record.token = token;
    record.tokenSymbol = token == kSdt ? QStringLiteral("SDT") : QStringLiteral("USD");
    record.decimals = token == kSdt ? 18 : 6;
    record.from = from;
    record.to = to;
    record.amount = amount;
    record.amountStatus =
        amount ? client::AmountStatus::Decrypted : client::AmountStatus::ForeignKey;
    record.time = QDateTime::fromSecsSinceEpoch(second);
    return record;
}

Uint256 tokens(unsigned whole, unsigned decimals = 18)
{
    Uint256 value = whole;
    for (unsigned i = 0; i < decimals; ++i)
        value *= 10;
    return value;
}

} // namespace

class TestActivitySeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsSlideAndClearWhatFellOut()
    {
        SlidingBuckets<int, 3> buckets(60);
        QVERIFY(!buckets.isStarted());
        QVERIFY(!buckets.bucketAt(kStart));
        buckets.advanceTo(kStart + 30);
        QCOMPARE(buckets.startOf(2), kStart);
        QCOMPARE(buckets.startOf(0), kStart - 120);
        *buckets.bucketAt(kStart + 59) += 1;
        *buckets.bucketAt(kStart - 100) += 10;
        QVERIFY(!buckets.bucketAt(kStart - 121)); // older than the oldest
        *buckets.bucketAt(kStart + 500) += 100;   // ahead of the clock: the newest
        QCOMPARE(buckets.at(2), 101);
        QCOMPARE(buckets.at(0), 10);
        buckets.advanceTo(kStart + 60);
        QCOMPARE(buckets.at(0), 0);
        QCOMPARE(buckets.at(1), 101);
        QCOMPARE(buckets.at(2), 0);
        // Time does not go back.
        buckets.advanceTo(kStart);
        QCOMPARE(buckets.at(1), 101);
        // A long gap clears everything, once.
        buckets.advanceTo(kStart + 86'400);
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(buckets.at(i), 0);
        // Before 1970 the buckets still start on the minute.
        SlidingBuckets<int, 2> early(60);
        early.advanceTo(-1);
        QCOMPARE(early.startOf(1), -60);
    }

    void transfersPerMinuteSlideOverTheLastHour()
    {
        TransferActivitySeries series;
        QVERIFY(series.transfersPerMinutePoints().isEmpty());
        series.advanceTo(kStart);
        for (int i = 0; i < 5; ++i)
            series.add(transfer(kSdt, kOther, kOther, tokens(1), kStart + i), kStart + i);
        series.add(transfer(kSdt, kOther, kOther, tokens(1), kStart + 61), kStart + 61);
        auto points = series.transfersPerMinutePoints();
        QCOMPARE(points.size(), 60);
        QCOMPARE(points.last(), QPointF((kStart + 60) * 1000.0, 1));
        QCOMPARE(points.at(58), QPointF(kStart * 1000.0, 5));
        // An hour later the first minute has slid out, the second is the oldest.
        series.advanceTo(kStart + 3600 + 30);
        points = series.transfersPerMinutePoints();
        QCOMPARE(points.first(), QPointF((kStart + 60) * 1000.0, 1));
        QCOMPARE(points.at(1).y(), 0.0);
        // A transfer older than the hour is not counted; one without a block time counts now.
        series.add(transfer(kSdt, kOther, kOther, tokens(1), kStart), kStart + 3600 + 30);
        TransferRecord timeless = transfer(kSdt, kOther, kOther, tokens(1), 0);
        timeless.time = QDateTime();
        series.add(timeless, kStart + 3600 + 40);
        points = series.transfersPerMinutePoints();
        QCOMPARE(points.last().y(), 1.0);
        double total = 0;
        for (const QPointF& point : points)
            total += point.y();
        QCOMPARE(total, 2.0);
    }

    void volumeIsExactPerTokenAndHiddenAmountsAreCounted()
    {
        TransferActivitySeries series;
        // 2^200 + 1 base units twice: exact where a double would lose the 1.
        const Uint256 huge = (Uint256(1) << 200) + 1;
        series.add(transfer(kSdt, kOther, kOther, huge, kStart), kStart);
        series.add(transfer(kSdt, kOther, kOther, huge, kStart + 10), kStart + 10);
        series.add(transfer(kUsd, kOther, kOther, tokens(7, 6), kStart + 20), kStart + 20);
        series.add(transfer(kUsd, kOther, kOther, std::nullopt, kStart + 20), kStart + 20);
        QCOMPARE(series.tokens().size(), std::size_t(2));
        const auto& sdt = series.tokens().at(0);
        const auto& usd = series.tokens().at(1);
        QCOMPARE(sdt.symbol, QStringLiteral("SDT"));
        QCOMPARE(sdt.volume.at(59), 2 * huge);
        QCOMPARE(sdt.hiddenVolume, quint64(0));
        QCOMPARE(usd.volume.at(59), tokens(7, 6));
        QCOMPARE(usd.hiddenVolume, quint64(1));
        QCOMPARE(series.volumePoints(usd).last(), QPointF(kStart * 1000.0, 7.0));
        QCOMPARE(series.volumePoints(usd).size(), 60);
        // A token first seen later is on the same clock.
        series.advanceTo(kStart + 120);
        series.add(transfer(addressOf(0x53), kOther, kOther, tokens(1), kStart + 120),
                   kStart + 120);
        QCOMPARE(series.volumePoints(series.tokens().at(2)).last().x(), (kStart + 120) * 1000.0);
        QCOMPARE(series.volumePoints(sdt).last().x(), (kStart + 120) * 1000.0);
    }

    void balanceFollowsTheAccountsTransfers()
    {
        TransferActivitySeries series;
        series.setAccount(kAccount);
        series.add(transfer(kSdt, addressOf(0), kAccount, tokens(1000), kStart), kStart); // mint
        series.add(transfer(kSdt, kAccount, kOther, tokens(300), kStart + 70), kStart + 70);
        series.add(transfer(kSdt, kAccount, kOther, std::nullopt, kStart + 80), kStart + 80);
        series.add(transfer(kSdt, kOther, kOther, tokens(5), kStart + 90), kStart + 90);
        series.add(transfer(kSdt, kAccount, kAccount, tokens(9), kStart + 95), kStart + 95);
        TransferRecord withdrawn = transfer(kSdt, kOther, kAccount, tokens(50), kStart + 100);
        withdrawn.removed = true;
        series.add(withdrawn, kStart + 100);
        const auto& sdt = series.tokens().at(0);
        QCOMPARE(sdt.hiddenBalanceChanges, quint64(1));
        const auto points = series.balancePoints(sdt);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0), QPointF(kStart * 1000.0, 0));
        QCOMPARE(points.at(1), QPointF((kStart + 60) * 1000.0, 1000));
        QCOMPARE(points.at(2), QPointF((kStart + 120) * 1000.0, 700));
        QCOMPARE(series.tokens().at(0).volume.at(58), tokens(1000));
        QCOMPARE(series.tokens().at(0).volume.at(59), tokens(300 + 5 + 9));
        // Another account starts afresh: its watch starts afresh too.
        const quint64 revision = series.revision();
        series.setAccount(kOther);
        QVERIFY(series.revision() != revision);
        QVERIFY(series.tokens().empty());
    }

    void balanceBucketsDoubleInsteadOfGrowing()
    {
        BalanceTimeline timeline(60);
        QVERIFY(timeline.isEmpty());
        timeline.add(kStart, 5);
        timeline.add(kStart - 600, 1); // before the first bucket: counted in it
        // A day of one transfer per minute: 1440 minutes in at most kBuckets buckets.
        for (qint64 minute = 1; minute < 1440; ++minute)
            timeline.add(kStart + minute * 60, -1);
        const auto points = timeline.points();
        QVERIFY(points.size() <= BalanceTimeline::kBuckets + 1);
        QCOMPARE(timeline.width(), qint64(60 * 16));
        QCOMPARE(points.front().second, kStart);
        QCOMPARE(points.front().balance, Int256(0));
        QCOMPARE(points.back().balance, Int256(6 - 1439));
        for (std::size_t i = 1; i < points.size(); ++i)
            QCOMPARE(points[i].second - points[i - 1].second, timeline.width());
        // A far-future block time coarsens, but stays bounded and exact at the end.
        timeline.add(kStart + qint64(400) * 365 * 86'400, 1'000);
        QVERIFY(timeline.points().size() <= BalanceTimeline::kBuckets + 1);
        QCOMPARE(timeline.points().back().balance, Int256(6 - 1439 + 1000));
    }

    void transfersDeliveredAgainCountOnce()
    {
        TransferActivitySeries series;
        TransferRecord first = transfer(kSdt, kOther, kOther, tokens(1), kStart);
        first.blockNumber = 100;
        series.add(first, kStart);
        series.add(first, kStart); // the same log again
        TransferRecord sameBlock = transfer(kSdt, kOther, kOther, tokens(2), kStart);
        sameBlock.blockNumber = 100;
        series.add(sameBlock, kStart); // another log of that block, in a later delivery
        QCOMPARE(series.tokens().front().volume.at(59), tokens(3));
        // A restarted watch goes back: what is well below the top was counted.
        TransferRecord top = transfer(kSdt, kOther, kOther, tokens(4), kStart);
        top.blockNumber = 100 + SeenTransfers::kBlocks + 1;
        series.add(top, kStart);
        TransferRecord old = transfer(kSdt, kOther, kOther, tokens(100), kStart);
        old.blockNumber = 100;
        series.add(old, kStart);
        QCOMPARE(series.tokens().front().volume.at(59), tokens(7));
        // Near the top, by key: a new log counts, one seen does not.
        TransferRecord near = transfer(kSdt, kOther, kOther, tokens(8), kStart);
        near.blockNumber = top.blockNumber - 1;
        series.add(near, kStart);
        series.add(top, kStart);
        QCOMPARE(series.tokens().front().volume.at(59), tokens(15));
        QCOMPARE(series.transfersPerMinutePoints().last().y(), 4.0);
        // Another network: nothing is taken as seen.
        series.clear();
        series.add(old, kStart);
        QCOMPARE(series.tokens().front().volume.at(59), tokens(100));
    }

    void withdrawnTransfersAreTakenBack()
    {
        // A fan-out delivered in part (a provider's log only: no amount for us), then withdrawn
        // and delivered whole (the amount opens): counted once, with its amount.
        TransferActivitySeries series;
        series.setAccount(kAccount);
        TransferRecord partial = transfer(kSdt, kOther, kAccount, std::nullopt, kStart + 10);
        partial.blockNumber = 100;
        series.add(partial, kStart + 10);
        QCOMPARE(series.tokens().front().hiddenVolume, 1u);
        QCOMPARE(series.tokens().front().hiddenBalanceChanges, 1u);
        TransferRecord withdrawn = partial;
        withdrawn.removed = true;
        // Taken back at the second it was counted, though the clock has moved on.
        series.add(withdrawn, kStart + 70);
        TransferRecord whole = partial;
        whole.amount = tokens(5);
        series.add(whole, kStart + 70);
        const auto& sdt = series.tokens().front();
        QCOMPARE(sdt.hiddenVolume, 0u);
        QCOMPARE(sdt.hiddenBalanceChanges, 0u);
        QCOMPARE(sdt.volume.at(58), tokens(5));
        QCOMPARE(series.transfersPerMinute().at(58), 1u);
        QCOMPARE(series.transfersPerMinute().at(59), 0u);
        QCOMPARE(sdt.balance.points().back().balance, Int256(tokens(5)));

        // A reorganisation withdraws it for good: nothing of it is left.
        TransferRecord orphaned = whole;
        orphaned.removed = true;
        series.add(orphaned, kStart + 80);
        QCOMPARE(series.tokens().front().volume.at(58), Uint256(0));
        QCOMPARE(series.transfersPerMinute().at(58), 0u);
        QCOMPARE(series.tokens().front().balance.points().back().balance, Int256(0));
        // A withdrawal of what was never counted changes nothing (and never goes below zero).
        series.add(orphaned, kStart + 80);
        TransferRecord unknown = transfer(kSdt, kOther, kAccount, tokens(1), kStart + 80);
        unknown.blockNumber = 100;
        unknown.removed = true;
        series.add(unknown, kStart + 80);
        QCOMPARE(series.transfersPerMinute().at(59), 0u);
        QCOMPARE(series.tokens().front().volume.at(59), Uint256(0));
        QCOMPARE(series.tokens().front().balance.points().back().balance, Int256(0));
    }

    void tokensPastTheLimitAreIgnoredAndCounted()
    {
        TransferActivitySeries series;
        for (unsigned i = 0; i < TransferActivitySeries::kMaxTokens + 3; ++i)
            series.add(transfer(addressOf(static_cast<unsigned char>(i + 1)), kOther, kOther,
                                tokens(1), kStart),
                       kStart);
        QCOMPARE(series.tokens().size(), TransferActivitySeries::kMaxTokens);
        QCOMPARE(series.ignoredTransfers(), quint64(3));
    }
};

QTEST_GUILESS_MAIN(TestActivitySeries)
#include "tst_activityseries.moc"
