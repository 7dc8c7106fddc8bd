// SPDX-License-Identifier: MIT
// The send history in the store: imported from the JSON files of earlier versions (a committed
// fixture; each imported file moved to the backup folder, a damaged one left in place and
// reported), written per record, exported as CSV and JSON lines, forgotten (deleted and
// vacuumed), and on a full disk a precise error with nothing lost or overwritten.
#include "TestSupport.h"
#include "app/AppLogging.h"
#include "app/model/NetworkConfig.h"
#include "app/model/SendHistoryExport.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/TxHistoryStore.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace seismic;
using namespace seismic::app;
using seismic::store::Store;
using seismic::store::StoreFailure;

namespace {

const Address kAlice = *Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const Address kBob = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Address kToken = *Address::parse("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");
const QString kAliceFile = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.json");

Hash filledHash(std::uint8_t byte)
{
    Hash hash;
    hash.bytes.fill(byte);
    return hash;
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        qFatal("cannot open the store: %s", store.error().describe().c_str());
    return std::move(store).value();
}

NetworkConfig network(const QString& name, quint64 chainId)
{
    NetworkConfig config;
    config.name = name;
    config.chainId = chainId;
    return config;
}

const NetworkConfig kLocal = network(QStringLiteral("Local node"), 31337);
const NetworkConfig kTestnet = network(QStringLiteral("Seismic testnet"), 5124);

TxRecord transfer(quint64 id)
{
    TxRecord record;
    record.id = id;
    record.time = QDateTime::fromMSecsSinceEpoch(1'750'000'000'123 + qint64(id), Qt::UTC);
    record.kind = TxAction::TokenTransfer;
    record.action = QStringLiteral("Transfer SDT");
    record.to = kToken;
    record.recipient = kBob;
    record.amount = QStringLiteral("1.5 SDT");
    record.shielded = true;
    record.hash = filledHash(static_cast<std::uint8_t>(id));
    record.nonce = id;
    record.stage = SendStage::Sent;
    record.status = client::TxStatus::Confirmed;
    record.block = 9;
    return record;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies the folder `from` into `to`, recursively.
void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(source, target));
    }
}

} // namespace

class TestSendHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheFixtureAndKeepsTheOriginals()
    {
        const QString fixture = QFINDTESTDATA("data/history-json");
        QVERIFY(!fixture.isEmpty());
        QTemporaryDir data;
        const QString historyDir = data.filePath(QStringLiteral("history"));
        const QString backupDir = data.filePath(QStringLiteral("backup/history-json-now"));
        copyTree(fixture, historyDir);
        const QString good = historyDir + QStringLiteral("/31337-Local_node/") + kAliceFile;
        const QString damaged = historyDir + QStringLiteral("/5124-Seismic_testnet/") + kAliceFile;
        const QString misnamed =
            historyDir + QStringLiteral("/31337-Local_node/not-an-account.json");
        const QByteArray original = readAll(good);
        const QByteArray damagedBytes = readAll(damaged);

        auto store = openStore(Store::pathIn(data.path()));
        SendHistoryStore history(*store);
        auto report = history.importJsonFiles(historyDir, backupDir);
        QCOMPARE(report.files, 1);
        QCOMPARE(report.records, 3);
        QCOMPARE(report.failures.size(), std::size_t(2));
        std::map<QString, Error> failures(report.failures.begin(), report.failures.end());
        QCOMPARE(failures.at(damaged).kind, ErrorKind::Decode);
        QVERIFY(failures.at(damaged).message.starts_with("not JSON"));
        QCOMPARE(failures.at(misnamed).kind, ErrorKind::Decode);
        // The imported original is in the backup folder, byte for byte; the others are where
        // they were, untouched.
        QVERIFY(!QFile::exists(good));
        const QString backup = backupDir + QStringLiteral("/31337-Local_node/") + kAliceFile;
        QCOMPARE(readAll(backup), original);
        QCOMPARE(QFileInfo(QFileInfo(backup).absolutePath()).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(readAll(damaged), damagedBytes);
        QVERIFY(QFile::exists(misnamed));

        const auto records = history.load(kLocal, kAlice);
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t(3));
        const TxRecord& sent = records->at(0);
        QCOMPARE(sent.kind, TxAction::TokenTransfer);
        QCOMPARE(sent.amount, QStringLiteral("1.5 SDT"));
        QCOMPARE(sent.recipient, std::optional<Address>(kBob));
        QCOMPARE(sent.status, client::TxStatus::Confirmed);
        QCOMPARE(sent.block, std::optional<quint64>(9));
        QCOMPARE(sent.gasUsed, std::optional<quint64>(51'234));
        QCOMPARE(sent.time.toUTC().toString(Qt::ISODateWithMs),
                 QStringLiteral("2025-06-15T15:06:40.123Z"));
        // "failed" without a hash: a send the node refused (the earlier versions' word).
        QCOMPARE(records->at(1).kind, TxAction::ContractCall);
        QCOMPARE(records->at(1).stage, SendStage::NotSent);
        QCOMPARE(records->at(2).kind, TxAction::Payment);
        QVERIFY(records->at(2).isPending());
        QVERIFY((*history.load(kLocal, kBob)).empty());

        // A second start imports nothing again and reports the damaged file again.
        report = history.importJsonFiles(historyDir, backupDir);
        QCOMPARE(report.files, 0);
        QCOMPARE(report.failures.size(), std::size_t(2));
        QCOMPARE((*history.load(kLocal, kAlice)).size(), std::size_t(3));
    }

    void putWritesEachRecordAndKeepsTheOthers()
    {
        auto store = *Store::openInMemory();
        SendHistoryStore history(*store);
        QVERIFY(history.put(kLocal, kAlice, {transfer(1), transfer(2)}));
        QVERIFY(history.put(kTestnet, kAlice, {transfer(1)}));
        TxRecord changed = transfer(2);
        changed.status = client::TxStatus::Failed;
        changed.error = QStringLiteral("execution reverted");
        QVERIFY(history.put(kLocal, kAlice, {changed}));
        QCOMPARE(*history.load(kLocal, kAlice), (std::vector<TxRecord>{transfer(1), changed}));
        QCOMPARE(*history.load(kTestnet, kAlice), std::vector<TxRecord>{transfer(1)});

        TxRecord noId = transfer(3);
        noId.id = 0;
        const Status refused = history.put(kLocal, kAlice, {transfer(3), noId});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidArgument);
        // One transaction: the first of the batch was not written either.
        QCOMPARE((*history.load(kLocal, kAlice)).size(), std::size_t(2));
    }

    void aDamagedRowIsAnErrorAndNothingIsWrittenOverIt()
    {
        auto store = *Store::openInMemory();
        SendHistoryStore history(*store);
        QVERIFY(history.put(kLocal, kAlice, {transfer(1)}));
        QVERIFY(store::executeSql(store->database(),
                                  QStringLiteral("UPDATE send_history SET record = '{\"id\": 1'"),
                                  "damaging"));
        const auto loaded = history.load(kLocal, kAlice);
        QVERIFY(!loaded);
        QCOMPARE(store::storeFailureOf(loaded.error()), std::optional(StoreFailure::Corrupt));

        TxHistoryModel model;
        TxHistoryStore keeper(&history, model);
        QSignalSpy failed(&keeper, &TxHistoryStore::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot be read.*damaged record")));
        keeper.open(kLocal, kAlice);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        // A new send gets id 1 in the empty model: it must not replace the stored row 1.
        model.add(transfer(5));
        auto raw = store::runStatement(
            store->database(), QStringLiteral("SELECT record FROM send_history"), {}, "reading");
        QVERIFY(raw && raw->next());
        QCOMPARE(raw->value(0).toString(), QStringLiteral("{\"id\": 1"));
        QVERIFY(!raw->next());

        // Forgetting starts the history afresh.
        QCOMPARE(*keeper.forget(), qint64(1));
        model.add(transfer(5));
        QCOMPARE((*history.load(kLocal, kAlice)).size(), std::size_t(1));
    }

    void forgetDeletesTheAccountsHistoryAndVacuums()
    {
        QTemporaryDir data;
        auto store = openStore(Store::pathIn(data.path()));
        SendHistoryStore history(*store);
        TxRecord big = transfer(1);
        // Distinct text in the file: after forgetting, it is gone from the disk, not only from
        // the table.
        big.error = QStringLiteral("forget-me-") + QString(200'000, QLatin1Char('q'));
        std::vector<TxRecord> many{big};
        for (quint64 id = 2; id <= 50; ++id)
            many.push_back(transfer(id));
        QVERIFY(history.put(kLocal, kAlice, many));
        QVERIFY(history.put(kLocal, kBob, {transfer(1)}));
        QVERIFY(history.put(kTestnet, kAlice, {transfer(1)}));
        const auto onDisk = [&] {
            return QFileInfo(store->path()).size() +
                   QFileInfo(store->path() + QStringLiteral("-wal")).size();
        };
        const qint64 sizeBefore = onDisk();

        QCOMPARE(*history.forget(kLocal, kAlice), qint64(50));
        QVERIFY((*history.load(kLocal, kAlice)).empty());
        QCOMPARE((*history.load(kLocal, kBob)).size(), std::size_t(1));
        QCOMPARE((*history.load(kTestnet, kAlice)).size(), std::size_t(1));
        QVERIFY(onDisk() < sizeBefore);
        QVERIFY(!readAll(store->path()).contains("forget-me-"));
        QVERIFY(!readAll(store->path() + QStringLiteral("-wal")).contains("forget-me-"));
        QCOMPARE(*history.forget(kLocal, kAlice), qint64(0));
    }

    void fullDiskIsAPreciseErrorAndLosesNothing()
    {
        QTemporaryDir data;
        auto store = openStore(Store::pathIn(data.path()));
        SendHistoryStore history(*store);
        QVERIFY(history.put(kLocal, kAlice, {transfer(1), transfer(2)}));
        const std::vector<TxRecord> before = *history.load(kLocal, kAlice);
        // The file may not grow by a page more: SQLite then fails with SQLITE_FULL, as on a
        // full disk.
        QVERIFY(store::executeSql(store->database(), QStringLiteral("PRAGMA max_page_count = 1"),
                                  "limiting the file"));

        TxRecord big = transfer(3);
        big.error = QString(300'000, QLatin1Char('x'));
        Status full = history.put(kLocal, kAlice, {transfer(4), big});
        QVERIFY(!full);
        QCOMPARE(store::storeFailureOf(full.error()), std::optional(StoreFailure::DiskFull));
        // Changing a stored record into one that does not fit leaves the stored one as it was.
        TxRecord grown = transfer(2);
        grown.error = big.error;
        full = history.put(kLocal, kAlice, {grown});
        QVERIFY(!full);
        QCOMPARE(store::storeFailureOf(full.error()), std::optional(StoreFailure::DiskFull));
        QCOMPARE(*history.load(kLocal, kAlice), before);

        // The model's keeper reports it; the history shown is not lost.
        TxHistoryModel model;
        TxHistoryStore keeper(&history, model);
        keeper.open(kLocal, kAlice);
        QCOMPARE(model.records(), before);
        QSignalSpy failed(&keeper, &TxHistoryStore::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not kept")));
        model.add(big);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 3);

        // Space again: the next change is written, and what was there is still there.
        QVERIFY(store::executeSql(store->database(),
                                  QStringLiteral("PRAGMA max_page_count = 1073741823"),
                                  "lifting the limit"));
        QVERIFY(history.put(kLocal, kAlice, {model.record(2)}));
        QCOMPARE(*history.load(kLocal, kAlice), model.records());
    }

    void exportsCsvAndJsonLines()
    {
        auto store = *Store::openInMemory();
        SendHistoryStore history(*store);
        TxRecord call = transfer(2);
        call.kind = TxAction::ContractCall;
        call.action = QStringLiteral("setNumber(uint256)");
        call.recipient.reset();
        call.amount.clear();
        call.shielded = false;
        call.status = client::TxStatus::Failed;
        call.error = QStringLiteral("=HYPERLINK(\"x\"), \"quoted\"");
        QVERIFY(history.put(kLocal, kAlice, {transfer(1), call}));
        QVERIFY(history.put(kLocal, kBob, {transfer(1)}));

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        SendHistoryExport everything(history, kLocal, kAlice, store::ExportFormat::Csv, csv);
        QVERIFY(everything.run());
        QCOMPARE(everything.written(), qint64(2));
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QCOMPARE(lines[0], SendHistoryExport::columns().join(QLatin1Char(',')).toUtf8() + '\r');
        QCOMPARE(
            lines[1],
            QByteArray("2025-06-15T15:06:40.124Z,0x" + QByteArray(32, '\x01').toHex() +
                       ",1,transfer,Transfer SDT,0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9,"
                       "0x70997970C51812dc3A010C7d01b50e0d17dc79C8,1.5,SDT,true,confirmed,9,,,,,"
                       "\r"));
        // A cell a spreadsheet would run is data; quotes and commas are quoted.
        QVERIFY(lines[2].endsWith(
            ",call,setNumber(uint256),0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9,"
            ",,,false,failed,9,,,,,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"\r"));

        QBuffer json;
        QVERIFY(json.open(QIODevice::WriteOnly));
        auto onlyCalls = [](const TxRecord& record) {
            return record.kind == TxAction::ContractCall;
        };
        SendHistoryExport calls(history, kLocal, kAlice, store::ExportFormat::JsonLines, json,
                                onlyCalls);
        QVERIFY(calls.run());
        QCOMPARE(calls.written(), qint64(1));
        QCOMPARE(calls.processed(), qint64(2));
        const QList<QByteArray> objects = json.data().split('\n');
        QCOMPARE(objects.size(), 2);
        const QJsonObject object = QJsonDocument::fromJson(objects[0]).object();
        QCOMPARE(object.value(QLatin1String("time")).toString(),
                 QStringLiteral("2025-06-15T15:06:40.125Z"));
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("call"));
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(object.value(QLatin1String("nonce")).toInteger(), 2);
        QVERIFY(object.value(QLatin1String("recipient")).isNull());
        QCOMPARE(object.value(QLatin1String("shielded")).toBool(true), false);
        QCOMPARE(object.value(QLatin1String("error")).toString(), call.error);

        // A device that refuses the bytes is an Io error.
        QBuffer closed;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        const Status refused =
            SendHistoryExport(history, kLocal, kAlice, store::ExportFormat::Csv, closed).run();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Io);
    }

    void exportsAPageAtATime()
    {
        auto store = *Store::openInMemory();
        SendHistoryStore history(*store);
        std::vector<TxRecord> many;
        for (quint64 id = 1; id <= 1'100; ++id)
            many.push_back(transfer(id));
        QVERIFY(history.put(kLocal, kAlice, many));
        QCOMPARE(*history.count(kLocal, kAlice), qint64(1'100));
        QCOMPARE(*history.count(kLocal, kBob), qint64(0));
        const auto page = history.readAfter(kLocal, kAlice, 1'000, 500);
        QCOMPARE(page->size(), std::size_t(100));
        QCOMPARE(page->front().id, quint64(1'001));

        // Progress after each page; stopping it is a Cancelled error.
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        SendHistoryExport exporter(history, kLocal, kAlice, store::ExportFormat::Csv, csv);
        std::vector<std::pair<qint64, qint64>> steps;
        QVERIFY(exporter.run([&](qint64 processed, qint64 total) {
            steps.emplace_back(processed, total);
            return true;
        }));
        const std::vector<std::pair<qint64, qint64>> expected{
            {500, 1'100}, {1'000, 1'100}, {1'100, 1'100}};
        QCOMPARE(steps, expected);
        QCOMPARE(csv.data().count("\r\n"), 1'101);
        QBuffer stopped;
        QVERIFY(stopped.open(QIODevice::WriteOnly));
        SendHistoryExport cancelled(history, kLocal, kAlice, store::ExportFormat::Csv, stopped);
        const Status refused = cancelled.run([](qint64, qint64) { return false; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Cancelled);
        QCOMPARE(cancelled.written(), SendHistoryExport::kPageRecords);

        // A damaged record stops the export with a Corrupt store error.
        QVERIFY(
            store::executeSql(store->database(),
                              QStringLiteral("UPDATE send_history SET record = '{' WHERE id = 700"),
                              "damaging a record"));
        QBuffer damaged;
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        const Status broken =
            SendHistoryExport(history, kLocal, kAlice, store::ExportFormat::Csv, damaged).run();
        QVERIFY(!broken);
        QCOMPARE(store::storeFailureOf(broken.error()), std::optional(StoreFailure::Corrupt));
    }
};

QTEST_GUILESS_MAIN(TestSendHistoryStore)
#include "tst_sendhistorystore.moc"
