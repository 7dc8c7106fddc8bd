// SPDX-License-Identifier: MIT
// The table models the client will fill: balances, live transfers (no duplicates, reorgs,
// pause), their filters and CSV export, and the history of sent transactions.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/model/AddressBook.h"
#include "app/model/ChainModel.h"
#include "app/model/NetworkConfig.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferRate.h"
#include "app/model/TransferTableModel.h"
#include "app/model/TransferText.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ExportJob.h"
#include "app/service/TransferMonitor.h"
#include "app/view/TransfersPage.h"
#include "seismic/ChainPreset.h"
#include "store/ExportFormat.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/TransferExporter.h"
#include "store/TransferStore.h"
#include "support/AppTestSupport.h"
#include "support/TransferTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUrl>

using namespace seismic;
using namespace seismic::app;
using namespace seismic::store;
using apptest::child;

namespace {

using apptest::kAlice;
using apptest::kBob;
using apptest::kToken;
using apptest::transfer;

// A transfer table over a store of its own, showing one network.
struct StoredTable
{
    std::unique_ptr<Store> store = std::move(Store::openInMemory()).value();
    TransferStore transfers{*store};
    TransferTableModel model;
    qint64 network = *networkKey(*store, {31337, Hash{}});

    StoredTable()
    {
        model.setStore(&transfers);
        model.setNetwork(network);
    }
    ~StoredTable() { model.setStore(nullptr); }
};

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        // English: the plural forms of the counters.
        QVERIFY(m_translations.load(QLocale(QLocale::English)));
    }

    void tokenBalancesChangeOnlyWhenTheyChange()
    {
        TokenTableModel model;
        TokenBalance native;
        native.symbol = QStringLiteral("ETH");
        native.name = QStringLiteral("Ether");
        TokenBalance src;
        src.kind = TokenKind::Src20;
        src.contract = kToken;
        src.symbol = QStringLiteral("SRC");
        src.decimals = 6;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTokens({native, src});
        model.setTokens({native, src});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(1, TokenTableModel::BalanceColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(model.index(1, TokenTableModel::BalanceColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("shielded")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setBalance(kToken, Uint256(123456789));
        model.setBalance(kToken, Uint256(123456789));
        model.setBalance(std::nullopt, Uint256(2) * Uint256(1000000000000000000ull));
        model.setBalance(kBob, Uint256(1)); // not a token of the table
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.index(1, TokenTableModel::BalanceColumn).data().toString(),
                 QStringLiteral("123.456789"));
        QCOMPARE(model.index(1, 0).data(TokenTableModel::BalanceRole).toString(),
                 QStringLiteral("123456789"));
        QCOMPARE(model.index(1, 0).data(TokenTableModel::ContractRole).toString(),
                 QString::fromStdString(kToken.checksummed()));
        QCOMPARE(model.index(1, 0).data(TokenTableModel::DecimalsRole).toUInt(), 6u);
        QCOMPARE(model.index(1, TokenTableModel::KindColumn).data().toString(),
                 QStringLiteral("SRC20 (shielded)"));
        QCOMPARE(model.index(0, TokenTableModel::BalanceColumn).data().toString(),
                 QStringLiteral("2"));
        QVERIFY(model.index(0, 0).data(TokenTableModel::ContractRole).isNull());
    }

    void transfersAreShownOnceAndReorgsMarked()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        model.sort(TransferTableModel::TimeColumn, Qt::AscendingOrder); // oldest first
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.addTransfers(
            {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice), transfer(1, kAlice, kBob)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        // After a reconnect the watcher backfills: what is known is not shown again.
        QVERIFY(model.addTransfers({transfer(2, kBob, kAlice), transfer(3, kAlice, kAlice)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.receivedCount(), quint64(5));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            model.addTransfers({transfer(2, kBob, kAlice, true), transfer(9, kBob, kBob, true)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, 0).data(TransferTableModel::RemovedRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.index(0, 0).data(TransferTableModel::RemovedRole).toBool());

        const QModelIndex row = model.index(0, 0);
        QCOMPARE(model.index(0, TransferTableModel::AmountColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(row.data(TransferTableModel::AmountRole).toString(), QStringLiteral("3000000"));
        QCOMPARE(row.data(TransferTableModel::BlockRole).toULongLong(), quint64(101));
        QCOMPARE(row.data(TransferTableModel::FromRole).toString(),
                 QString::fromLatin1(apptest::kAnvilAddress));
        QVERIFY(row.data(TransferTableModel::TxHashRole)
                    .toString()
                    .startsWith(QStringLiteral("0x0100")));
        QCOMPARE(model.index(0, TransferTableModel::TimeColumn).data().toString(),
                 QStringLiteral("2025-01-02 03:04:05"));

        TransferRecord encrypted = transfer(4, kAlice, kBob);
        encrypted.amount.reset();
        encrypted.amountStatus = client::AmountStatus::NoKey;
        QVERIFY(model.addTransfers({encrypted}));
        QCOMPARE(model.index(3, TransferTableModel::AmountColumn).data().toString(),
                 QStringLiteral("encrypted"));
        QVERIFY(model.index(3, 0).data(TransferTableModel::AmountRole).isNull());

        // Another network's table is another table; the first one's rows are still stored.
        const qint64 other = *networkKey(*table.store, {5124, Hash{}});
        table.model.setNetwork(other);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.receivedCount(), quint64(0));
        table.model.setNetwork(table.network);
        QCOMPARE(model.rowCount(), 4);
    }

    void newestFirstFollowsTheTopAndCountsWhatArrivesElsewhere()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.addTransfers({transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        QCOMPARE(model.index(0, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(102));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
        QVERIFY(model.isFollowing());
        QVERIFY(model.addTransfers({transfer(3, kAlice, kBob)}));
        QCOMPARE(model.unseenCount(), 0); // seen where they arrive

        // The user scrolled away: new rows still come in at the top, counted as unseen.
        model.setFollowing(false);
        QVERIFY(model.addTransfers({transfer(4, kAlice, kBob), transfer(5, kAlice, kBob)}));
        QVERIFY(model.addTransfers({transfer(6, kAlice, kBob)}));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.unseenCount(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 0);
        QCOMPARE(model.index(0, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(106));
        // A known transfer delivered again is not new.
        QVERIFY(model.addTransfers({transfer(6, kAlice, kBob)}));
        QCOMPARE(model.unseenCount(), 3);
        // Back at the top: nothing unseen.
        QSignalSpy counts(&model, &TransferTableModel::countsChanged);
        model.setFollowing(true);
        QCOMPARE(model.unseenCount(), 0);
        QCOMPARE(counts.count(), 1);
        // Oldest first: new rows arrive at the bottom.
        model.sort(TransferTableModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(model.addTransfers({transfer(7, kAlice, kBob)}));
        QCOMPARE(inserted.last().at(1).toInt(), 6);
        QCOMPARE(model.index(6, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(107));
    }

    void directionMintsAndBurnsAreShownAsSuch()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        model.sort(TransferTableModel::TimeColumn, Qt::AscendingOrder);
        const Address zero;
        TransferRecord mint = transfer(4, zero, kAlice);
        mint.kind = client::TransferKind::Mint;
        TransferRecord burn = transfer(5, kAlice, zero);
        burn.kind = client::TransferKind::Burn;
        QVERIFY(
            model.addTransfers({transfer(1, kBob, kAlice), transfer(2, kAlice, kBob),
                                transfer(3, kAlice, kAlice), mint, burn, transfer(6, kBob, kBob)}));
        model.setAccount(kAlice);
        const auto direction = [&](int row) {
            return model.index(row, TransferTableModel::DirectionColumn).data().toString();
        };
        QCOMPARE(direction(0), QStringLiteral("in"));
        QCOMPARE(direction(1), QStringLiteral("out"));
        QCOMPARE(direction(2), QStringLiteral("self"));
        QCOMPARE(direction(3), QStringLiteral("mint"));
        QCOMPARE(direction(4), QStringLiteral("burn"));
        QCOMPARE(direction(5), QStringLiteral("—")); // neither party is the account
        QCOMPARE(
            model.index(0, TransferTableModel::DirectionColumn).data(TransferTableModel::FlowRole),
            QVariant(static_cast<int>(TransferFlow::In)));
        QVERIFY(!model.index(0, TransferTableModel::DirectionColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        // Not the zero address: what it is.
        QCOMPARE(model.index(3, TransferTableModel::FromColumn).data().toString(),
                 QStringLiteral("(new tokens)"));
        QCOMPARE(model.index(4, TransferTableModel::ToColumn).data().toString(),
                 QStringLiteral("(burned)"));
        QCOMPARE(model.index(3, TransferTableModel::ToColumn).data().toString(),
                 QString::fromStdString(kAlice.checksummed()));
        // Full values in the tooltips.
        QCOMPARE(model.index(1, TransferTableModel::ToColumn).data(Qt::ToolTipRole).toString(),
                 QString::fromStdString(kBob.checksummed()));
        QVERIFY(model.index(1, TransferTableModel::TxHashColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QString::fromStdString(transfer(2, kAlice, kBob).txHash.hex())));
        QCOMPARE(model.index(1, TransferTableModel::AmountColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("4.5 SRC\n4500000 base units"));
        QCOMPARE(model.index(1, 0).data(TransferTableModel::AmountDecimalRole).toString(),
                 QStringLiteral("4.5"));
    }

    void visibilitySaysWhoCanReadTheAmount()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        model.sort(TransferTableModel::TimeColumn, Qt::AscendingOrder);
        model.setAccount(kAlice);
        TransferRecord both = transfer(1, kAlice, kBob);
        both.amountStatus = client::AmountStatus::Decrypted;
        both.visibility = {true, true, 2, true};
        TransferRecord senderOnly = transfer(2, kBob, kAlice);
        senderOnly.amount.reset();
        senderOnly.amountStatus = client::AmountStatus::ForeignKey;
        senderOnly.visibility = {true, false, 1, true};
        TransferRecord nobody = transfer(3, kBob, kBob);
        nobody.amount.reset();
        nobody.amountStatus = client::AmountStatus::NoKey;
        nobody.visibility = {false, false, 0, false};
        QVERIFY(model.addTransfers({both, senderOnly, nobody, transfer(4, kAlice, kBob)}));
        const auto text = [&](int row) {
            return model.index(row, TransferTableModel::VisibilityColumn).data().toString();
        };
        const auto sentence = [&](int row) {
            return model.index(row, TransferTableModel::VisibilityColumn)
                .data(Qt::ToolTipRole)
                .toString();
        };
        // (The plural forms come with the English catalogue: "2 providers".)
        QVERIFY2(text(0).startsWith(QStringLiteral("Sender, recipient, 2 provider")),
                 qPrintable(text(0)));
        QVERIFY2(sentence(0).startsWith(
                     QStringLiteral("You and the recipient can read this amount; 2 provider")),
                 qPrintable(sentence(0)));
        QVERIFY2(text(1).startsWith(QStringLiteral("Sender, 1 provider")), qPrintable(text(1)));
        QVERIFY2(sentence(1).startsWith(QStringLiteral(
                     "Only the sender, of the two parties, can read this amount; 1 provider")),
                 qPrintable(sentence(1)));
        QCOMPARE(text(2), QStringLiteral("no one"));
        QVERIFY(sentence(2).startsWith(QStringLiteral("Neither party has a viewing key")));
        QVERIFY(sentence(2).contains(QStringLiteral("only part of this transfer's events")));
        QCOMPARE(text(3), QStringLiteral("Public"));
        // The amount's tooltip says why there is none.
        QVERIFY(model.index(1, TransferTableModel::AmountColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1 provider")));
    }

    void theRateCountsLiveTransfersAndNeverWraps()
    {
        // The clock is the test's: one sample per tick.
        TransferRate rate(10);
        QCOMPARE(rate.perTick(), 0.0);
        rate.sample(0);
        QCOMPARE(rate.perTick(), 0.0);
        rate.sample(10);
        rate.sample(30);
        QCOMPARE(rate.perTick(), 15.0);
        // The watch restarted: its count is back near zero. No wrap, no negative rate.
        rate.sample(2);
        QCOMPARE(rate.perTick(), 0.0);
        rate.sample(8);
        QCOMPARE(rate.perTick(), 6.0);
        // Only the last ten ticks count.
        for (quint64 count = 8; count < 8 + 20 * 4; count += 4)
            rate.sample(count);
        QCOMPARE(rate.perTick(), 4.0);
        rate.sample(0);
        for (int tick = 0; tick < 12; ++tick) {
            rate.sample(0);
            QVERIFY(rate.perTick() >= 0.0);
        }
        QCOMPARE(rate.perTick(), 0.0);
    }

    void aTransfersPagesRateIgnoresTheBackfill()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        context.transfers().setNetwork(*networkKey(context.store(), {31337, Hash{}}));
        TransfersPage page(context.transfers(), context.transferMonitor(), context.wallet(),
                           context.chain());
        // Stored rows (a backfill, a reopened store) are not live transfers.
        QVERIFY(context.transfers().addTransfers(
            {transfer(1, kAlice, kBob), transfer(2, kAlice, kBob)}));
        for (int tick = 0; tick < 3; ++tick)
            page.sampleRate();
        QCOMPARE(child<QLabel>(page, "rateLabel")->text(), QStringLiteral("0.0 per second"));
        QCOMPARE(context.transferMonitor().liveTransferCount(), quint64(0));
    }

    void explorerLinksFollowTheNetworksTemplate()
    {
        NetworkConfig testnet = NetworkConfig::fromPreset(*seismicTestnet(1));
        const QString hash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        QCOMPARE(testnet.explorerLink(NetworkConfig::ExplorerItem::Transaction, hash),
                 QUrl(QStringLiteral("https://seismic-testnet.socialscan.io/tx/") + hash));
        QCOMPARE(testnet.explorerLink(NetworkConfig::ExplorerItem::Address,
                                      QString::fromLatin1(apptest::kAnvilAddress)),
                 QUrl(QStringLiteral("https://seismic-testnet.socialscan.io/address/") +
                      QString::fromLatin1(apptest::kAnvilAddress)));
        // The devnet has none unless configured; a base URL takes the EIP-3091 routes.
        NetworkConfig devnet = NetworkConfig::fromPreset(sanvil());
        QVERIFY(devnet.explorerLink(NetworkConfig::ExplorerItem::Transaction, hash).isEmpty());
        devnet.explorerUrl = QStringLiteral("http://127.0.0.1:4000");
        QCOMPARE(devnet.explorerLink(NetworkConfig::ExplorerItem::Transaction, hash),
                 QUrl(QStringLiteral("http://127.0.0.1:4000/tx/") + hash));
        // Not a web page: none.
        devnet.explorerUrl = QStringLiteral("javascript:alert(1)/{kind}/{id}");
        QVERIFY(devnet.explorerLink(NetworkConfig::ExplorerItem::Transaction, hash).isEmpty());
    }

    void aNewTableShowsWhatIsStored()
    {
        StoredTable table;
        QVERIFY(table.transfers.write(table.network,
                                      {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        table.model.setNetwork(std::nullopt);
        table.model.setNetwork(table.network);
        QCOMPARE(table.model.rowCount(), 2);
        QVERIFY(table.model.addTransfers({}));
        TransferTableModel reopened;
        reopened.setStore(&table.transfers);
        reopened.setNetwork(table.network);
        QCOMPARE(reopened.rowCount(), 2);
        QCOMPARE(reopened.totalCount(), qint64(2));
        // Newest first.
        QCOMPARE(reopened.index(0, 0).data(TransferTableModel::FromRole).toString(),
                 QString::fromStdString(kBob.checksummed()));
        QVERIFY(reopened.addTransfers({transfer(3, kAlice, kBob)}));
        QCOMPARE(reopened.rowCount(), 3);
        QCOMPARE(table.model.rowCount(), 2); // not yet told
        table.model.refresh();
        QCOMPARE(table.model.rowCount(), 3);
        TransferTableModel detached;
        QVERIFY(!detached.addTransfers({transfer(3, kAlice, kBob)}));
        QCOMPARE(detached.rowCount(), 0);
    }

    void pauseHoldsTheRowsStill()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        QVERIFY(model.addTransfers({transfer(1, kAlice, kBob)}));
        model.setPaused(true);
        QVERIFY(model.addTransfers({transfer(2, kAlice, kBob), transfer(3, kAlice, kBob)}));
        QVERIFY(model.addTransfers({transfer(1, kAlice, kBob, true)}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pendingCount(), 2);
        // A row shown says what became of it, paused or not.
        QVERIFY(model.index(0, 0).data(TransferTableModel::RemovedRole).toBool());
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.totalCount(), qint64(3));
    }

    void pagesThroughManyRows()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        model.setAccount(kAlice);
        model.sort(TransferTableModel::TimeColumn, Qt::AscendingOrder); // oldest first
        for (quint32 batch = 0; batch < 10; ++batch) {
            std::vector<TransferRecord> transfers;
            for (quint32 i = 0; i < 2000; ++i)
                transfers.push_back(transfer(batch * 2000 + i, i % 2 ? kAlice : kBob, kBob));
            QVERIFY(model.addTransfers(transfers));
        }
        // Far apart rows, each outside the window the one before left.
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(model.index(19999, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100 + 19999));
        QCOMPARE(model.index(10000, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100 + 10000));
        QCOMPARE(model.index(0, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100));
        model.setDirection(TransferTableModel::Direction::Outgoing);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.totalCount(), qint64(20000));
        model.sort(TransferTableModel::BlockColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100 + 19999));
        QCOMPARE(model.index(9999, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100 + 1));
        // New rows in another order than arrival: the layout changes, the count grows.
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QVERIFY(model.addTransfers({transfer(200000, kAlice, kBob)}));
        QCOMPARE(model.rowCount(), 10001);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.index(0, TransferTableModel::BlockColumn).data().toULongLong(),
                 quint64(100 + 200000));
    }

    void filtersByTokenAddressAndDirection()
    {
        StoredTable table;
        TransferTableModel& model = table.model;
        TransferRecord other = transfer(3, kBob, kBob);
        other.tokenSymbol = QStringLiteral("USDC");
        other.token = kAlice;
        QVERIFY(model.addTransfers({transfer(1, kAlice, kBob), transfer(2, kBob, kAlice), other}));
        QCOMPARE(model.rowCount(), 3);

        model.setTokenFilter(QStringLiteral("usd"));
        QCOMPARE(model.rowCount(), 1);
        model.setTokenFilter(QStringLiteral("0x5fbdb2"));
        QCOMPARE(model.rowCount(), 2);
        model.setTokenFilter({});
        model.setAddressFilter(QStringLiteral("  F39FD6E5 "));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), qint64(3));
        model.setAddressFilter({});

        model.setDirection(TransferTableModel::Direction::Incoming);
        QCOMPARE(model.rowCount(), 0); // no account yet
        model.setAccount(kAlice);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TransferTableModel::FromRole).toString(),
                 QString::fromStdString(kBob.checksummed()));
        model.setDirection(TransferTableModel::Direction::Outgoing);
        QCOMPARE(model.rowCount(), 1);
        model.setAccount(kBob);
        QCOMPARE(model.rowCount(), 2);
    }

    void transfersPageExportsWhatTheFiltersShow()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        TransferTableModel& transfers = context.transfers();
        transfers.setNetwork(*networkKey(context.store(), {31337, Hash{}}));
        TransfersPage page(transfers, context.transferMonitor(), context.wallet(), context.chain());
        page.show();
        QVERIFY(transfers.addTransfers({transfer(1, kAlice, kBob), transfer(2, kBob, kBob)}));
        QCOMPARE(child<QLabel>(page, "countLabel")->text(), QStringLiteral("2 transfers"));
        child<QLineEdit>(page, "addressFilterEdit")
            ->setText(QString::fromLatin1(apptest::kAnvilAddress));
        QCOMPARE(child<QLabel>(page, "countLabel")->text(), QStringLiteral("1 of 2 transfers"));
        transfers.setPaused(true);
        QVERIFY(transfers.addTransfers({transfer(3, kAlice, kBob)}));
        QCOMPARE(child<QLabel>(page, "countLabel")->text(),
                 QStringLiteral("1 of 2 transfers · paused, 1 new"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("transfers.csv"));
        QSignalSpy messages(&page, &TransfersPage::message);
        page.exportTo(path);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(
            messages.at(0).at(0).toString().startsWith(QStringLiteral("Exported 1 transfer to")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the end of the last line
        QVERIFY(lines[0].startsWith("time,blockNumber,blockHash,transactionHash,logIndex"));
        QVERIFY(lines[1].contains(",101,"));
        QVERIFY(lines[1].contains(",SRC,"));

        // JSON lines, by the file's name.
        const QString jsonPath = dir.filePath(QStringLiteral("transfers.jsonl"));
        page.exportTo(jsonPath);
        QTRY_COMPARE(messages.count(), 2);
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject row = QJsonDocument::fromJson(jsonFile.readLine()).object();
        QCOMPARE(row.value(QStringLiteral("blockNumber")).toInteger(), 101);
    }

    void anExportJobCanBeCancelledAndLeavesNoFile()
    {
        StoredTable table;
        std::vector<TransferRecord> many;
        for (quint32 n = 1; n <= 2'500; ++n)
            many.push_back(transfer(n, kAlice, kBob));
        QVERIFY(table.model.addTransfers(many));
        QTemporaryDir dir;

        const ExportJob::ExportOnto exportOnto = [&](QIODevice& output) {
            return std::make_unique<store::TransferExporter>(table.transfers, table.model.query(),
                                                             ExportFormat::Csv, output);
        };

        const QString path = dir.filePath(QStringLiteral("all.csv"));
        ExportJob whole(path, exportOnto);
        QSignalSpy pages(&whole, &ExportJob::progress);
        QSignalSpy done(&whole, &ExportJob::succeeded);
        whole.start();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toLongLong(), 2'500);
        QCOMPARE(pages.count(), 3); // a page per turn of the event loop
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 2'501);

        const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
        ExportJob cancelled(cancelledPath, exportOnto);
        std::optional<ErrorKind> cancelledWith;
        connect(&cancelled, &ExportJob::failed, &cancelled,
                [&](const Error& error) { cancelledWith = error.kind; });
        connect(&cancelled, &ExportJob::progress, &cancelled, &ExportJob::cancel);
        cancelled.start();
        QTRY_VERIFY(cancelledWith);
        QCOMPARE(*cancelledWith, ErrorKind::Cancelled);
        QVERIFY(!QFile::exists(cancelledPath));

        ExportJob nowhere(dir.filePath(QStringLiteral("missing/out.csv")), exportOnto);
        std::optional<ErrorKind> refusedWith;
        connect(&nowhere, &ExportJob::failed, &nowhere,
                [&](const Error& error) { refusedWith = error.kind; });
        nowhere.start();
        QTRY_VERIFY(refusedWith);
        QCOMPARE(*refusedWith, ErrorKind::Io);
    }

    void aReopenedAppShowsItsStoredTransfersAtOnce()
    {
        QTemporaryDir home;
        Hash genesis;
        genesis.bytes.fill(0x3c);
        {
            AppContext context(home.path(), apptest::fastKdf());
            const quint64 chainId = context.chain().network().chainId;
            context.transfers().setNetwork(*networkKey(context.store(), {chainId, genesis}));
            QVERIFY(context.transfers().addTransfers(
                {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        }
        QVERIFY(QFile::exists(Store::pathIn(home.path())));
        AppContext reopened(home.path(), apptest::fastKdf());
        QVERIFY(reopened.storeError().isEmpty());
        // Before the connection has answered anything.
        QVERIFY(reopened.chain().status() != ConnectionStatus::Connected);
        QCOMPARE(reopened.transfers().rowCount(), 2);
        TransfersPage page(reopened.transfers(), reopened.transferMonitor(), reopened.wallet(),
                           reopened.chain());
        QCOMPARE(child<QLabel>(page, "countLabel")->text(), QStringLiteral("2 transfers"));
    }

    void aBrokenStoreIsRebuiltOnRequestAndKeptAside()
    {
        QTemporaryDir home;
        const QString path = Store::pathIn(home.path());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage = QByteArray("not a database ").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
        }
        Hash genesis;
        genesis.bytes.fill(0x5e);
        {
            AppContext context(home.path(), apptest::fastKdf());
            QCOMPARE(context.storeFailure(), std::optional(StoreFailure::Corrupt));
            QVERIFY(!context.storeError().isEmpty());
            auto backup = context.rebuildStore();
            QVERIFY2(backup, backup ? "" : backup.error().describe().c_str());
            QFile kept(*backup);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), garbage);
            QCOMPARE(context.storeFailure(), std::optional<StoreFailure>());
            QVERIFY(context.storeError().isEmpty());
            // Nothing to rebuild while the file is in use.
            QCOMPARE(context.rebuildStore().error().kind, ErrorKind::InvalidArgument);
            const quint64 chainId = context.chain().network().chainId;
            context.transfers().setNetwork(*networkKey(context.store(), {chainId, genesis}));
            QVERIFY(context.transfers().addTransfers({transfer(1, kAlice, kBob)}));
        }
        // The rebuilt file keeps what it was given.
        AppContext reopened(home.path(), apptest::fastKdf());
        QVERIFY(reopened.storeError().isEmpty());
        QCOMPARE(reopened.transfers().rowCount(), 1);
    }

    void forgettingDeletesTheAccountsTransfersOfTheNetwork()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        QCOMPARE(context.forgetTransfers().error().kind, ErrorKind::InvalidArgument);
        const quint64 chainId = context.chain().network().chainId;
        context.transfers().setNetwork(*networkKey(context.store(), {chainId, Hash{}}));
        QVERIFY(context.transfers().addTransfers(
            {transfer(1, kAlice, kBob), transfer(2, kBob, kAlice), transfer(3, kBob, kBob)}));
        context.wallet().setAccount(kAlice);
        QCOMPARE(*context.forgetTransfers(), qint64(2));
        QCOMPARE(context.transfers().rowCount(), 1);
        QCOMPARE(context.transfers().transfer(0)->from, kBob);
    }

    void addressBookLabelsNameTheParties()
    {
        StoredTable table;
        AddressBook book;
        book.setStore(table.store.get());
        TransferTableModel& model = table.model;
        model.setAddressBook(&book);
        QVERIFY(model.addTransfers({transfer(1, kAlice, kBob)}));
        const QModelIndex from = model.index(0, TransferTableModel::FromColumn);
        const QString alice = QString::fromStdString(kAlice.checksummed());
        QCOMPARE(from.data().toString(), alice);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(book.setLabel(kAlice, QStringLiteral("Alice <b>"), true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(from.data().toString(), QStringLiteral("Alice <b> (%1)").arg(alice));
        QCOMPARE(from.data(Qt::ToolTipRole).toString(), QStringLiteral("Alice <b>\n%1").arg(alice));
        // What is copied and filtered on stays the address.
        QCOMPARE(from.data(TransferTableModel::FromRole).toString(), alice);
        QCOMPARE(model.index(0, TransferTableModel::ToColumn).data().toString(),
                 QString::fromStdString(kBob.checksummed()));

        TxHistoryModel history;
        history.setAddressBook(&book);
        TxRecord sent;
        sent.kind = TxAction::Payment;
        sent.to = kAlice;
        sent.amount = QStringLiteral("1.5 ETH");
        history.add(sent);
        QCOMPARE(history.index(0, TxHistoryModel::ActionColumn).data().toString(),
                 QStringLiteral("Sent 1.5 ETH to Alice <b>"));
        QSignalSpy historyChanged(&history, &QAbstractItemModel::dataChanged);
        QVERIFY(book.remove(kAlice));
        QCOMPARE(historyChanged.count(), 1);
        QCOMPARE(history.index(0, TxHistoryModel::ActionColumn).data().toString(),
                 QStringLiteral("Sent 1.5 ETH to %1…%2").arg(alice.left(6), alice.right(4)));
    }

    void historyTracksEachSend()
    {
        TxHistoryModel history;
        TxRecord record;
        record.time = QDateTime::currentDateTime();
        record.action = QStringLiteral("transfer(address,suint256)");
        record.to = kToken;
        record.shielded = true;
        const quint64 id = history.add(record);
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Encrypting…"));

        record = history.record(0);
        QCOMPARE(record.id, id);
        record.stage = SendStage::Sent;
        record.status = client::TxStatus::Confirmed;
        record.block = 77;
        record.nonce = 3;
        record.hash = Hash{};
        QSignalSpy changed(&history, &QAbstractItemModel::dataChanged);
        history.update(record);
        history.update(record);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history.index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Confirmed in block 77"));
        QCOMPARE(history.index(0, 0).data(TxHistoryModel::StatusRole).toInt(),
                 int(client::TxStatus::Confirmed));
        QCOMPARE(history.index(0, 0).data(TxHistoryModel::TxHashRole).toString(),
                 QString::fromStdString(Hash{}.hex()));

        record.stage = SendStage::Sent;
        record.status = client::TxStatus::Failed;
        record.error = QStringLiteral("execution reverted: insufficient balance");
        history.update(record);
        QCOMPARE(history.index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Failed: execution reverted: insufficient balance"));
        TxRecord unknown = record;
        unknown.id = 99;
        history.update(unknown);
        QCOMPARE(history.rowCount(), 1);
    }

private:
    Translations m_translations;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
