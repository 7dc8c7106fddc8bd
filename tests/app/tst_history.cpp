// SPDX-License-Identifier: MIT
// The transaction history on disk: one file per network and account, every field kept across a
// reload, damaged files backed up and logged, interrupted sends marked, and the history page.
#include "TestSupport.h"
#include "app/AppIdentity.h"
#include "app/model/ChainModel.h"
#include "app/model/NetworkConfig.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/TxHistoryStore.h"
#include "app/model/WalletModel.h"
#include "app/service/SendService.h"
#include "app/view/HistoryPage.h"
#include "support/AppTestSupport.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace seismic;
using namespace seismic::app;

namespace {

const Address kAccount = *Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const Address kOther = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Address kToken = *Address::parse("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");

NetworkConfig network(const QString& name, quint64 chainId)
{
    NetworkConfig config;
    config.name = name;
    config.chainId = chainId;
    config.httpUrls = {QStringLiteral("http://127.0.0.1:8545")};
    return config;
}

// Every field set, as a pending shielded transfer.
TxRecord pendingTransfer()
{
    TxRecord record;
    record.id = 1;
    record.time = QDateTime::fromMSecsSinceEpoch(1'750'000'000'123, Qt::UTC);
    record.action = QStringLiteral("transfer(address,suint256)");
    record.to = kToken;
    record.recipient = kOther;
    record.amount = QStringLiteral("1.5 SDT");
    record.shielded = true;
    record.hash = *Hash::fromHex("0x" + std::string(63, 'a') + "1");
    record.nonce = 7;
    record.expiresAt = 1234;
    record.stage = SendStage::Sent;
    record.data = testing::hex("b10c99b5");
    record.value = 0;
    record.gas = 90'000;
    record.gasPrice = Uint256("123456789012345678901234567890");
    return record;
}

TxRecord failedTransfer()
{
    TxRecord record = pendingTransfer();
    record.id = 2;
    record.hash = *Hash::fromHex("0x" + std::string(63, 'b') + "2");
    record.stage = SendStage::Sent;
    record.status = client::TxStatus::Failed;
    record.block = 99;
    record.gasUsed = 45'000;
    record.error = QStringLiteral("execution reverted: panic 0x11 (arithmetic overflow or "
                                  "underflow)");
    record.data.clear();
    return record;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void everyFieldSurvivesAReload()
    {
        QTemporaryDir dir;
        TxHistoryModel model;
        TxHistoryStore store(dir.path(), model);
        store.open(network(QStringLiteral("Local node"), 31337), kAccount);
        QCOMPARE(store.path(),
                 TxHistoryStore::filePath(dir.path(), network(QStringLiteral("Local node"), 31337),
                                          kAccount));
        QVERIFY(store.path().endsWith(QStringLiteral("/31337-Local_node/") +
                                      QString::fromStdString(kAccount.checksummed()) +
                                      QStringLiteral(".json")));
        model.add(pendingTransfer());
        model.add(failedTransfer());
        QVERIFY(QFile::exists(store.path()));
        QCOMPARE(QFile::permissions(store.path()) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        TxHistoryModel reloaded;
        TxHistoryStore again(dir.path(), reloaded);
        again.open(network(QStringLiteral("Local node"), 31337), kAccount);
        QCOMPARE(reloaded.rowCount(), 2);
        QCOMPARE(reloaded.records(), model.records());
        // New ids follow the loaded ones.
        QCOMPARE(reloaded.add(pendingTransfer()), quint64(3));

        // Each change is written at once.
        TxRecord confirmed = reloaded.record(0);
        confirmed.stage = SendStage::Sent;
        confirmed.status = client::TxStatus::Confirmed;
        confirmed.block = 100;
        reloaded.update(confirmed);
        TxHistoryModel third;
        TxHistoryStore thirdStore(dir.path(), third);
        thirdStore.open(network(QStringLiteral("Local node"), 31337), kAccount);
        QCOMPARE(third.records(), reloaded.records());
    }

    void oneFilePerNetworkAndAccount()
    {
        QTemporaryDir dir;
        TxHistoryModel model;
        TxHistoryStore store(dir.path(), model);
        store.open(network(QStringLiteral("Local node"), 31337), kAccount);
        model.add(pendingTransfer());

        store.open(network(QStringLiteral("Other devnet"), 31337), kAccount);
        QCOMPARE(model.rowCount(), 0);
        store.open(network(QStringLiteral("Local node"), 31337), kOther);
        QCOMPARE(model.rowCount(), 0);
        store.open(network(QStringLiteral("Local node"), 5124), kAccount);
        QCOMPARE(model.rowCount(), 0);
        store.open(network(QStringLiteral("Local node"), 31337), std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(store.path().isEmpty());
        QVERIFY(store.save().ok());
        store.open(network(QStringLiteral("Local node"), 31337), kAccount);
        QCOMPARE(model.rowCount(), 1);
    }

    void damagedFileIsBackedUpAndLogged()
    {
        QTemporaryDir dir;
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        const QString path = TxHistoryStore::filePath(dir.path(), local, kAccount);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage = "{\"version\": 1, \"transactions\": [";
        apptest::writeFile(dir, QDir(dir.path()).relativeFilePath(path), garbage);

        TxHistoryModel model;
        TxHistoryStore store(dir.path(), model);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("transaction history .* is damaged "
                                                               "\\( not JSON: .*\\); kept 0 "
                                                               "readable records")));
        store.open(local, kAccount);
        QCOMPARE(model.rowCount(), 0);
        const QStringList backups = QFileInfo(path).dir().entryList(
            {QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readAll(QFileInfo(path).dir().filePath(backups.first())), garbage);
        QVERIFY(!QFile::exists(path));

        // The history goes on in a fresh file.
        model.add(pendingTransfer());
        QCOMPARE(TxHistoryStore::parse(readAll(path)).records.size(), std::size_t(1));
    }

    void statusesRoundTripAndEarlierNamesAreRead()
    {
        // Every stage and chain status is written and read back as it was.
        std::vector<TxRecord> records;
        for (const SendStage stage : {SendStage::Sending, SendStage::NotSent}) {
            TxRecord record = pendingTransfer();
            record.id = records.size() + 1;
            record.hash.reset();
            record.stage = stage;
            records.push_back(record);
        }
        for (const auto status : {client::TxStatus::Pending, client::TxStatus::Confirmed,
                                  client::TxStatus::Failed, client::TxStatus::Expired}) {
            TxRecord record = pendingTransfer();
            record.id = records.size() + 1;
            record.status = status;
            records.push_back(record);
        }
        const auto contents = TxHistoryStore::parse(TxHistoryStore::serialize(records));
        QVERIFY(contents.problem.isEmpty());
        QCOMPARE(contents.records, records);

        // Files of earlier versions: "encrypting"/"signing" while sending, "failed" without a
        // hash for a send the node refused.
        QByteArray json = TxHistoryStore::serialize({records[0], records[1], records[4]});
        json.replace("\"sending\"", "\"encrypting\"");
        json.replace("\"not sent\"", "\"failed\"");
        const auto earlier = TxHistoryStore::parse(json);
        QVERIFY(earlier.problem.isEmpty());
        QCOMPARE(earlier.records.at(0).stage, SendStage::Sending);
        QCOMPARE(earlier.records.at(1).stage, SendStage::NotSent);
        QCOMPARE(earlier.records.at(2).stage, SendStage::Sent);
        QCOMPARE(earlier.records.at(2).status, client::TxStatus::Failed);
    }

    void readableRecordsOfADamagedFileAreKept()
    {
        QByteArray json = TxHistoryStore::serialize({pendingTransfer(), failedTransfer()});
        // The second record loses its status; the first stays readable.
        const qsizetype failed = json.lastIndexOf("\"failed\"");
        QVERIFY(failed > 0);
        json.replace(failed, 8, "\"lost\"");
        TxHistoryStore::Contents contents = TxHistoryStore::parse(json);
        QCOMPARE(contents.records.size(), std::size_t(1));
        QCOMPARE(contents.problem,
                 QStringLiteral("transaction 1: 'lost' is not a transaction status"));

        for (const QByteArray& bad :
             {QByteArray("[]"), QByteArray("{\"version\": 2, \"transactions\": []}"),
              QByteArray("{\"version\": 1}")}) {
            contents = TxHistoryStore::parse(bad);
            QVERIFY(contents.records.empty());
            QCOMPARE(contents.problem, QStringLiteral("not a version 1 transaction history"));
        }
        json = TxHistoryStore::serialize({pendingTransfer()});
        json.replace("\"nonce\": \"7\"", "\"nonce\": 7");
        QCOMPARE(TxHistoryStore::parse(json).problem,
                 QStringLiteral("transaction 0: 'nonce' is not a decimal integer"));
        json = TxHistoryStore::serialize({pendingTransfer(), pendingTransfer()});
        QCOMPARE(TxHistoryStore::parse(json).problem,
                 QStringLiteral("transaction 1: duplicate id"));
    }

    void switchingAccountsKeepsEachHistory()
    {
        QTemporaryDir dir;
        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(network(QStringLiteral("Local node"), 31337));
        SendService service(wallet, chain, dir.path());
        QVERIFY(!service.unavailableReason().isEmpty());
        wallet.setAccount(kAccount);
        wallet.history()->add(failedTransfer());
        wallet.setAccount(kOther);
        QCOMPARE(wallet.history()->rowCount(), 0);
        wallet.setAccount(kAccount);
        QCOMPARE(wallet.history()->rowCount(), 1);
        QCOMPARE(wallet.history()->record(0).status, client::TxStatus::Failed);

        chain.setNetwork(network(QStringLiteral("Seismic testnet"), 5124));
        QCOMPARE(wallet.history()->rowCount(), 0);
        chain.setNetwork(network(QStringLiteral("Local node"), 31337));
        QCOMPARE(wallet.history()->rowCount(), 1);
    }

    void interruptedSendIsMarkedAtLoad()
    {
        QTemporaryDir dir;
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        {
            TxHistoryModel model;
            TxHistoryStore store(dir.path(), model);
            store.open(local, kAccount);
            TxRecord signing = pendingTransfer();
            signing.hash.reset();
            signing.stage = SendStage::Sending;
            model.add(signing);
            model.add(pendingTransfer());
        }
        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(local);
        SendService service(wallet, chain, dir.path());
        wallet.setAccount(kAccount);
        QCOMPARE(wallet.history()->rowCount(), 2);
        const TxRecord& interrupted = wallet.history()->record(0);
        QCOMPARE(interrupted.stage, SendStage::NotSent);
        QCOMPARE(interrupted.error,
                 QStringLiteral("The application stopped while sending it; whether it reached "
                                "the network is unknown."));
        QVERIFY(interrupted.data.empty());
        // Sent, with a hash: waits for a client to follow it.
        QCOMPARE(wallet.history()->record(1).stage, SendStage::Sent);
        QCOMPARE(wallet.history()->record(1).status, client::TxStatus::Pending);
        TxHistoryModel onDisk;
        TxHistoryStore store(dir.path(), onDisk);
        store.open(local, kAccount);
        QCOMPARE(onDisk.records(), wallet.history()->records());
    }

    void historyPageShowsAndCopies()
    {
        TxHistoryModel model;
        HistoryPage page(model);
        auto* stack = apptest::child<QStackedWidget>(page, "historyStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyEmptyPage"));
        model.add(failedTransfer());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyTablePage"));
        QCOMPARE(model.index(0, TxHistoryModel::ToColumn).data().toString(),
                 QString::fromStdString(kOther.checksummed()));
        QCOMPARE(model.index(0, TxHistoryModel::AmountColumn).data().toString(),
                 QStringLiteral("1.5 SDT"));
        QCOMPARE(model.index(0, TxHistoryModel::BlockColumn).data().toULongLong(), quint64(99));
        QCOMPARE(model.index(0, TxHistoryModel::GasUsedColumn).data().toULongLong(),
                 quint64(45'000));
        QVERIFY(!model.index(0, TxHistoryModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model.index(0, TxHistoryModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 failedTransfer().error);

        auto* copy = apptest::child<QPushButton>(page, "copyHashButton");
        QVERIFY(!copy->isEnabled());
        QVERIFY(!page.copySelectedHash());
        auto* view = apptest::child<QTableView>(page, "historyView");
        view->selectRow(0);
        QVERIFY(copy->isEnabled());
        QVERIFY(apptest::child<QLabel>(page, "detailLabel")
                    ->text()
                    .startsWith(QStringLiteral("Failed: execution reverted")));
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QString::fromStdString(failedTransfer().hash->hex()));

        // A long error, a full hash and address: the table fits a 1024 px wide window.
        TxRecord verbose = failedTransfer();
        verbose.id += 100;
        verbose.error = QStringLiteral("execution reverted: ") + QString(300, QLatin1Char('x'));
        model.add(verbose);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
