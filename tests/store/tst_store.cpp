// SPDX-License-Identifier: MIT
// The local store without the GUI: schema and migrations (from empty, step by step, from a
// version 1 file), WAL and private permissions, every failure of the file as a typed error that
// leaves it untouched, idempotent transfer batches, reorgs, cursors in the same transaction,
// filters, sorting and paging, re-decryption,
// labels and watch-only accounts.
#include "TestSupport.h"
#include "seismic/Src20Amount.h"
#include "store/AddressLabelStore.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"
#include "store/TransferRedecryption.h"
#include "store/TransferStore.h"
#include "store/WatchCursorStore.h"
#include "store/WatchOnlyAccountStore.h"
#include "support/StoreTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace seismic;
using namespace seismic::store;

using namespace storetest;

namespace {

const NetworkIdentity kDevnet{31337, filledHash(0x11)};
const Address kCarol = *Address::parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

TransferRecord transfer(std::uint8_t n, const Address& from, const Address& to)
{
    TransferRecord record;
    record.time = QDateTime(QDate(2025, 1, 2), QTime(3, 4, n));
    record.blockNumber = 100 + n;
    record.blockHash = filledHash(n);
    record.token = kToken;
    record.tokenSymbol = QStringLiteral("SRC");
    record.decimals = 6;
    record.from = from;
    record.to = to;
    record.amount = Uint256(1000) * n;
    record.txHash = filledHash(static_cast<std::uint8_t>(0x80 + n));
    record.logIndex = n % 3;
    return record;
}

// The standard library's fan-out of an SRC20 transfer from Alice to Bob: one log per
// provider (key hashes 0xe1, 0xe2, …), then the sender's (0xcc), then the recipient's (0xdd);
// no amount (watched without a key).
TransferRecord fanOutTransfer(std::uint8_t n, std::uint32_t providers)
{
    TransferRecord record = transfer(n, kAlice, kBob);
    record.amount.reset();
    record.amountStatus = client::AmountStatus::ForeignKey;
    record.logIndex = 0;
    record.logCount = providers + 2;
    record.visibility = {true, true, providers, true};
    for (std::uint32_t i = 0; i < record.logCount; ++i) {
        const auto key =
            static_cast<std::uint8_t>(i < providers ? 0xe1 + i : (i == providers ? 0xcc : 0xdd));
        record.logs.push_back({i, filledHash(key), Bytes{key, n}});
    }
    return record;
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        qFatal("cannot open the store: %s", store.error().describe().c_str());
    return std::move(store).value();
}

StoreFailure failureOf(const Error& error)
{
    const auto failure = storeFailureOf(error);
    if (!failure)
        qFatal("not a store error: %s", error.describe().c_str());
    return *failure;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A connection of the test's own, beside the store's, for what the store would not write.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        if (!m_database.open())
            qFatal("cannot open the raw database");
    }
    ~RawDatabase()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool run(const QString& sql)
    {
        QSqlQuery query(m_database);
        return query.exec(sql);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(m_database);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    const QSqlDatabase& database() const { return m_database; }

private:
    QString m_name = QStringLiteral("raw");
    QSqlDatabase m_database;
};

// Runs a fixture of an older schema (SQL, one statement a line) into a new file at `path`.
bool loadFixture(const QString& fixturePath, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    RawDatabase raw(path);
    QFile fixture(fixturePath);
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : fixture.readAll().split('\n'))
        if (!line.startsWith("--") && !line.trimmed().isEmpty() &&
            !raw.run(QString::fromUtf8(line))) {
            qWarning("fixture statement failed: %s", line.constData());
            return false;
        }
    return true;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = Store::pathIn(dir.path());
    std::unique_ptr<Store> store = openStore(path);
    TransferStore transfers{*store};
    qint64 network = *networkKey(*store, kDevnet);

    TransferQuery all() const
    {
        TransferQuery query;
        query.network = network;
        return query;
    }
    std::vector<TransferRecord> rows(const TransferQuery& query)
    {
        auto read = transfers.read(query, 0, 1000);
        if (!read)
            qFatal("cannot read: %s", read.error().describe().c_str());
        return std::move(read).value();
    }
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheNewestSchemaInWalModeAndPrivately()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        auto store = openStore(path);
        QCOMPARE(*storeschema::versionOf(store->database()), storeschema::currentVersion());
        {
            QSqlQuery mode(store->database());
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(QFileInfo(path).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        // Reopening an existing file finds it as it was.
        const Status written =
            TransferStore(*store).write(*networkKey(*store, kDevnet), {transfer(1, kAlice, kBob)});
        QVERIFY2(written, written ? "" : written.error().describe().c_str());
        store.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        store = openStore(path);
        QCOMPARE(*TransferStore(*store).lastId(), qint64(1));
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
    }

    void migratesOneStepAtATime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step.sqlite"));
        {
            RawDatabase raw(path);
            QVERIFY(storeschema::migrate(raw.database(), 1));
            QCOMPARE(*storeschema::versionOf(raw.database()), 1);
            QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name ="
                                             " 'send_history'"))
                        .toInt() == 0);
            QVERIFY(storeschema::migrate(raw.database(), 2));
            QCOMPARE(*storeschema::versionOf(raw.database()), 2);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name ="
                                              " 'send_history'"))
                         .toInt(),
                     1);
            QVERIFY(storeschema::migrate(raw.database(), 3));
            QCOMPARE(*storeschema::versionOf(raw.database()), 3);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name ="
                                              " 'transfer_logs'"))
                         .toInt(),
                     1);
            // Version 4: a watch-only account of version 3 stays, without a viewing key.
            QVERIFY(raw.run(QStringLiteral("INSERT INTO watch_only_accounts (address, added_at)"
                                           " VALUES (zeroblob(20), 7)")));
            QVERIFY(storeschema::migrate(raw.database()));
            QCOMPARE(*storeschema::versionOf(raw.database()), 4);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM watch_only_accounts WHERE"
                                              " viewing_key IS NULL"))
                         .toInt(),
                     1);
            QVERIFY(!raw.run(QStringLiteral("UPDATE watch_only_accounts SET viewing_key ="
                                            " zeroblob(31)")));
            // Migrating a current file again changes nothing.
            QVERIFY(storeschema::migrate(raw.database()));
        }
    }

    void migratesAVersion1File()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        QVERIFY(loadFixture(QFINDTESTDATA("store/fixtures/store-v1.sql"), path));
        auto store = openStore(path);
        QCOMPARE(*storeschema::versionOf(store->database()), storeschema::currentVersion());
        TransferStore transfers(*store);
        TransferQuery query;
        query.network = *networkKey(*store, kDevnet);
        QCOMPARE(query.network, qint64(1));
        const auto rows = *transfers.read(query, 0, 10);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].amount, std::optional<Uint256>(1'000'000));
        QCOMPARE(rows[0].tokenSymbol, QStringLiteral("SRC"));
        QCOMPARE(rows[0].from, kAlice);
        QCOMPARE(rows[1].amountStatus, client::AmountStatus::ForeignKey);
        const auto logs = *transfers.logsOf(query.network, rows[1]);
        QCOMPARE(logs.size(), std::size_t(1));
        QCOMPARE(logs[0].keyHash, filledHash(0xcc));
        QCOMPARE(logs[0].encryptedAmount, (Bytes{1, 2, 3, 4, 5}));
        const auto cursor = *WatchCursorStore(*store).load(
            1, QStringLiteral("tokens=5fbdb2315678afecb367f032d93f642f64180aa3"));
        QVERIFY(cursor);
        QCOMPARE(cursor->blockNumber, quint64(8));
        QCOMPARE(cursor->blockHash, std::optional<Hash>(filledHash(0x08)));
        // The tables of version 2 are there.
        QVERIFY(AddressLabelStore(*store).set({kBob, QStringLiteral("Bob"), true}));
    }

    void migratesAVersion2FileGroupingTheFanOutIntoTransfers()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        QVERIFY(loadFixture(QFINDTESTDATA("store/fixtures/store-v2.sql"), path));
        auto store = openStore(path);
        QCOMPARE(*storeschema::versionOf(store->database()), storeschema::currentVersion());
        TransferStore transfers(*store);
        TransferQuery query;
        query.network = 1;
        // 13 logs: two fan-outs of four, an ERC20 mint, two identical transfers of two logs.
        QCOMPARE(*transfers.count(query), qint64(5));
        query.order = TransferQuery::Order::Transaction;
        const auto rows = *transfers.read(query, 0, 10);
        QCOMPARE(rows.size(), std::size_t(5));

        const TransferRecord& keyless = rows[0]; // 0xa1: providers, sender, keyless recipient
        QCOMPARE(keyless.txHash, filledHash(0xa1));
        QCOMPARE(keyless.logIndex, quint32(0));
        QCOMPARE(keyless.logCount, quint32(4));
        QCOMPARE(keyless.kind, client::TransferKind::Transfer);
        QCOMPARE(keyless.amount, std::optional<Uint256>());
        QCOMPARE(keyless.amountStatus, client::AmountStatus::ForeignKey);
        QCOMPARE(keyless.visibility, (client::TransferVisibility{true, false, 2, true}));
        QCOMPARE(keyless.from, kAlice);
        QCOMPARE(keyless.tokenSymbol, QStringLiteral("SRC"));
        const auto logs = *transfers.logsOf(1, keyless);
        QCOMPARE(logs.size(), std::size_t(4));
        QCOMPARE(logs[2].keyHash, filledHash(0xcc));
        QCOMPARE(logs[2].encryptedAmount, (Bytes{0xcc, 0xcc, 0xcc}));
        QCOMPARE(logs[3].keyHash, Hash{});
        QVERIFY(logs[3].encryptedAmount.empty());

        const TransferRecord& decrypted = rows[1]; // 0xa2: the sender's log was opened
        QCOMPARE(decrypted.logIndex, quint32(5));
        QCOMPARE(decrypted.logCount, quint32(4));
        QCOMPARE(decrypted.amount, std::optional<Uint256>(700));
        QCOMPARE(decrypted.amountStatus, client::AmountStatus::Decrypted);
        QCOMPARE(decrypted.visibility, (client::TransferVisibility{true, true, 2, true}));

        const TransferRecord& mint = rows[2]; // 0xa3: ERC20, one log
        QCOMPARE(mint.kind, client::TransferKind::Mint);
        QCOMPARE(mint.logCount, quint32(1));
        QCOMPARE(mint.amount, std::optional<Uint256>(1'000'000));
        QVERIFY(mint.isPublic());
        QVERIFY((*transfers.logsOf(1, mint)).empty());

        // 0xa4: [sender, recipient] twice in one transaction is two transfers, not one with
        // two providers.
        QCOMPARE(rows[3].txHash, filledHash(0xa4));
        QCOMPARE(rows[3].logIndex, quint32(0));
        QCOMPARE(rows[4].logIndex, quint32(2));
        for (const TransferRecord& row : {rows[3], rows[4]}) {
            QCOMPARE(row.logCount, quint32(2));
            QCOMPARE(row.visibility, (client::TransferVisibility{true, true, 0, true}));
        }

        // The kept payloads still wait for their keys: 0xcc opens the sender's log of 0xa1 and
        // of both 0xa4 transfers (0xa2 has its amount).
        const auto pending = *transfers.undecrypted(1, filledHash(0xcc), 0, 10);
        QCOMPARE(pending.size(), std::size_t(3));
        // The cursor, and the other tables, are as they were.
        const auto cursor = *WatchCursorStore(*store).load(
            1, QStringLiteral("tokens=5fbdb2315678afecb367f032d93f642f64180aa3"));
        QVERIFY(cursor);
        QCOMPARE(cursor->blockNumber, quint64(13));
        QCOMPARE((*AddressLabelStore(*store).find(kBob))->label, QStringLiteral("Bob"));
    }

    void aFanOutIsOneRowAndItsLogsAreKeptBesideIt()
    {
        Fixture f;
        const TransferRecord fanOut = fanOutTransfer(1, 2);
        QVERIFY(f.transfers.write(f.network, {fanOut}));
        QCOMPARE(*f.transfers.count(f.all()), qint64(1));
        TransferRecord read = f.rows(f.all())[0];
        QCOMPARE(*f.transfers.logsOf(f.network, read), fanOut.logs);
        read.logs = fanOut.logs;
        QCOMPARE(read, fanOut);

        // The watcher withdraws a fan-out it delivered cut short (its next logs came in the
        // next batch) and delivers it whole: the same row, in place, with every log.
        TransferRecord cutShort = fanOutTransfer(2, 2);
        cutShort.logCount = 2;
        cutShort.logs.resize(2);
        cutShort.visibility = {true, true, 0, true};
        QVERIFY(f.transfers.write(f.network, {cutShort}));
        TransferRecord withdrawn = cutShort;
        withdrawn.removed = true;
        withdrawn.logs.clear();
        TransferRecord whole = fanOutTransfer(2, 2);
        whole.logs.erase(whole.logs.begin(), whole.logs.begin() + 2);
        QVERIFY(f.transfers.write(f.network, {withdrawn, whole}));
        QCOMPARE(*f.transfers.count(f.all()), qint64(2));
        const TransferRecord again = f.rows(f.all())[1];
        QVERIFY(!again.removed);
        QCOMPARE(again.logCount, quint32(4));
        QCOMPARE(again.visibility, (client::TransferVisibility{true, true, 2, true}));
        QCOMPARE(*f.transfers.logsOf(f.network, again), fanOutTransfer(2, 2).logs);
    }

    void aKeyLearnedLaterOpensTheTransferInPlace()
    {
        Fixture f;
        const SymmetricKey bobsKey = *SymmetricKey::fromBytes(filledHash(0x42).view());
        EncryptionNonce nonce;
        nonce.bytes.fill(7);
        std::vector<TransferRecord> batch;
        for (std::uint8_t n = 1; n <= 3; ++n) {
            TransferRecord record = fanOutTransfer(n, 2);
            // The recipient's log (the last) is under Bob's key.
            record.logs.back().keyHash = viewingKeyHash(bobsKey);
            record.logs.back().encryptedAmount =
                encryptSrc20Amount(Uint256(n) * 10, bobsKey, nonce);
            batch.push_back(record);
        }
        QVERIFY(f.transfers.write(f.network, batch));
        QCOMPARE(*f.transfers.count(f.all()), qint64(3));
        QCOMPARE(*redecryptTransfers(f.transfers, f.network, bobsKey), qint64(3));
        const auto rows = f.rows(f.all());
        QCOMPARE(rows.size(), std::size_t(3)); // nothing vanished, nothing doubled
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].amount, std::optional<Uint256>(Uint256(i + 1) * 10));
            QCOMPARE(rows[i].amountStatus, client::AmountStatus::Decrypted);
            QCOMPARE(rows[i].visibility, batch[i].visibility); // who can read it: unchanged
        }
        QCOMPARE(*redecryptTransfers(f.transfers, f.network, bobsKey), qint64(0));
    }

    void aRewindWithdrawsGroupedTransfersAndForgettingDropsTheirLogs()
    {
        Fixture f;
        QVERIFY(f.transfers.write(f.network, {fanOutTransfer(1, 2), fanOutTransfer(2, 2)}));
        QCOMPARE(*f.transfers.withdrawAbove(f.network, 101), qint64(1));
        const auto rows = f.rows(f.all());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(!rows[0].removed);
        QVERIFY(rows[1].removed);
        QCOMPARE((*f.transfers.logsOf(f.network, rows[1])).size(), std::size_t(4));
        QCOMPARE(*f.transfers.forget(f.network, kAlice), qint64(2));
        QVERIFY((*f.transfers.logsOf(f.network, rows[0])).empty());
        QVERIFY((*f.transfers.undecrypted(f.network, filledHash(0xcc), 0, 10)).empty());
    }

    void refusesANewerSchemaAndKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        openStore(path).reset();
        {
            RawDatabase raw(path);
            QVERIFY(raw.run(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = contentsOf(path);
        auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(failureOf(store.error()), StoreFailure::NewerSchema);
        QCOMPARE(contentsOf(path), before);
    }

    void refusesCorruptAndForeignFilesAndKeepsThem()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("store")));
        const QString path = Store::pathIn(dir.path());
        const QByteArray garbage = QByteArray("this is not a database at all, ").repeated(200);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
        file.close();
        auto corrupt = Store::open(path);
        QVERIFY(!corrupt);
        QCOMPARE(failureOf(corrupt.error()), StoreFailure::Corrupt);
        QCOMPARE(corrupt.error().kind, ErrorKind::Decode);
        QCOMPARE(contentsOf(path), garbage);

        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            RawDatabase raw(foreign);
            QVERIFY(raw.run(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        }
        const QByteArray before = contentsOf(foreign);
        auto other = Store::open(foreign);
        QVERIFY(!other);
        QCOMPARE(failureOf(other.error()), StoreFailure::Foreign);
        QCOMPARE(contentsOf(foreign), before);
    }

    void aBrokenFileIsSetAsideForARebuildNotDeleted()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("store")));
        const QString path = Store::pathIn(dir.path());
        const QByteArray garbage = QByteArray("damaged pages ").repeated(400);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
        file.close();
        QVERIFY(!Store::open(path));

        auto backup = Store::setAside(path);
        QVERIFY2(backup, backup ? "" : backup.error().describe().c_str());
        QVERIFY(backup->startsWith(path + QStringLiteral(".broken-")));
        QCOMPARE(contentsOf(*backup), garbage);
        QVERIFY(!QFile::exists(path));
        // A fresh store opens where the broken one was; the backup stays.
        auto fresh = Store::open(path);
        QVERIFY2(fresh, fresh ? "" : fresh.error().describe().c_str());
        QCOMPARE(*TransferStore(**fresh).lastId(), qint64(0));
        QCOMPARE(contentsOf(*backup), garbage);

        QCOMPARE(Store::setAside(dir.filePath(QStringLiteral("absent.sqlite"))).error().kind,
                 ErrorKind::NotFound);
    }

    void forgettingAnAccountDeletesItsRowsAndCursorsAndVacuums()
    {
        Fixture f;
        std::vector<TransferRecord> rows;
        for (std::uint8_t n = 1; n <= 60; ++n)
            rows.push_back(transfer(n, n % 3 == 0 ? kBob : kAlice, n % 3 == 0 ? kBob : kAlice));
        rows.push_back(transfer(61, kBob, kAlice));
        const WatchCursor alices{QStringLiteral("tokens=any;accounts=") +
                                     QString::fromStdString(kAlice.lowerHex()),
                                 161, std::nullopt};
        const WatchCursor bobs{QStringLiteral("tokens=any;accounts=") +
                                   QString::fromStdString(kBob.lowerHex()),
                               161, std::nullopt};
        QVERIFY(f.transfers.write(f.network, rows, &alices));
        QVERIFY(WatchCursorStore(*f.store).save(f.network, bobs));
        const qint64 elsewhere = *networkKey(*f.store, {5124, filledHash(0x22)});
        QVERIFY(f.transfers.write(elsewhere, {transfer(1, kAlice, kBob)}, &alices));

        QCOMPARE(*f.transfers.forget(f.network, kAlice), qint64(41));
        QCOMPARE(*f.transfers.count(f.all()), qint64(20)); // Bob's among themselves
        QCOMPARE(*WatchCursorStore(*f.store).load(f.network, alices.watch),
                 std::optional<WatchCursor>());
        QCOMPARE(*WatchCursorStore(*f.store).load(f.network, bobs.watch), std::optional(bobs));
        // Another network's rows are another "forget".
        TransferQuery other;
        other.network = elsewhere;
        QCOMPARE(*f.transfers.count(other), qint64(1));
        QVERIFY(WatchCursorStore(*f.store).load(elsewhere, alices.watch)->has_value());

        QVERIFY(f.store->vacuum());
        QSqlQuery free(f.store->database());
        QVERIFY(free.exec(QStringLiteral("PRAGMA freelist_count")) && free.next());
        QCOMPARE(free.value(0).toInt(), 0);
    }

    void aSecondInstanceIsToldTheStoreIsLocked()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        openStore(path).reset();
        auto first = openStore(path);
        auto second = Store::open(path);
        QVERIFY(!second);
        QCOMPARE(failureOf(second.error()), StoreFailure::Locked);
        first.reset();
        QVERIFY(Store::open(path));
    }

    void aTransferIsStoredOnce()
    {
        Fixture f;
        QVERIFY(
            f.transfers.write(f.network, {transfer(1, kAlice, kBob), transfer(1, kAlice, kBob)}));
        QVERIFY(
            f.transfers.write(f.network, {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        QCOMPARE(*f.transfers.count(f.all()), qint64(2));
        const auto rows = f.rows(f.all());
        QCOMPARE(rows[0], transfer(1, kAlice, kBob));
        QCOMPARE(rows[1], transfer(2, kBob, kAlice));
        // Another network's copy of the same transaction is another row.
        const qint64 other = *networkKey(*f.store, {31337, filledHash(0x22)});
        QVERIFY(other != f.network);
        QVERIFY(f.transfers.write(other, {transfer(1, kAlice, kBob)}));
        QCOMPARE(*f.transfers.count(f.all()), qint64(2));
    }

    void reorgsWithdrawAndReinclude()
    {
        Fixture f;
        QVERIFY(
            f.transfers.write(f.network, {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        TransferRecord orphaned = transfer(1, kAlice, kBob);
        orphaned.removed = true;
        TransferRecord otherBlock = transfer(2, kBob, kAlice);
        otherBlock.removed = true;
        otherBlock.blockHash = filledHash(0x99); // a removal of a block the row is not in
        TransferRecord unknown = transfer(3, kBob, kAlice);
        unknown.removed = true;
        QVERIFY(f.transfers.write(f.network, {orphaned, otherBlock, unknown}));
        auto rows = f.rows(f.all());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows[0].removed);
        QVERIFY(!rows[1].removed);

        // The transaction mined again in another block.
        TransferRecord again = transfer(1, kAlice, kBob);
        again.blockNumber = 111;
        again.blockHash = filledHash(0x77);
        QVERIFY(f.transfers.write(f.network, {again}));
        rows = f.rows(f.all());
        QVERIFY(!rows[0].removed);
        QCOMPARE(rows[0].blockNumber, quint64(111));
        QCOMPARE(rows[0].blockHash, filledHash(0x77));
    }

    void aRewindWithdrawsEveryRowAboveTheCommonBlock()
    {
        Fixture f;
        // Blocks 101, 102, 103; the chain now parts after 101 (orphans seen in an earlier run).
        QVERIFY(f.transfers.write(f.network, {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice),
                                              transfer(3, kAlice, kBob)}));
        auto withdrawn = f.transfers.withdrawAbove(f.network, 101);
        QVERIFY(withdrawn);
        QCOMPARE(*withdrawn, qint64(2));
        auto rows = f.rows(f.all());
        QCOMPARE(rows.size(), std::size_t(3));
        for (const TransferRecord& row : rows)
            QCOMPARE(row.removed, row.blockNumber > 101);
        // Withdrawn already: nothing twice; and the re-read block 102 includes its row again.
        QCOMPARE(*f.transfers.withdrawAbove(f.network, 101), qint64(0));
        QVERIFY(f.transfers.write(f.network, {transfer(2, kBob, kAlice)}));
        rows = f.rows(f.all());
        QCOMPARE(std::count_if(rows.begin(), rows.end(),
                               [](const TransferRecord& row) { return row.removed; }),
                 std::ptrdiff_t(1));
    }

    void anAmountOnceKnownIsKept()
    {
        Fixture f;
        TransferRecord encrypted = transfer(1, kAlice, kBob);
        encrypted.amount.reset();
        encrypted.amountStatus = client::AmountStatus::ForeignKey;
        encrypted.logs = {{encrypted.logIndex, filledHash(0xcc), Bytes{1, 2, 3}}};
        QVERIFY(f.transfers.write(f.network, {encrypted}));
        QCOMPARE(f.rows(f.all())[0].amount, std::optional<Uint256>());
        TransferRecord decrypted = encrypted;
        decrypted.amount = 42;
        decrypted.amountStatus = client::AmountStatus::Decrypted;
        QVERIFY(f.transfers.write(f.network, {decrypted}));
        QVERIFY(f.transfers.write(f.network, {encrypted})); // delivered again without the key
        const auto row = f.rows(f.all())[0];
        QCOMPARE(row.amount, std::optional<Uint256>(42));
        QCOMPARE(row.amountStatus, client::AmountStatus::Decrypted);
        const auto logs = *f.transfers.logsOf(f.network, row);
        QCOMPARE(logs.size(), std::size_t(1));
        QCOMPARE(logs[0].encryptedAmount, (Bytes{1, 2, 3}));
    }

    void undecryptedRowsAreDecryptedInPlace()
    {
        Fixture f;
        std::vector<TransferRecord> batch;
        for (std::uint8_t n = 1; n <= 3; ++n) {
            TransferRecord record = transfer(n, kAlice, kBob);
            record.amount.reset();
            record.amountStatus = client::AmountStatus::ForeignKey;
            record.logs = {{record.logIndex, filledHash(n == 3 ? 0xdd : 0xcc), Bytes{n, n}}};
            batch.push_back(record);
        }
        QVERIFY(f.transfers.write(f.network, batch));
        auto pending = *f.transfers.undecrypted(f.network, filledHash(0xcc), 0, 10);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[1].encryptedAmount, (Bytes{2, 2}));
        QCOMPARE((*f.transfers.undecrypted(f.network, filledHash(0xcc), pending[0].id, 10)).size(),
                 std::size_t(1));
        QVERIFY(f.transfers.setDecrypted({{pending[0].id, 5}, {pending[1].id, 6}}));
        QVERIFY((*f.transfers.undecrypted(f.network, filledHash(0xcc), 0, 10)).empty());
        const auto rows = f.rows(f.all());
        QCOMPARE(rows[1].amount, std::optional<Uint256>(6));
        QCOMPARE(rows[1].amountStatus, client::AmountStatus::Decrypted);
        QCOMPARE(rows[2].amount, std::optional<Uint256>());
    }

    void amountsStoredWithoutTheKeyAreDecryptedOnceItIsKnown()
    {
        Fixture f;
        const SymmetricKey key = *SymmetricKey::fromBytes(filledHash(0x42).view());
        EncryptionNonce nonce;
        nonce.bytes.fill(7);
        std::vector<TransferRecord> batch;
        for (std::uint8_t n = 1; n <= 3; ++n) {
            TransferRecord record = transfer(n, kAlice, kBob);
            record.amount.reset();
            record.amountStatus = client::AmountStatus::ForeignKey;
            record.logs = {{record.logIndex, viewingKeyHash(key),
                            encryptSrc20Amount(Uint256(n) * 1000, key, nonce)}};
            batch.push_back(record);
        }
        batch[1].logs[0].encryptedAmount.back() ^= 1; // tampered: stays undecrypted
        QVERIFY(f.transfers.write(f.network, batch));
        const auto filled = redecryptTransfers(f.transfers, f.network, key);
        QVERIFY(filled);
        QCOMPARE(*filled, qint64(2));
        const auto rows = f.rows(f.all());
        QCOMPARE(rows[0].amount, std::optional<Uint256>(1000));
        QCOMPARE(rows[0].amountStatus, client::AmountStatus::Decrypted);
        QCOMPARE(rows[1].amount, std::optional<Uint256>());
        QCOMPARE(rows[2].amount, std::optional<Uint256>(3000));
        // Another key opens nothing; a second pass finds nothing new.
        QCOMPARE(*redecryptTransfers(f.transfers, f.network,
                                     *SymmetricKey::fromBytes(filledHash(0x43).view())),
                 qint64(0));
        QCOMPARE(*redecryptTransfers(f.transfers, f.network, key), qint64(0));
    }

    void theCursorCommitsWithItsTransfers()
    {
        Fixture f;
        WatchCursorStore cursors(*f.store);
        const QString watch = QStringLiteral("tokens=5fbdb231");
        QCOMPARE(*cursors.load(f.network, watch), std::optional<WatchCursor>());
        const WatchCursor cursor{watch, 101, filledHash(1)};
        QVERIFY(f.transfers.write(f.network, {transfer(1, kAlice, kBob)}, &cursor));
        QCOMPARE(*cursors.load(f.network, watch), std::optional<WatchCursor>(cursor));
        const WatchCursor noHash{watch, 105, std::nullopt};
        QVERIFY(cursors.save(f.network, noHash));
        QCOMPARE(*cursors.load(f.network, watch), std::optional<WatchCursor>(noHash));
        QCOMPARE(*cursors.load(f.network, QStringLiteral("another watch")),
                 std::optional<WatchCursor>());

        // A batch that fails stores neither its transfers nor its cursor.
        const WatchCursor tooLong{QString(WatchCursorStore::kMaxWatchLength + 1, QLatin1Char('x')),
                                  110, std::nullopt};
        const Status failed = f.transfers.write(f.network, {transfer(2, kBob, kAlice)}, &tooLong);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(*f.transfers.count(f.all()), qint64(1));
        QCOMPARE(*cursors.load(f.network, watch), std::optional<WatchCursor>(noHash));
    }

    void filtersSortsAndPages()
    {
        Fixture f;
        TransferRecord usdc = transfer(3, kBob, kBob);
        usdc.token = kOtherToken;
        usdc.tokenSymbol = QStringLiteral("USDC");
        TransferRecord encrypted = transfer(4, kAlice, kAlice);
        encrypted.amount.reset();
        encrypted.amountStatus = client::AmountStatus::NoKey;
        QVERIFY(f.transfers.write(
            f.network, {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice), usdc, encrypted}));
        const auto count = [&](const TransferQuery& query) {
            return *f.transfers.count(query);
        };
        TransferQuery query = f.all();
        query.token = QStringLiteral("usd");
        QCOMPARE(count(query), qint64(1));
        query.token = QStringLiteral("0x5fbdb2");
        QCOMPARE(count(query), qint64(3));
        query.token = QStringLiteral("0x5fbdb"); // an odd number of digits
        QCOMPARE(count(query), qint64(3));
        query.token = QStringLiteral("nothing");
        QCOMPARE(count(query), qint64(0));
        query.token.clear();
        query.address = QStringLiteral("  F39FD6E5 ");
        QCOMPARE(count(query), qint64(3));
        query.address = QStringLiteral("0x7099");
        QCOMPARE(count(query), qint64(3));
        query.address = QStringLiteral("not hex");
        QCOMPARE(count(query), qint64(0));
        query.address.clear();
        query.direction = TransferQuery::Direction::Incoming;
        QCOMPARE(count(query), qint64(0)); // no account
        query.account = kAlice;
        QCOMPARE(count(query), qint64(2));
        query.direction = TransferQuery::Direction::Outgoing;
        QCOMPARE(count(query), qint64(2));
        query.direction = TransferQuery::Direction::All;

        query.order = TransferQuery::Order::Amount;
        query.descending = true;
        auto rows = f.rows(query);
        QCOMPARE(rows.front().amount, std::optional<Uint256>(3000));
        QCOMPARE(rows.back().amount, std::optional<Uint256>()); // undecrypted last, descending
        query.order = TransferQuery::Order::Token;
        query.descending = false;
        QCOMPARE(f.rows(query).front().tokenSymbol, QStringLiteral("SRC")); // 0x5f… < 0xcf…
        query.order = TransferQuery::Order::From;
        query.descending = true;
        QCOMPARE(f.rows(query).front().from, kAlice); // 0xf39f… > 0x7099…
        query.order = TransferQuery::Order::Block;
        QCOMPARE(f.rows(query).front().blockNumber, quint64(104));

        // A page, and a snapshot that later rows do not move.
        query.order = TransferQuery::Order::Arrival;
        query.descending = false;
        query.upToId = 3;
        rows = *f.transfers.read(query, 1, 1);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].txHash, transfer(2, kBob, kAlice).txHash);
        QVERIFY(f.transfers.write(f.network, {transfer(5, kAlice, kBob)}));
        QCOMPARE(count(query), qint64(3));
        QCOMPARE(*f.transfers.lastId(), qint64(5));
    }

    // An account watch reads the account's rows in two branches (sent, received): every order,
    // both directions and any page give what the whole table filtered in full gives, a transfer
    // to oneself once.
    void aPartysRowsAreTheSameInEveryOrderAndPage()
    {
        Fixture f;
        const std::array<Address, 3> parties = {kAlice, kBob, kCarol};
        std::vector<TransferRecord> batch;
        for (std::uint8_t n = 1; n <= 57; ++n) {
            TransferRecord record = transfer(n, parties[n % 3], parties[(n / 3) % 3]);
            record.blockNumber = 100 + n % 7; // ties in the block: the log index, then arrival
            record.logIndex = n % 2;
            if (n % 5 == 0)
                record.token = kOtherToken;
            if (n % 4 == 0) {
                record.amount.reset();
                record.amountStatus = client::AmountStatus::NoKey;
            }
            batch.push_back(record);
        }
        QVERIFY(f.transfers.write(f.network, batch));
        using Order = TransferQuery::Order;
        for (const Order order : {Order::Arrival, Order::Block, Order::Token, Order::From,
                                  Order::To, Order::Amount, Order::Transaction}) {
            for (const bool descending : {false, true}) {
                TransferQuery everything = f.all();
                everything.order = order;
                everything.descending = descending;
                std::vector<TransferRecord> expected = f.rows(everything);
                std::erase_if(expected, [](const TransferRecord& record) {
                    return record.from != kAlice && record.to != kAlice;
                });
                QVERIFY(expected.size() > 20);
                TransferQuery alices = everything;
                alices.party = kAlice;
                QCOMPARE(*f.transfers.count(alices), qint64(expected.size()));
                for (const qint64 offset : {0, 1, 7, 19, 40}) {
                    const auto page = f.transfers.read(alices, offset, 9);
                    QVERIFY(page);
                    const auto begin =
                        expected.begin() + std::min<qint64>(offset, qint64(expected.size()));
                    const auto end =
                        expected.begin() + std::min<qint64>(offset + 9, qint64(expected.size()));
                    QCOMPARE(page->size(), std::size_t(end - begin));
                    for (std::size_t i = 0; i < page->size(); ++i)
                        QCOMPARE((*page)[i].txHash, (begin + std::ptrdiff_t(i))->txHash);
                }
                // With the other filters: Alice's incoming SRC transfers.
                alices.direction = TransferQuery::Direction::Incoming;
                alices.account = kAlice;
                alices.tokenContract = kToken;
                const auto incoming = f.transfers.read(alices, 0, 100);
                QVERIFY(incoming && !incoming->empty());
                std::vector<Hash> want;
                for (const TransferRecord& record : expected)
                    if (record.to == kAlice && record.token == kToken)
                        want.push_back(record.txHash);
                QCOMPARE(incoming->size(), want.size());
                for (std::size_t i = 0; i < want.size(); ++i)
                    QCOMPARE((*incoming)[i].txHash, want[i]);
            }
        }
    }

    void hostileRowsAreTypedErrors()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        {
            auto store = openStore(path);
            QVERIFY(TransferStore(*store).write(*networkKey(*store, kDevnet),
                                                {transfer(1, kAlice, kBob)}));
        }
        {
            // What another program could write: a short address and an unknown status.
            RawDatabase raw(path);
            QVERIFY(raw.run(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY(raw.run(QStringLiteral("UPDATE transfers SET from_address = X'0102'")));
        }
        auto store = openStore(path);
        TransferQuery query;
        query.network = 1;
        auto rows = TransferStore(*store).read(query, 0, 10);
        QVERIFY(!rows);
        QCOMPARE(failureOf(rows.error()), StoreFailure::Corrupt);
        QVERIFY(
            QString::fromStdString(rows.error().message).contains(QLatin1String("from_address")));
        store.reset();
        {
            RawDatabase raw(path);
            QVERIFY(raw.run(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY(raw.run(QStringLiteral("UPDATE transfers SET from_address = X'%1',"
                                           " amount_status = 'maybe'")
                                .arg(QLatin1String(QByteArray(20, 'a').toHex()))));
        }
        store = openStore(path);
        rows = TransferStore(*store).read(query, 0, 10);
        QVERIFY(!rows);
        QCOMPARE(failureOf(rows.error()), StoreFailure::Corrupt);
    }

    void labelsAndWatchOnlyAccounts()
    {
        Fixture f;
        AddressLabelStore labels(*f.store);
        QVERIFY(labels.set({kBob, QStringLiteral(" Bob "), true}));
        QVERIFY(labels.set({kAlice, QStringLiteral("Savings"), false}));
        QCOMPARE(*labels.find(kBob),
                 std::optional<AddressLabel>({kBob, QStringLiteral("Bob"), true}));
        QVERIFY(labels.set({kBob, QStringLiteral("Robert"), true}));
        QCOMPARE((*labels.all()).size(), std::size_t(2));
        QCOMPARE(labels.set({kBob, QStringLiteral("  "), true}).error().kind,
                 ErrorKind::InvalidArgument);
        QCOMPARE(labels.set({kBob, QString(201, QLatin1Char('x')), true}).error().kind,
                 ErrorKind::InvalidArgument);
        QVERIFY(labels.remove(kBob));
        QCOMPARE(*labels.find(kBob), std::optional<AddressLabel>());

        WatchOnlyAccountStore watched(*f.store);
        const QDateTime added = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        QVERIFY(watched.add({kBob, added, std::nullopt}));
        QVERIFY(watched.add({kBob, added.addDays(1), std::nullopt}));
        QVERIFY(watched.add({kAlice, added.addDays(2), std::nullopt}));
        const auto accounts = *watched.all();
        QCOMPARE(accounts.size(), std::size_t(2));
        QCOMPARE(accounts[0], (WatchOnlyAccount{kBob, added, std::nullopt}));
        QVERIFY(watched.remove(kBob));
        QCOMPARE((*watched.all()).size(), std::size_t(1));
    }

    void watchOnlyAccountsKeepTheirViewingKey()
    {
        Fixture f;
        const QDateTime added = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        const SymmetricKey key = *SymmetricKey::fromBytes(Bytes(32, 0x5a));
        const SymmetricKey other = *SymmetricKey::fromBytes(Bytes(32, 0xa7));
        {
            WatchOnlyAccountStore watched(*f.store);
            QVERIFY(watched.add({kBob, added, key}));
            QVERIFY(watched.add({kAlice, added.addDays(1), std::nullopt}));
            QCOMPARE(*watched.find(kBob), std::optional<WatchOnlyAccount>({kBob, added, key}));
            QCOMPARE((*watched.find(kAlice))->viewingKey, std::optional<SymmetricKey>());
            QCOMPARE(*watched.find(kToken), std::optional<WatchOnlyAccount>());
            // Given, replaced, removed; an address not watched is refused.
            QVERIFY(watched.setViewingKey(kAlice, other));
            QCOMPARE((*watched.find(kAlice))->viewingKey, std::optional<SymmetricKey>(other));
            QVERIFY(watched.setViewingKey(kAlice, key));
            QCOMPARE((*watched.find(kAlice))->viewingKey, std::optional<SymmetricKey>(key));
            QVERIFY(watched.setViewingKey(kAlice, std::nullopt));
            QCOMPARE((*watched.find(kAlice))->viewingKey, std::optional<SymmetricKey>());
            const Status unknown = watched.setViewingKey(kToken, key);
            QVERIFY(!unknown);
            QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
            QCOMPARE(*watched.find(kToken), std::optional<WatchOnlyAccount>());
        }
        // Kept across a reopening.
        f.store.reset();
        f.store = openStore(f.path);
        {
            const auto accounts = *WatchOnlyAccountStore(*f.store).all();
            QCOMPARE(accounts.size(), std::size_t(2));
            QCOMPARE(accounts[0], (WatchOnlyAccount{kBob, added, key}));
            QCOMPARE(accounts[1], (WatchOnlyAccount{kAlice, added.addDays(1), std::nullopt}));
            // Removing the account forgets its key, in the file too (secure delete).
            QVERIFY(WatchOnlyAccountStore(*f.store).remove(kBob));
        }
        f.store.reset();
        QFile file(f.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(QByteArray(32, '\x5a')));
        f.store = openStore(f.path);
        QCOMPARE(*WatchOnlyAccountStore(*f.store).find(kBob), std::optional<WatchOnlyAccount>());
    }

    void aDamagedViewingKeyIsAnError()
    {
        QTemporaryDir dir;
        const QString path = Store::pathIn(dir.path());
        openStore(path).reset();
        {
            RawDatabase raw(path);
            QVERIFY(raw.run(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY(raw.run(QStringLiteral("INSERT INTO watch_only_accounts (address, added_at,"
                                           " viewing_key) VALUES (zeroblob(20), 1,"
                                           " zeroblob(31))")));
        }
        auto store = openStore(path);
        const auto accounts = WatchOnlyAccountStore(*store).all();
        QVERIFY(!accounts);
        QCOMPARE(failureOf(accounts.error()), StoreFailure::Corrupt);
        QVERIFY(QString::fromStdString(accounts.error().message)
                    .contains(QLatin1String("watch_only_accounts.viewing_key")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
