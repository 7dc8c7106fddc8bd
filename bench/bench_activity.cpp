// SPDX-License-Identifier: MIT
// The charts' series at issue 14's rate, 2,000 transfers per second, on one core:
//   Tick          one second of traffic: the window advanced a second and 2,000 stored
//                 transfers counted (10 tokens, a tenth of them the account's, a tenth with a
//                 hidden amount), all of one block; items_per_second: transfers. utc:0
//                 with the block time in local time, as the monitor makes it (its conversion
//                 back to seconds is costly, done once per block time), utc:1 in UTC;
//   TickAndPlot   the same, then every point of every chart read as the page repaints (the page
//                 does so at most four times a second; here once per tick);
//   Plot          the points alone, over an hour of such traffic.
#include "app/model/TransferActivitySeries.h"
#include "core/Keccak.h"

#include <benchmark/benchmark.h>

#include <vector>

using namespace seismic;
using namespace seismic::app;
using store::TransferRecord;

namespace {

constexpr int kPerTick = 2'000;
constexpr int kTokens = 10;
constexpr qint64 kStart = 1'767'225'600;

Address addressOf(std::uint32_t seed)
{
    const Hash hash = keccak256(ByteView(reinterpret_cast<const std::uint8_t*>(&seed), 4));
    return *Address::fromView(hash.view().first(20));
}

const Address kMe = addressOf(0);

// One second of traffic; the times are set per tick.
std::vector<TransferRecord> secondOfTraffic()
{
    std::vector<TransferRecord> records(kPerTick);
    for (int i = 0; i < kPerTick; ++i) {
        TransferRecord& record = records[static_cast<std::size_t>(i)];
        record.logIndex = static_cast<quint32>(i);
        record.token = addressOf(1'000 + static_cast<std::uint32_t>(i % kTokens));
        record.tokenSymbol = QStringLiteral("T%1").arg(i % kTokens);
        record.from = i % 20 == 0 ? kMe : addressOf(static_cast<std::uint32_t>(i + 10));
        record.to = i % 20 == 1 ? kMe : addressOf(static_cast<std::uint32_t>(i + 20'000));
        if (i % 10 != 3)
            record.amount = Uint256(i + 1) * Uint256(1'000'000'000'000'000ULL);
    }
    return records;
}

void feed(TransferActivitySeries& series, std::vector<TransferRecord>& records, qint64 second,
          Qt::TimeSpec spec = Qt::LocalTime)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(second, spec);
    series.advanceTo(second);
    for (TransferRecord& record : records) {
        record.time = time;
        record.blockNumber = static_cast<quint64>(second);
        series.add(record, second);
    }
}

double plotAll(const TransferActivitySeries& series)
{
    double sum = 0;
    for (const QPointF& point : series.transfersPerMinutePoints())
        sum += point.y();
    for (const auto& token : series.tokens()) {
        for (const QPointF& point : series.volumePoints(token))
            sum += point.y();
        for (const QPointF& point : series.balancePoints(token))
            sum += point.y();
    }
    return sum;
}

void Tick(benchmark::State& state)
{
    TransferActivitySeries series;
    series.setAccount(kMe);
    auto records = secondOfTraffic();
    qint64 second = kStart;
    const Qt::TimeSpec spec = state.range(0) ? Qt::UTC : Qt::LocalTime;
    for (auto _ : state)
        feed(series, records, ++second, spec);
    state.SetItemsProcessed(state.iterations() * kPerTick);
}
BENCHMARK(Tick)->ArgName("utc")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void TickAndPlot(benchmark::State& state)
{
    TransferActivitySeries series;
    series.setAccount(kMe);
    auto records = secondOfTraffic();
    qint64 second = kStart;
    for (auto _ : state) {
        feed(series, records, ++second);
        benchmark::DoNotOptimize(plotAll(series));
    }
    state.SetItemsProcessed(state.iterations() * kPerTick);
}
BENCHMARK(TickAndPlot)->Unit(benchmark::kMicrosecond);

void Plot(benchmark::State& state)
{
    TransferActivitySeries series;
    series.setAccount(kMe);
    auto records = secondOfTraffic();
    for (qint64 second = kStart; second < kStart + 3'600; second += 60)
        feed(series, records, second);
    for (auto _ : state)
        benchmark::DoNotOptimize(plotAll(series));
}
BENCHMARK(Plot)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
