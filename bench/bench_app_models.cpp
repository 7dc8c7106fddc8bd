// SPDX-License-Identifier: MIT
// The live transfer table at the scale the product promises (200,000 rows, 2,000 events per
// second delivered in 100 ms batches of 200), on one core:
//   AppendBatches        200,000 rows appended in batches of 200, with the filter proxy and its
//                        row mapping attached as the Transfers page has them (items_per_second:
//                        rows);
//   AppendBatchesFiltered  the same with an address filter set (each batch filtered on arrival);
//   FilterByAddress      re-filtering 200,000 rows when the address filter changes;
//   FilterByToken        the same for the token filter (symbol match);
//   FilterByDirection    the same for the direction;
//   DisplayData          the display texts of one screenful (40 rows x 7 columns) at the end of
//                        the table, as the view paints them.
#include "app/model/TransferFilterProxyModel.h"
#include "app/model/TransferTableModel.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <vector>

using namespace seismic;
using namespace seismic::app;

namespace {

constexpr int kRows = 200'000;
constexpr int kBatch = 200;

Address account(int index)
{
    Bytes raw(20, 0);
    raw[18] = static_cast<std::uint8_t>(index >> 8);
    raw[19] = static_cast<std::uint8_t>(index);
    raw[0] = 0x5a;
    return *Address::fromView(raw);
}

const Address kMe = account(1);

std::vector<std::vector<TransferRecord>> makeBatches()
{
    const Address src20 = account(1000);
    const Address erc20 = account(1001);
    std::vector<std::vector<TransferRecord>> batches;
    batches.reserve(kRows / kBatch);
    const QDateTime time = QDateTime::currentDateTime();
    for (int first = 0; first < kRows; first += kBatch) {
        std::vector<TransferRecord> batch;
        batch.reserve(kBatch);
        for (int i = first; i < first + kBatch; ++i) {
            TransferRecord record;
            record.time = time;
            record.blockNumber = 1'000 + static_cast<quint64>(i / 50);
            const bool shielded = i % 2 == 0;
            record.token = shielded ? src20 : erc20;
            record.tokenSymbol = shielded ? QStringLiteral("SDT") : QStringLiteral("DUSD");
            record.decimals = shielded ? 18 : 6;
            record.from = i % 3 == 0 ? kMe : account(i % 500 + 2);
            record.to = i % 3 == 1 ? kMe : account((i * 7) % 500 + 2);
            record.amount = Uint256(i) * 1'000'000'000'000ULL;
            Bytes hash(32, 0);
            for (int byte = 0; byte < 4; ++byte)
                hash[static_cast<std::size_t>(byte)] = static_cast<std::uint8_t>(i >> (8 * byte));
            record.txHash = *Hash::fromView(hash);
            record.logIndex = static_cast<quint32>(i % 4);
            batch.push_back(std::move(record));
        }
        batches.push_back(std::move(batch));
    }
    return batches;
}

const std::vector<std::vector<TransferRecord>>& batches()
{
    static const auto kBatches = makeBatches();
    return kBatches;
}

void appendAll(benchmark::State& state, const QString& addressFilter)
{
    for (auto _ : state) {
        TransferTableModel transfers;
        TransferFilterProxyModel proxy;
        proxy.setTransfers(&transfers);
        proxy.setAccount(kMe);
        proxy.setAddressFilter(addressFilter);
        for (const auto& batch : batches())
            transfers.addTransfers(batch);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void AppendBatches(benchmark::State& state)
{
    appendAll(state, {});
}
BENCHMARK(AppendBatches)->Unit(benchmark::kMillisecond);

void AppendBatchesFiltered(benchmark::State& state)
{
    appendAll(state, QString::fromStdString(account(7).lowerHex()));
}
BENCHMARK(AppendBatchesFiltered)->Unit(benchmark::kMillisecond);

// A full table with its proxy; each iteration flips one filter back and forth.
template<typename Apply>
void refilter(benchmark::State& state, Apply apply)
{
    TransferTableModel transfers;
    TransferFilterProxyModel proxy;
    proxy.setTransfers(&transfers);
    proxy.setAccount(kMe);
    for (const auto& batch : batches())
        transfers.addTransfers(batch);
    bool on = false;
    for (auto _ : state) {
        on = !on;
        apply(proxy, on);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void FilterByAddress(benchmark::State& state)
{
    const QString filter = QString::fromStdString(account(42).lowerHex().substr(30));
    refilter(state, [&filter](TransferFilterProxyModel& proxy, bool on) {
        proxy.setAddressFilter(on ? filter : QString());
    });
}
BENCHMARK(FilterByAddress)->Unit(benchmark::kMillisecond);

void FilterByToken(benchmark::State& state)
{
    refilter(state, [](TransferFilterProxyModel& proxy, bool on) {
        proxy.setTokenFilter(on ? QStringLiteral("sdt") : QString());
    });
}
BENCHMARK(FilterByToken)->Unit(benchmark::kMillisecond);

void FilterByDirection(benchmark::State& state)
{
    refilter(state, [](TransferFilterProxyModel& proxy, bool on) {
        proxy.setDirection(on ? TransferFilterProxyModel::Direction::Incoming
                              : TransferFilterProxyModel::Direction::All);
    });
}
BENCHMARK(FilterByDirection)->Unit(benchmark::kMillisecond);

void DisplayData(benchmark::State& state)
{
    TransferTableModel transfers;
    TransferFilterProxyModel proxy;
    proxy.setTransfers(&transfers);
    for (const auto& batch : batches())
        transfers.addTransfers(batch);
    const int last = proxy.rowCount() - 40;
    for (auto _ : state) {
        for (int row = last; row < last + 40; ++row)
            for (int column = 0; column < TransferTableModel::ColumnCount; ++column)
                benchmark::DoNotOptimize(proxy.index(row, column).data());
    }
    state.SetItemsProcessed(state.iterations() * 40 * TransferTableModel::ColumnCount);
}
BENCHMARK(DisplayData)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    // Models need no event loop, but Qt's text and palette code expects an application object.
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
