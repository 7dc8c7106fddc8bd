// SPDX-License-Identifier: MIT
// The store and the transfer table over a million stored transfers (issue 13's figures: open to
// a usable page < 1 s, filter and sort < 200 ms, 2,000 appended transfers per second, < 150 MB
// resident), on one core:
//   OpenToFirstPage   open the file (schema check, WAL), count the network's rows and read the
//                     first screenful (40 rows x 7 columns) as the view paints it;
//   FilterByAddress   an address filter set, counted, and the first screenful read;
//   FilterByToken     the same for a token (symbol), FilterByDirection for incoming transfers;
//   SortBy/<column>   sorting by a column (descending), and the first screenful;
//   ScrollToMiddle    the screenful at row 500,000 in block order (OFFSET paging);
//   OpenAccountWatch  the same for an account watch (the app's default): the account's rows,
//                     a fifth of all here; ScrollAccountWatch a page of them further down each
//                     time, from the top and from the middle;
//   ChartsFromStore   what the Charts page reads and adds up when it opens: the network's last
//                     hour (5 transfers a second here) and the account's newest transfers, at
//                     most kMaxStoredActivityRows each, into the charts' series;
//   AppendBatch       200 new transfers (a tenth of a second at 2,000 per second) stored in one
//                     transaction and shown (items_per_second: transfers);
// Each reports peak_rss_MB, the process's peak resident memory so far (getrusage).
//
// The database is generated once (about a minute) into $SEISMIC_BENCH_STORE_DIR (default: the
// temporary folder's seismic-bench-store/) and reused while it holds the million rows; the
// generation is not measured. Generate first (SEISMIC_BENCH_STORE_GENERATE_ONLY=1) and measure in
// a process of its own, so that the memory of generating does not count.
#include "app/model/StoredActivity.h"
#include "app/model/TransferActivitySeries.h"
#include "app/model/TransferTableModel.h"
#include "core/Keccak.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/StoreStatement.h"
#include "store/TransferStore.h"

#include <QCoreApplication>
#include <QDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <memory>
#include <vector>

using namespace seismic;
using namespace seismic::app;
using namespace seismic::store;

namespace {

// $SEISMIC_BENCH_STORE_ROWS for a smaller trial; the figures are for a million.
const qint64 kRows = qEnvironmentVariableIsSet("SEISMIC_BENCH_STORE_ROWS")
                         ? qEnvironmentVariable("SEISMIC_BENCH_STORE_ROWS").toLongLong()
                         : 1'000'000;
constexpr int kAccounts = 10'000;
constexpr int kTokens = 10;
constexpr int kScreen = 40;
constexpr int kAppendBatch = 200;
const NetworkIdentity kNetwork{31337, Hash{}};

// Distinct, evenly spread addresses: the hash of the index.
Address account(int index)
{
    const std::uint32_t seed = static_cast<std::uint32_t>(index);
    const Hash hash = keccak256(ByteView(reinterpret_cast<const std::uint8_t*>(&seed), 4));
    return *Address::fromView(hash.view().first(20));
}

const Address kMe = account(1);

Hash hashOf(std::uint64_t kind, std::uint64_t index)
{
    const std::uint64_t seed[2] = {kind, index};
    return keccak256(ByteView(reinterpret_cast<const std::uint8_t*>(seed), sizeof seed));
}

// Transfer n: ten per block, among ten tokens; one in ten to kMe and one in ten from it; one in ten
// an SRC20 amount without a key.
TransferRecord transfer(std::uint64_t n, std::uint64_t salt = 0)
{
    std::uint64_t random = n * 0x9e3779b97f4a7c15ULL + salt;
    const auto next = [&random] {
        random ^= random >> 33;
        random *= 0xff51afd7ed558ccdULL;
        random ^= random >> 33;
        return random;
    };
    TransferRecord record;
    record.blockNumber = 1'000 + n / 10;
    record.blockHash = hashOf(1, record.blockNumber);
    record.time = QDateTime::fromSecsSinceEpoch(1'700'000'000 + static_cast<qint64>(n / 5));
    const int token = static_cast<int>(next() % kTokens);
    record.token = account(100'000 + token);
    record.tokenSymbol = QStringLiteral("TK%1").arg(token);
    record.decimals = 18;
    record.from = account(static_cast<int>(next() % kAccounts) + 2);
    record.to = account(static_cast<int>(next() % kAccounts) + 2);
    if (n % 10 == 3)
        record.to = kMe;
    else if (n % 10 == 7)
        record.from = kMe;
    if (n % 10 == 5) {
        record.amountStatus = client::AmountStatus::ForeignKey;
        record.logs = {{record.logIndex, hashOf(2, 0), Bytes(60, static_cast<std::uint8_t>(n))}};
    } else {
        record.amount = Uint256(next()) * 1'000'000'000ULL;
    }
    record.txHash = hashOf(3 + salt, n);
    record.logIndex = static_cast<quint32>(n % 4);
    return record;
}

QString storePath()
{
    const QString directory = qEnvironmentVariableIsSet("SEISMIC_BENCH_STORE_DIR")
                                  ? qEnvironmentVariable("SEISMIC_BENCH_STORE_DIR")
                                  : QDir::temp().filePath(QStringLiteral("seismic-bench-store"));
    return Store::pathIn(directory);
}

std::unique_ptr<Store> openOrDie()
{
    auto store = Store::open(storePath());
    if (!store)
        qFatal("cannot open the bench store: %s", store.error().describe().c_str());
    return std::move(store).value();
}

void generateIfNeeded()
{
    auto store = openOrDie();
    TransferStore transfers(*store);
    const qint64 network = *networkKey(*store, kNetwork);
    TransferQuery all;
    all.network = network;
    qint64 stored = *transfers.count(all);
    if (stored >= kRows)
        return;
    std::fprintf(stderr, "generating %lld transfers into %s…\n", kRows - stored,
                 qPrintable(storePath()));
    // Random keys in six indexes: with SQLite's default 2 MB page cache every insert would read
    // pages back from the file. Generating is a process of its own, so this does not count in
    // the measured memory.
    if (auto cache = executeSql(store->database(), QStringLiteral("PRAGMA cache_size = -524288"),
                                "sizing the cache");
        !cache)
        qFatal("cannot size the cache: %s", cache.error().describe().c_str());
    constexpr qint64 kBatch = 10'000;
    for (qint64 first = stored; first < kRows; first += kBatch) {
        std::vector<TransferRecord> batch;
        for (qint64 n = first; n < std::min(first + kBatch, kRows); ++n)
            batch.push_back(transfer(static_cast<std::uint64_t>(n)));
        if (auto written = transfers.write(network, batch); !written)
            qFatal("cannot generate: %s", written.error().describe().c_str());
    }
    // The planner's statistics, as PRAGMA optimize keeps them in a store in use.
    if (auto analyzed = executeSql(store->database(), QStringLiteral("ANALYZE"), "analyzing");
        !analyzed)
        qFatal("cannot analyze: %s", analyzed.error().describe().c_str());
}

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// The store, opened once, and a table over it as the Transfers page has it.
struct Table
{
    std::unique_ptr<Store> store = openOrDie();
    TransferStore transfers{*store};
    TransferTableModel model;

    Table()
    {
        model.setStore(&transfers);
        model.setNetwork(*networkKey(*store, kNetwork));
        model.setAccount(kMe);
    }
    ~Table() { model.setStore(nullptr); }

    void paintScreen(int first = 0)
    {
        for (int row = first; row < std::min(first + kScreen, model.rowCount()); ++row)
            for (int column = 0; column < TransferTableModel::ColumnCount; ++column)
                benchmark::DoNotOptimize(model.index(row, column).data());
    }
};

std::unique_ptr<Table>& sharedTable()
{
    static std::unique_ptr<Table> table;
    return table;
}

Table& table()
{
    if (!sharedTable())
        sharedTable() = std::make_unique<Table>();
    return *sharedTable();
}

void report(benchmark::State& state)
{
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

void OpenToFirstPage(benchmark::State& state)
{
    sharedTable().reset(); // the file is held exclusively
    for (auto _ : state) {
        Table opened;
        opened.paintScreen();
        benchmark::DoNotOptimize(opened.model.rowCount());
    }
    report(state);
}
BENCHMARK(OpenToFirstPage)->Unit(benchmark::kMillisecond)->Iterations(5);

// Each iteration applies a change and paints the first screen; `undo` (not timed) goes back.
template<typename Apply, typename Undo>
void measureChange(benchmark::State& state, Apply apply, Undo undo)
{
    Table& shown = table();
    for (auto _ : state) {
        state.PauseTiming();
        undo(shown.model);
        state.ResumeTiming();
        apply(shown.model);
        shown.paintScreen();
    }
    state.counters["rows"] = shown.model.rowCount();
    undo(shown.model);
    report(state);
}

void FilterByAddress(benchmark::State& state)
{
    const QString address = QString::fromStdString(account(42).checksummed());
    measureChange(
        state, [&](TransferTableModel& model) { model.setAddressFilter(address); },
        [](TransferTableModel& model) { model.setAddressFilter({}); });
}
BENCHMARK(FilterByAddress)->Unit(benchmark::kMillisecond)->Iterations(10);

void FilterByAddressPrefix(benchmark::State& state)
{
    const QString prefix = QString::fromStdString(account(42).lowerHex().substr(0, 4));
    measureChange(
        state, [&](TransferTableModel& model) { model.setAddressFilter(prefix); },
        [](TransferTableModel& model) { model.setAddressFilter({}); });
}
BENCHMARK(FilterByAddressPrefix)->Unit(benchmark::kMillisecond)->Iterations(10);

void FilterByToken(benchmark::State& state)
{
    measureChange(
        state, [](TransferTableModel& model) { model.setTokenFilter(QStringLiteral("tk3")); },
        [](TransferTableModel& model) { model.setTokenFilter({}); });
}
BENCHMARK(FilterByToken)->Unit(benchmark::kMillisecond)->Iterations(10);

void FilterByDirection(benchmark::State& state)
{
    measureChange(
        state,
        [](TransferTableModel& model) {
            model.setDirection(TransferTableModel::Direction::Incoming);
        },
        [](TransferTableModel& model) { model.setDirection(TransferTableModel::Direction::All); });
}
BENCHMARK(FilterByDirection)->Unit(benchmark::kMillisecond)->Iterations(10);

void SortBy(benchmark::State& state)
{
    const int column = static_cast<int>(state.range(0));
    state.SetLabel(
        TransferTableModel().headerData(column, Qt::Horizontal).toString().toStdString());
    measureChange(
        state, [column](TransferTableModel& model) { model.sort(column, Qt::DescendingOrder); },
        [](TransferTableModel& model) { model.sort(-1); });
}
BENCHMARK(SortBy)
    ->DenseRange(0, TransferTableModel::ColumnCount - 1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

void ScrollToMiddle(benchmark::State& state)
{
    Table& shown = table();
    shown.model.sort(TransferTableModel::BlockColumn, Qt::AscendingOrder);
    int first = static_cast<int>(kRows / 2);
    for (auto _ : state) {
        shown.paintScreen(first);
        first += TransferTableModel::kPageSize * 2; // a page the window does not hold
    }
    shown.model.sort(-1);
    report(state);
}
BENCHMARK(ScrollToMiddle)->Unit(benchmark::kMillisecond)->Iterations(10);

// The account watch's view (the app's default): the account's rows only.
void OpenAccountWatch(benchmark::State& state)
{
    sharedTable().reset();
    for (auto _ : state) {
        Table opened;
        opened.model.setScope(kMe, std::nullopt);
        opened.paintScreen();
        benchmark::DoNotOptimize(opened.model.rowCount());
    }
    report(state);
}
BENCHMARK(OpenAccountWatch)->Unit(benchmark::kMillisecond)->Iterations(5);

// 0: from the top, 1: from the middle of the account's rows.
void ScrollAccountWatch(benchmark::State& state)
{
    Table& shown = table();
    shown.model.setScope(kMe, std::nullopt);
    state.SetLabel(state.range(0) == 0 ? "top" : "middle");
    int first = static_cast<int>(state.range(0)) * shown.model.rowCount() / 2;
    for (auto _ : state) {
        shown.paintScreen(first);
        first += TransferTableModel::kPageSize * 2; // a page the window does not hold
    }
    state.counters["rows"] = shown.model.rowCount();
    shown.model.setScope(std::nullopt, std::nullopt);
    report(state);
}
BENCHMARK(ScrollAccountWatch)->DenseRange(0, 1)->Unit(benchmark::kMillisecond)->Iterations(10);

// 0: a token watch's scope (the whole network), 1: the account watch's (kMe's rows).
void ChartsFromStore(benchmark::State& state)
{
    Table& shown = table();
    const bool accountWatch = state.range(0) == 1;
    state.SetLabel(accountWatch ? "account watch" : "token watch");
    shown.model.setScope(accountWatch ? std::optional<Address>(kMe) : std::nullopt, std::nullopt);
    // A second after the newest generated transfer.
    const qint64 now = transfer(static_cast<std::uint64_t>(kRows) - 1).time.toSecsSinceEpoch() + 1;
    const qint64 since =
        now - qint64(TransferActivitySeries::kMinutes) * TransferActivitySeries::kMinuteSeconds;
    std::size_t rows = 0;
    for (auto _ : state) {
        auto stored = storedActivity(shown.transfers, shown.model.query(), kMe, since,
                                     kMaxStoredActivityRows);
        if (!stored) {
            state.SkipWithError("the stored activity was not read");
            break;
        }
        TransferActivitySeries series;
        series.setAccount(kMe);
        for (const TransferRecord& record : *stored)
            series.add(record, now);
        rows = stored->size();
        benchmark::DoNotOptimize(series.transfersPerMinute());
    }
    state.counters["rows"] = static_cast<double>(rows);
    shown.model.setScope(std::nullopt, std::nullopt);
    report(state);
}
BENCHMARK(ChartsFromStore)->DenseRange(0, 1)->Unit(benchmark::kMillisecond)->Iterations(5);

void AppendBatch(benchmark::State& state)
{
    Table& shown = table();
    static std::uint64_t next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<TransferRecord> batch;
        for (int i = 0; i < kAppendBatch; ++i)
            batch.push_back(transfer(static_cast<std::uint64_t>(kRows) + next++, 1));
        state.ResumeTiming();
        if (!shown.model.addTransfers(batch))
            state.SkipWithError("the batch was not stored");
        shown.paintScreen(shown.model.rowCount() - kScreen);
    }
    state.SetItemsProcessed(state.iterations() * kAppendBatch);
    report(state);
}
BENCHMARK(AppendBatch)->Unit(benchmark::kMillisecond)->Iterations(50);

} // namespace

int main(int argc, char** argv)
{
    // Models need no event loop, but Qt's SQL drivers and text code expect an application.
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    generateIfNeeded();
    if (qEnvironmentVariableIsSet("SEISMIC_BENCH_STORE_GENERATE_ONLY"))
        return 0;
    benchmark::RunSpecifiedBenchmarks();
    sharedTable().reset();
    benchmark::Shutdown();
    return 0;
}
