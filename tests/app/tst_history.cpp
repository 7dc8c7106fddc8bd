// SPDX-License-Identifier: MIT
// The transaction history in the store: one history per network and account, every field kept
// across a reload, the JSON form of records (and of the files of earlier versions), interrupted
// sends marked, and the history page (export, forget).
#include "TestSupport.h"
#include "app/AppIdentity.h"
#include "app/model/ChainModel.h"
#include "app/model/NetworkConfig.h"
#include "app/model/SendHistoryExport.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TimeText.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/TxHistoryStore.h"
#include "app/model/TxRecordJson.h"
#include "app/model/WalletModel.h"
#include "app/service/ExportJob.h"
#include "app/service/SendService.h"
#include "app/view/HistoryPage.h"
#include "store/Store.h"
#include "support/AppTestSupport.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
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
    record.kind = TxAction::TokenTransfer;
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

// A history file as earlier versions wrote it.
QByteArray legacyFile(const std::vector<TxRecord>& records)
{
    QJsonArray transactions;
    for (const TxRecord& record : records)
        transactions.append(txRecordToJson(record));
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("transactions"), transactions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::unique_ptr<store::Store> memoryStore()
{
    auto store = store::Store::openInMemory();
    if (!store)
        qFatal("no SQLite: %s", store.error().describe().c_str());
    return std::move(store).value();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        // Amounts in the history follow the locale: English digit grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyFieldSurvivesAReload()
    {
        auto store = memoryStore();
        SendHistoryStore history(*store);
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        TxHistoryModel model;
        TxHistoryStore keeper(&history, model);
        keeper.open(local, kAccount);
        QCOMPARE(keeper.account(), std::optional<Address>(kAccount));
        TxRecord replacement = pendingTransfer();
        replacement.kind = TxAction::Cancellation;
        replacement.replaces = 1;
        replacement.priorityFee = 1'500'000'000;
        model.add(pendingTransfer());
        model.add(failedTransfer());
        model.add(replacement);

        TxHistoryModel reloaded;
        TxHistoryStore again(&history, reloaded);
        again.open(local, kAccount);
        QCOMPARE(reloaded.rowCount(), 3);
        QCOMPARE(reloaded.records(), model.records());
        // New ids follow the loaded ones.
        QCOMPARE(reloaded.add(pendingTransfer()), quint64(4));

        // Each change is written at once.
        TxRecord confirmed = reloaded.record(0);
        confirmed.status = client::TxStatus::Confirmed;
        confirmed.block = 100;
        reloaded.update(confirmed);
        TxRecord replaced = reloaded.record(2);
        replaced.replacedBy = 1;
        reloaded.update(replaced);
        QCOMPARE(*history.load(local, kAccount), reloaded.records());
        QVERIFY(!reloaded.record(2).isPending());
    }

    void oneHistoryPerNetworkAndAccount()
    {
        auto store = memoryStore();
        SendHistoryStore history(*store);
        TxHistoryModel model;
        TxHistoryStore keeper(&history, model);
        keeper.open(network(QStringLiteral("Local node"), 31337), kAccount);
        model.add(pendingTransfer());

        keeper.open(network(QStringLiteral("Other devnet"), 31337), kAccount);
        QCOMPARE(model.rowCount(), 0);
        keeper.open(network(QStringLiteral("Local node"), 31337), kOther);
        QCOMPARE(model.rowCount(), 0);
        keeper.open(network(QStringLiteral("Local node"), 5124), kAccount);
        QCOMPARE(model.rowCount(), 0);
        keeper.open(network(QStringLiteral("Local node"), 31337), std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        // No account: nothing is kept.
        model.add(failedTransfer());
        QVERIFY(!keeper.forget());
        keeper.open(network(QStringLiteral("Local node"), 31337), kAccount);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0), pendingTransfer());

        // No store: histories are neither read nor kept.
        keeper.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.add(failedTransfer());
        keeper.setStore(&history);
        QCOMPARE(model.records(), std::vector<TxRecord>{pendingTransfer()});
    }

    void statusesRoundTripAndEarlierNamesAreRead()
    {
        // Every stage, chain status and kind is written and read back as it was.
        std::vector<TxRecord> records;
        for (const SendStage stage : {SendStage::Sending, SendStage::NotSent}) {
            TxRecord record = pendingTransfer();
            record.id = records.size() + 1;
            record.hash.reset();
            record.stage = stage;
            records.push_back(record);
        }
        for (const auto status :
             {client::TxStatus::Pending, client::TxStatus::Confirmed, client::TxStatus::Failed,
              client::TxStatus::Expired, client::TxStatus::Replaced}) {
            TxRecord record = pendingTransfer();
            record.id = records.size() + 1;
            record.status = status;
            records.push_back(record);
        }
        for (const auto kind : {TxAction::Payment, TxAction::ContractCall, TxAction::ViewingKey,
                                TxAction::Cancellation}) {
            TxRecord record = pendingTransfer();
            record.id = records.size() + 1;
            record.kind = kind;
            record.replacedBy = 1;
            records.push_back(record);
        }
        for (const TxRecord& record : records)
            QCOMPARE(*txRecordFromJson(txRecordToJson(record)), record);
        QCOMPARE(txRecordStatusName(records.back()), QStringLiteral("replaced"));
        QJsonObject replacedWithoutLink = txRecordToJson(records.back());
        replacedWithoutLink.remove(QLatin1String("replacedBy"));
        // Replaced by a transaction the history does not have (the tracker saw it mined).
        const auto unlinked = txRecordFromJson(replacedWithoutLink);
        QCOMPARE(unlinked->status, client::TxStatus::Replaced);
        QVERIFY(!unlinked->isPending());
        QCOMPARE(TxHistoryModel::statusText(*unlinked), QStringLiteral("Replaced"));
        QJsonObject unknownKind = txRecordToJson(records.back());
        unknownKind.insert(QLatin1String("kind"), QStringLiteral("theft"));
        QCOMPARE(txRecordFromJson(unknownKind).error().message,
                 std::string("'kind' is not a kind of transaction"));

        // Files of earlier versions: "encrypting"/"signing" while sending, "failed" without a
        // hash for a send the node refused, and no kind (an amount made it a transfer).
        QByteArray json = legacyFile({records[0], records[1], records[4]});
        json.replace("\"sending\"", "\"encrypting\"");
        json.replace("\"not sent\"", "\"failed\"");
        json.replace("\"kind\": \"transfer\",", "");
        const auto earlier = parseLegacyHistoryFile(json);
        QVERIFY(earlier.problem.isEmpty());
        QCOMPARE(earlier.records.at(0).stage, SendStage::Sending);
        QCOMPARE(earlier.records.at(1).stage, SendStage::NotSent);
        QCOMPARE(earlier.records.at(2).stage, SendStage::Sent);
        QCOMPARE(earlier.records.at(2).status, client::TxStatus::Failed);
        QCOMPARE(earlier.records.at(2).kind, TxAction::TokenTransfer);
    }

    void readableRecordsOfADamagedFileAreKept()
    {
        QByteArray json = legacyFile({pendingTransfer(), failedTransfer()});
        // The second record loses its status; the first stays readable.
        const qsizetype failed = json.lastIndexOf("\"failed\"");
        QVERIFY(failed > 0);
        json.replace(failed, 8, "\"lost\"");
        LegacyHistoryFile contents = parseLegacyHistoryFile(json);
        QCOMPARE(contents.records.size(), std::size_t(1));
        QCOMPARE(contents.problem,
                 QStringLiteral("transaction 1: 'lost' is not a transaction status"));

        for (const QByteArray& bad :
             {QByteArray("[]"), QByteArray("{\"version\": 2, \"transactions\": []}"),
              QByteArray("{\"version\": 1}")}) {
            contents = parseLegacyHistoryFile(bad);
            QVERIFY(contents.records.empty());
            QCOMPARE(contents.problem, QStringLiteral("not a version 1 transaction history"));
        }
        json = legacyFile({pendingTransfer()});
        json.replace("\"nonce\": \"7\"", "\"nonce\": 7");
        QCOMPARE(parseLegacyHistoryFile(json).problem,
                 QStringLiteral("transaction 0: 'nonce' is not a decimal integer"));
        json = legacyFile({pendingTransfer(), pendingTransfer()});
        QCOMPARE(parseLegacyHistoryFile(json).problem,
                 QStringLiteral("transaction 1: duplicate id"));
        QVERIFY(parseLegacyHistoryFile("{\"version\": 1, \"transactions\": [")
                    .problem.startsWith(QStringLiteral("not JSON")));
    }

    void switchingAccountsKeepsEachHistory()
    {
        auto store = memoryStore();
        SendHistoryStore history(*store);
        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(network(QStringLiteral("Local node"), 31337));
        SendService service(wallet, chain, &history);
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
        auto store = memoryStore();
        SendHistoryStore history(*store);
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        TxRecord signing = pendingTransfer();
        signing.hash.reset();
        signing.stage = SendStage::Sending;
        TxRecord sent = pendingTransfer();
        sent.id = 2;
        QVERIFY(history.put(local, kAccount, {signing, sent}));

        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(local);
        SendService service(wallet, chain, &history);
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
        QCOMPARE(*history.load(local, kAccount), wallet.history()->records());
    }

    void historyPageShowsAndCopies()
    {
        WalletModel wallet;
        ChainModel chain;
        SendService send(wallet, chain, nullptr);
        TxHistoryModel& model = *wallet.history();
        HistoryPage page(send, wallet, chain);
        auto* stack = apptest::child<QStackedWidget>(page, "historyStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyEmptyPage"));
        model.add(failedTransfer());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyTablePage"));
        QCOMPARE(model.index(0, TxHistoryModel::ToColumn).data().toString(),
                 QString::fromStdString(kOther.checksummed()));
        QCOMPARE(model.index(0, TxHistoryModel::AmountColumn).data().toString(),
                 QStringLiteral("1.5 SDT"));
        // In words; the function as signed in the tooltip.
        QCOMPARE(model.index(0, TxHistoryModel::ActionColumn).data().toString(),
                 QStringLiteral("Sent 1.5 SDT to 0x7099…79C8"));
        QCOMPARE(model.index(0, TxHistoryModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("transfer(address,suint256)\nShielded: the calldata was "
                                "encrypted"));
        QCOMPARE(model.index(0, TxHistoryModel::TimeColumn).data().toString(),
                 timeText(failedTransfer().time));
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
                    .startsWith(QStringLiteral("Sent 1.5 SDT to 0x7099…79C8: Failed: execution "
                                               "reverted")));
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

    void historyRowsSayWhatHappened()
    {
        TxHistoryModel model;
        TxRecord payment = failedTransfer();
        payment.kind = TxAction::Payment;
        payment.recipient.reset();
        payment.to = kOther;
        payment.amount = QStringLiteral("12345.5 ETH");
        TxRecord call = failedTransfer();
        call.kind = TxAction::ContractCall;
        call.action = QStringLiteral("setNumber(uint256)");
        call.recipient.reset();
        call.amount.clear();
        TxRecord viewingKey = call;
        viewingKey.kind = TxAction::ViewingKey;
        viewingKey.action = QStringLiteral("setKey(suint256)");
        TxRecord cancellation = call;
        cancellation.kind = TxAction::Cancellation;
        cancellation.action.clear();
        cancellation.nonce = 12;
        TxRecord replaced = pendingTransfer();
        replaced.replacedBy = 9;
        for (const TxRecord& record : {payment, call, viewingKey, cancellation, replaced})
            model.add(record);
        const auto words = [&](int row) {
            return model.index(row, TxHistoryModel::ActionColumn).data().toString();
        };
        QCOMPARE(words(0), QStringLiteral("Sent 12,345.5 ETH to 0x7099…79C8"));
        QCOMPARE(words(1), QStringLiteral("Called setNumber on 0xCf7E…0Fc9"));
        QCOMPARE(words(2), QStringLiteral("Registered a viewing key"));
        QCOMPARE(words(3), QStringLiteral("Cancelled the transaction with nonce 12"));
        QCOMPARE(model.index(3, TxHistoryModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Shielded: the calldata was encrypted"));
        QCOMPARE(model.index(1, TxHistoryModel::ActionColumn)
                     .data(TxHistoryModel::RawActionRole)
                     .toString(),
                 QStringLiteral("setNumber(uint256)"));
        QCOMPARE(model.index(4, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Replaced"));
        QVERIFY(!model.record(4).isPending());
    }

    void pendingSectionShowsExpiryAndFollowsTheHistory()
    {
        WalletModel wallet;
        ChainModel chain;
        SendService send(wallet, chain, nullptr);
        TxHistoryModel& model = *wallet.history();
        HistoryPage page(send, wallet, chain);
        auto* group = apptest::child<QWidget>(page, "pendingGroup");
        auto* pendingView = apptest::child<QTableView>(page, "pendingView");
        model.add(failedTransfer());
        QVERIFY(group->isHidden());

        TxRecord transparent = pendingTransfer();
        transparent.shielded = false;
        transparent.expiresAt.reset();
        transparent.nonce = 8;
        transparent.hash = *Hash::fromHex("0x" + std::string(63, 'c') + "3");
        TxRecord signing = pendingTransfer();
        signing.hash.reset();
        signing.stage = SendStage::Sending;
        const quint64 shieldedId = model.add(pendingTransfer());
        model.add(transparent);
        model.add(signing); // not sent yet: nothing to replace
        QVERIFY(!group->isHidden());
        QAbstractItemModel* pending = pendingView->model();
        QCOMPARE(pending->rowCount(), 2);
        const auto status = [&](int row) {
            return pending->index(row, TxHistoryModel::StatusColumn).data().toString();
        };
        QCOMPARE(status(0), QStringLiteral("Pending: expires after block 1234"));
        chain.setBlockNumber(1200);
        QCOMPARE(status(0), QStringLiteral("Pending: expires in 34 block(s) (after block 1234)"));
        QCOMPARE(status(1), QStringLiteral("Pending (does not expire)"));
        chain.setBlockNumber(1235);
        QCOMPARE(status(0), QStringLiteral("Expired after block 1234; waiting for the node"));

        // Without a connection nothing can be replaced, and the buttons say why.
        auto* speedUp = apptest::child<QPushButton>(page, "speedUpButton");
        auto* cancel = apptest::child<QPushButton>(page, "cancelTransactionButton");
        QVERIFY(!speedUp->isEnabled());
        QCOMPARE(speedUp->toolTip(), QStringLiteral("Select a pending transaction first."));
        pendingView->selectRow(0);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().startsWith(QStringLiteral("Not connected")));
        QCOMPARE(send.replacementRefusal(1, SendService::Replacement::Cancel),
                 QStringLiteral("Only a transaction that was sent and is still pending can be "
                                "replaced."));
        TxRecord registration = pendingTransfer();
        registration.kind = TxAction::ViewingKey;
        const quint64 registrationId = model.add(registration);
        QVERIFY(send.replacementRefusal(registrationId, SendService::Replacement::SpeedUp)
                    .startsWith(QStringLiteral("A viewing key registration cannot be sped up")));

        // Confirmed: it leaves the list.
        TxRecord confirmed = *model.find(shieldedId);
        confirmed.status = client::TxStatus::Confirmed;
        model.update(confirmed);
        QCOMPARE(pending->rowCount(), 2);
        QCOMPARE(pending->index(0, TxHistoryModel::NonceColumn).data().toULongLong(), quint64(8));
    }

    void historyPageExportsAndForgets()
    {
        auto store = memoryStore();
        SendHistoryStore history(*store);
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        QVERIFY(history.put(local, kOther, {failedTransfer()}));
        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(local);
        SendService send(wallet, chain, &history);
        wallet.setAccount(kAccount);
        TxHistoryModel& model = *wallet.history();
        model.add(pendingTransfer());
        model.add(failedTransfer());
        HistoryPage page(send, wallet, chain);
        QSignalSpy messages(&page, &HistoryPage::message);

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("history.csv"));
        page.exportTo(csv);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(
            messages.takeFirst().at(0).toString(),
            QStringLiteral("Exported 2 transaction(s) to %1.").arg(QDir::toNativeSeparators(csv)));
        QCOMPARE(readAll(csv).count('\n'), 3);
        const QString jsonl = dir.filePath(QStringLiteral("history.jsonl"));
        page.exportTo(jsonl);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(readAll(jsonl).count('\n'), 2);
        QVERIFY(readAll(jsonl).startsWith("{\"amount\":\"1.5\""));
        messages.clear();
        // The export follows the filter: only the failed one says "Failed".
        auto* filter = apptest::child<QLineEdit>(page, "historyFilterEdit");
        filter->setText(QStringLiteral("failed"));
        auto* view = apptest::child<QTableView>(page, "historyView");
        QVERIFY(view->isRowHidden(0));
        QVERIFY(!view->isRowHidden(1));
        const QString filtered = dir.filePath(QStringLiteral("failed.csv"));
        page.exportTo(filtered);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.takeFirst().at(0).toString(),
                 QStringLiteral("Exported 1 transaction(s) to %1.")
                     .arg(QDir::toNativeSeparators(filtered)));
        const QList<QByteArray> lines = readAll(filtered).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].contains(",failed,99,45000,"));
        filter->clear();
        QVERIFY(!view->isRowHidden(0));
        // A folder that does not exist: an error, and no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/history.csv"));
        page.exportTo(nowhere);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(messages.takeFirst().at(0).toString().startsWith(
            QStringLiteral("The history was not exported: ")));
        QVERIFY(!QFile::exists(nowhere));

        // Forgetting asks first; Cancel keeps everything.
        const auto answer = [&](const char* button) {
            QTimer::singleShot(0, &page, [&page, button] {
                auto* box = page.findChild<QMessageBox*>(QStringLiteral("forgetHistoryBox"));
                QVERIFY(box);
                if (qstrcmp(button, "cancel") == 0)
                    box->button(QMessageBox::Cancel)->click();
                else
                    apptest::child<QPushButton>(*box, button)->click();
            });
            apptest::child<QPushButton>(page, "forgetButton")->click();
            QTRY_VERIFY(!page.findChild<QMessageBox*>(QStringLiteral("forgetHistoryBox")));
        };
        answer("cancel");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE((*history.load(local, kAccount)).size(), std::size_t(2));
        answer("confirmForgetButton");
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("2 transaction(s) forgotten."));
        QVERIFY((*history.load(local, kAccount)).empty());
        // Another account's history is not touched.
        QCOMPARE((*history.load(local, kOther)).size(), std::size_t(1));
    }

    void historyExportRunsInPagesAndCancelLeavesNoFile()
    {
        auto store = memoryStore();
        SendHistoryStore history(*store);
        const NetworkConfig local = network(QStringLiteral("Local node"), 31337);
        std::vector<TxRecord> many;
        for (quint64 id = 1; id <= 1'200; ++id) {
            TxRecord record = id % 2 == 0 ? failedTransfer() : pendingTransfer();
            record.id = id;
            record.nonce = id;
            many.push_back(record);
        }
        QVERIFY(history.put(local, kAccount, many));
        WalletModel wallet;
        ChainModel chain;
        chain.setNetwork(local);
        SendService send(wallet, chain, &history);
        wallet.setAccount(kAccount);
        QCOMPARE(wallet.history()->rowCount(), 1'200);
        HistoryPage page(send, wallet, chain);
        QSignalSpy messages(&page, &HistoryPage::message);
        QTemporaryDir dir;

        // A page of records per turn of the event loop, each reported to the progress dialog.
        apptest::child<QLineEdit>(page, "historyFilterEdit")->setText(QStringLiteral("failed"));
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        page.exportTo(path);
        QVERIFY(page.findChild<QProgressDialog*>(QStringLiteral("exportProgress")));
        auto* job = page.findChild<ExportJob*>();
        QVERIFY(job);
        QSignalSpy steps(job, &ExportJob::progress);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.takeFirst().at(0).toString(),
                 QStringLiteral("Exported 600 transaction(s) to %1.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(readAll(path).count("\r\n"), 601);
        QCOMPARE(steps.count(), 3);
        for (int step = 0; step < 3; ++step) {
            QCOMPARE(steps.at(step).at(0).toLongLong(), std::min<qint64>((step + 1) * 500, 1'200));
            QCOMPARE(steps.at(step).at(1).toLongLong(), 1'200);
        }
        // The dialog goes away with the job.
        QTRY_VERIFY(!page.findChild<QProgressDialog*>(QStringLiteral("exportProgress")));

        // Cancel after the first page: no file, and the page says so.
        const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
        page.exportTo(cancelledPath);
        auto* progress = page.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        job = page.findChild<ExportJob*>();
        QVERIFY(job);
        QSignalSpy pages(job, &ExportJob::progress);
        // The user presses Cancel when the first page is written.
        connect(job, &ExportJob::progress, progress, &QProgressDialog::canceled);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.takeFirst().at(0).toString(),
                 QStringLiteral("The export was cancelled."));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).toLongLong(), SendHistoryExport::kPageRecords);
        QCOMPARE(pages.at(0).at(1).toLongLong(), 1'200);
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("history.csv")});
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
