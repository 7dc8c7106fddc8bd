// SPDX-License-Identifier: MIT
// The desktop app against the devnet, driven through its real widgets: key files imported in
// the dialog, balances on the Overview page, a transfer sent with the client library appearing
// decrypted in the live table, filtered and exported, the connection status, live switching of
// endpoints and networks, an unreachable node. The GUI thread must stay responsive throughout.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/dialog/SendConfirmDialog.h"
#include "app/model/AmountText.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/service/TransferMonitor.h"
#include "app/service/ViewingKeyService.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "app/view/TransfersPage.h"
#include "app/view/ViewingKeyPage.h"
#include "core/Keystore.h"
#include "core/Units.h"
#include "rpc/support/AsyncTest.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"
#include "support/DevnetTransfers.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace seismic;
using namespace seismic::app;
using apptest::child;
using namespace std::chrono_literals;

namespace {

// The dev accounts these tests use. Not 7 to 9: the client's watcher tests, running at the
// same time, count every transfer that touches those.
constexpr int kRawKeyAccount = 5;
constexpr int kKeystoreAccount = 6;
constexpr int kSenderAccount = 0;
constexpr int kRecipientAccount = 4;
constexpr int kStrangerAccount = 3;

// Network round trips on a busy machine: generous, QTRY_ returns as soon as it holds.
constexpr int kNetworkMs = 20'000;

struct Fixture
{
    explicit Fixture(const testing::DevnetManifest& manifest)
        : manifest(manifest)
    {
        const auto local = context.settings().findNetwork(QStringLiteral("31337"));
        if (!local)
            qFatal("no built-in network for chain 31337");
        context.settings().setCurrentNetwork(local->name);
        context.setEndpointOverrides({manifest.rpcUrl}, {manifest.wsUrl});
        window.show();
    }

    QString connectionText() const
    {
        return child<StatusIndicator>(window, "connectionIndicator")->text();
    }

    // Imports the key file through the dialog, with `filePassword` for a keystore.
    void importKeyFile(const QString& path, const QString& filePassword = {})
    {
        window.openImportKeyDialog(path);
        // Deleted when it closes after a successful import.
        QPointer<ImportKeyDialog> dialog = window.findChild<ImportKeyDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->format().has_value());
        if (!filePassword.isEmpty())
            QTest::keyClicks(child<QLineEdit>(*dialog, "filePasswordEdit"), filePassword);
        QTest::keyClicks(child<QLineEdit>(*dialog, "newPasswordEdit"), apptest::kPassword);
        QTest::keyClicks(child<QLineEdit>(*dialog, "confirmPasswordEdit"), apptest::kPassword);
        QPushButton* ok = child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isBusy());
    }

    // Asks the Viewing Key page for a new key and waits for its send confirmation.
    void openKeyRegistration(SendConfirmDialog*& confirmation)
    {
        window.showPage(MainWindow::Page::ViewingKey);
        window.findChild<ViewingKeyPage*>()->registerKey();
        QTRY_VERIFY_WITH_TIMEOUT((confirmation = window.findChild<SendConfirmDialog*>(
                                      QStringLiteral("viewingKeyConfirmDialog"))),
                                 kNetworkMs);
    }

    // Adds a token on the Overview page and waits for its row.
    void addToken(const Address& token)
    {
        QLineEdit* edit = child<QLineEdit>(window, "tokenAddressEdit");
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), kNetworkMs);
        edit->setText(QString::fromStdString(token.checksummed()));
        QTest::mouseClick(child<QPushButton>(window, "addTokenButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(rowOf(token) >= 0,
                                  qPrintable(child<QLabel>(window, "addTokenStatusLabel")->text()),
                                  kNetworkMs);
    }

    int rowOf(const Address& token) const
    {
        const TokenTableModel& tokens = *context.wallet().tokens();
        for (int row = 0; row < tokens.rowCount(); ++row)
            if (tokens.token(row).contract == token)
                return row;
        return -1;
    }
    // The balance as the Overview table shows it.
    QString shownBalance(int row) const
    {
        auto* view = child<QTableView>(window, "balancesView");
        return view->model()->index(row, TokenTableModel::BalanceColumn).data().toString();
    }

    testing::DevnetManifest manifest;
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    MainWindow window{context};
};

// The GUI thread kept running while the test waited on the network.
void verifyStayedResponsive(const testing::LoopWatch& watch)
{
    QVERIFY(watch.ticks() > 0);
    QVERIFY2(
        watch.maxGap() < testing::kMaxLoopGap,
        qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(watch.maxGap().count())));
}

PrivateKey devnetKey(const testing::DevnetManifest& manifest, int account)
{
    return *PrivateKey::fromHex(manifest.accounts.at(account).privateKey.toStdString());
}

} // namespace

class TestDevnetApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void rawKeyShowsNativeAndTokenBalances()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        testing::LoopWatch watch;
        QTRY_VERIFY_WITH_TIMEOUT(
            f.connectionText().startsWith(QStringLiteral("Connected to chain 31337 at block ")),
            kNetworkMs);
        QVERIFY(f.context.chain().blockNumber() > 0);

        const QString path = apptest::writeFile(
            f.home, QStringLiteral("account.key"),
            "  " + manifest.accounts.at(kRawKeyAccount).privateKey.toLatin1() + "\n");
        f.importKeyFile(path);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.context.wallet().account(), manifest.accounts.at(kRawKeyAccount).address);
        QTRY_VERIFY_WITH_TIMEOUT(f.context.session().walletClient(), kNetworkMs);

        // The native coin first: read by plain call, exact.
        QTRY_VERIFY_WITH_TIMEOUT(f.context.wallet().tokens()->rowCount() > 0 &&
                                     f.context.wallet().tokens()->token(0).balance.has_value(),
                                 kNetworkMs);
        QVERIFY(*f.context.wallet().tokens()->token(0).balance > 0);
        QCOMPARE(f.context.wallet().tokens()->token(0).symbol, QStringLiteral("ETH"));

        // SRC20 by signed read; ERC20 by balanceOf. Each dev account holds a million of both.
        const Address sdt = manifest.contract(QStringLiteral("Src20Token"));
        const Address dusd = manifest.contract(QStringLiteral("Erc20Token"));
        f.addToken(sdt);
        f.addToken(dusd);
        if (QTest::currentTestFailed())
            return;
        const int sdtRow = f.rowOf(sdt);
        const int dusdRow = f.rowOf(dusd);
        QCOMPARE(f.context.wallet().tokens()->token(sdtRow).kind, TokenKind::Src20);
        QCOMPARE(f.context.wallet().tokens()->token(dusdRow).kind, TokenKind::Erc20);
        QCOMPARE(f.context.wallet().tokens()->token(dusdRow).symbol, QStringLiteral("DUSD"));
        QCOMPARE(f.context.wallet().tokens()->token(dusdRow).decimals, 6u);
        // The account started with a million of each; other suites running at the same time
        // may move some, but never all of it.
        const TokenTableModel& tokens = *f.context.wallet().tokens();
        QVERIFY(*tokens.token(sdtRow).balance >= *parseUnits("1000", 18));
        QVERIFY(*tokens.token(dusdRow).balance >= *parseUnits("1000", 6));
        // Shown in the user's format (grouped, at most six decimals).
        QCOMPARE(f.shownBalance(sdtRow), AmountText::rounded(*tokens.token(sdtRow).balance, 18));
        QCOMPARE(f.shownBalance(dusdRow), AmountText::rounded(*tokens.token(dusdRow).balance, 6));

        // Kept per network: a new session of the same data directory lists them again.
        QCOMPARE(f.context.settings().tokens(f.context.chain().network().name).size(),
                 std::size_t(2));

        // A contract that is no token is refused with the reason, and nothing is added.
        child<QLineEdit>(f.window, "tokenAddressEdit")
            ->setText(QString::fromStdString(
                manifest.contract(QStringLiteral("TransparentCounter")).checksummed()));
        QTest::mouseClick(child<QPushButton>(f.window, "addTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(f.window, "addTokenStatusLabel")
                                     ->text()
                                     .startsWith(QStringLiteral("The token was not added: ")),
                                 kNetworkMs);
        QCOMPARE(f.context.balances().tokens().size(), std::size_t(2));

        verifyStayedResponsive(watch);
    }

    void keystoreOpensOnlyWithItsPassword()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        const PrivateKey key = devnetKey(manifest, kKeystoreAccount);
        const std::string keystore = *encryptKeystore(key, "file password", apptest::fastKdf());
        const QString path = apptest::writeFile(f.home, QStringLiteral("UTC--keystore"),
                                                QByteArray::fromStdString(keystore));

        f.importKeyFile(path, QStringLiteral("not the password"));
        auto* dialog = f.window.findChild<ImportKeyDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(child<QLabel>(*dialog, "messageLabel")->text(), QStringLiteral("Wrong password."));
        QVERIFY(!f.context.wallet().account());
        dialog->close();
        QTRY_VERIFY(!f.window.findChild<ImportKeyDialog*>());

        f.importKeyFile(path, QStringLiteral("file password"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.context.wallet().account(), key.address());
        QTRY_VERIFY_WITH_TIMEOUT(f.context.wallet().tokens()->rowCount() > 0 &&
                                     !f.shownBalance(0).isEmpty() &&
                                     f.context.wallet().tokens()->token(0).balance.has_value(),
                                 kNetworkMs);
        QVERIFY(f.connectionText().startsWith(QStringLiteral("Connected to chain 31337")));
    }

    void transferStreamsDecryptedAndExports()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        testing::LoopWatch watch;
        const QString path =
            apptest::writeFile(f.home, QStringLiteral("account.key"),
                               manifest.accounts.at(kRawKeyAccount).privateKey.toLatin1());
        f.importKeyFile(path);
        const Address sdt = manifest.contract(QStringLiteral("Src20Token"));
        f.addToken(sdt);
        if (QTest::currentTestFailed())
            return;

        // A viewing key, registered from the Viewing Key page.
        f.window.showPage(MainWindow::Page::ViewingKey);
        ViewingKeyService& viewingKey = f.context.viewingKey();
        QTRY_VERIFY_WITH_TIMEOUT(viewingKey.state() == ViewingKeyService::State::NotRegistered ||
                                     viewingKey.state() == ViewingKeyService::State::Registered,
                                 kNetworkMs);
        // Through the send confirmation, with its fee; the key itself is not shown.
        SendConfirmDialog* confirmation = nullptr;
        f.openKeyRegistration(confirmation);
        QVERIFY(confirmation);
        QVERIFY(
            child<QLabel>(*confirmation, "maxFeeValue")->text().endsWith(QStringLiteral(" ETH")));
        QCOMPARE(child<QLabel>(*confirmation, "argumentsValue")->text(),
                 QStringLiteral("A new random key (shielded)"));
        QCOMPARE(viewingKey.state(), ViewingKeyService::State::Registering);
        child<QPushButton>(*confirmation, "sendButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(viewingKey.state(), ViewingKeyService::State::Registered,
                                  kNetworkMs);
        // It is in the history like any send, confirmed, without its calldata (the key).
        const TxHistoryModel& history = *f.context.wallet().history();
        QVERIFY(history.rowCount() > 0);
        const TxRecord& registration = history.record(history.rowCount() - 1);
        QCOMPARE(registration.kind, TxAction::ViewingKey);
        QCOMPARE(registration.status, client::TxStatus::Confirmed);
        QVERIFY(registration.data.empty());
        QCOMPARE(registration.hash, viewingKey.registrationTx());
        QCOMPARE(
            history.index(history.rowCount() - 1, TxHistoryModel::ActionColumn).data().toString(),
            QStringLiteral("Registered a viewing key"));
        const QString keyHash = child<QLabel>(f.window, "keyHashLabel")->text();
        QCOMPARE(keyHash, QString::fromStdString(viewingKey.keyHash()->hex()));
        QTRY_COMPARE_WITH_TIMEOUT(f.context.transferMonitor().state(), TransferMonitor::State::Live,
                                  kNetworkMs);

        // 12.5 SDT from another account, sent with the client library.
        f.window.showPage(MainWindow::Page::Transfers);
        const Address me = manifest.accounts.at(kRawKeyAccount).address;
        const Address sender = manifest.accounts.at(kSenderAccount).address;
        const Uint256 amount = *parseUnits("12.5", 18);
        QTRY_VERIFY_WITH_TIMEOUT(f.context.wallet().tokens()->token(f.rowOf(sdt)).balance,
                                 kNetworkMs);
        const Uint256 balanceBefore = *f.context.wallet().tokens()->token(f.rowOf(sdt)).balance;
        auto sent = testing::awaitTask(apptest::sendSrc20(manifest.rpcUrl,
                                                          devnetKey(manifest, kSenderAccount), sdt,
                                                          me, amount),
                                       std::chrono::milliseconds(kNetworkMs));
        QVERIFY(sent && sent->ok());
        const QString txHash = QString::fromStdString((*sent)->hex());

        auto* view = child<QTableView>(f.window, "transfersView");
        const auto rowOfTx = [view, &txHash] {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->index(row, 0).data(TransferTableModel::TxHashRole) == txHash)
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOfTx() >= 0, kNetworkMs);
        const int row = rowOfTx();
        const auto cell = [view](int row, int column) {
            return view->model()->index(row, column).data().toString();
        };
        // The row can come before the last log of its fan-out (the recipient's, which our key
        // opens): the amount fills in, in place, when the rest arrives.
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOfTx(), TransferTableModel::AmountColumn),
                                  QStringLiteral("12.5"), kNetworkMs);
        QCOMPARE(rowOfTx(), row);
        QCOMPARE(cell(row, TransferTableModel::TokenColumn), QStringLiteral("SDT"));
        QCOMPARE(cell(row, TransferTableModel::FromColumn),
                 QString::fromStdString(sender.checksummed()));
        QCOMPARE(cell(row, TransferTableModel::ToColumn), QString::fromStdString(me.checksummed()));
        // The balance followed the transfer.
        QTRY_COMPARE_WITH_TIMEOUT(*f.context.wallet().tokens()->token(f.rowOf(sdt)).balance,
                                  balanceBefore + amount, kNetworkMs);

        // Filters: by address, by token, by direction.
        child<QLineEdit>(f.window, "addressFilterEdit")
            ->setText(QString::fromStdString(sender.lowerHex()));
        QVERIFY(rowOfTx() >= 0);
        child<QLineEdit>(f.window, "tokenFilterEdit")->setText(QStringLiteral("sdt"));
        QVERIFY(rowOfTx() >= 0);
        auto* direction = child<QComboBox>(f.window, "directionCombo");
        direction->setCurrentIndex(2); // outgoing
        QCOMPARE(rowOfTx(), -1);
        direction->setCurrentIndex(1); // incoming
        QVERIFY(rowOfTx() >= 0);
        child<QLineEdit>(f.window, "tokenFilterEdit")->setText(QStringLiteral("DUSD"));
        QCOMPARE(rowOfTx(), -1);
        child<QLineEdit>(f.window, "tokenFilterEdit")->setText(QStringLiteral("SDT"));

        // CSV of what the filters show.
        const QString csvPath = f.home.filePath(QStringLiteral("transfers.csv"));
        auto* page = f.window.findChild<TransfersPage*>();
        QSignalSpy messages(page, &TransfersPage::message);
        page->exportTo(csvPath);
        QTRY_COMPARE(messages.count(), 1);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("time,blockNumber,blockHash,transactionHash,logIndex,token,"
                            "tokenSymbol,decimals,from,to,direction,amount,"
                            "amountDecimal,amountStatus,removed,kind,logCount,senderHasKey,"
                            "recipientHasKey,providers,visibilityComplete\r"));
        QCOMPARE(lines.size(), view->model()->rowCount() + 2);
        bool found = false;
        for (const QByteArray& line : lines) {
            if (!line.contains(txHash.toLatin1()))
                continue;
            found = true;
            QVERIFY(line.contains(",SDT,18," + QByteArray::fromStdString(sender.checksummed()) +
                                  "," + QByteArray::fromStdString(me.checksummed()) +
                                  ",incoming,12500000000000000000,12.5,"));
        }
        QVERIFY(found);

        verifyStayedResponsive(watch);
    }

    // One SRC20 transfer on the devnet fans out to two providers, the sender and the recipient:
    // every view of it shows exactly one row. The recipient (with a registered viewing key) and
    // a provider (its account's key, from the Directory) read the amount; a stranger watching
    // the whole token sees the row without it; the sender's view has it once too.
    void oneRowPerTransferForEveryView()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QVERIFY(manifest.providers.size() >= 2);
        const Address sdt = manifest.contract(QStringLiteral("Src20Token"));
        const Address recipient = manifest.accounts.at(kRecipientAccount).address;
        const Uint256 amount = *parseUnits("3.25", 18);
        QString txHash;

        // What one view shows of the transfer: its rows, and the first one's cells.
        struct Seen
        {
            int rows = 0;
            QString amount;
            QString visibility;
        };
        const auto seen = [&txHash](Fixture& f) {
            auto* view = child<QTableView>(f.window, "transfersView");
            Seen result;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                if (index.data(TransferTableModel::TxHashRole) != txHash)
                    continue;
                if (result.rows++ == 0) {
                    result.amount = view->model()
                                        ->index(row, TransferTableModel::AmountColumn)
                                        .data()
                                        .toString();
                    result.visibility = view->model()
                                            ->index(row, TransferTableModel::VisibilityColumn)
                                            .data()
                                            .toString();
                }
            }
            return result;
        };
        // What a view shows once the transfer reached it and the watch is live (no row if it
        // never came: the caller's count fails).
        const auto settled = [&seen](Fixture& f) {
            (void)QTest::qWaitFor(
                [&] {
                    return seen(f).rows > 0 &&
                           f.context.transferMonitor().state() == TransferMonitor::State::Live;
                },
                kNetworkMs);
            return seen(f);
        };
        // A view of `key`'s account; `wholeToken`: watching every transfer of the token.
        const auto open = [&](Fixture& f, const QString& key, bool wholeToken) {
            f.importKeyFile(apptest::writeFile(f.home, QStringLiteral("view.key"), key.toLatin1()));
            f.addToken(sdt);
            f.window.showPage(MainWindow::Page::Transfers);
            if (wholeToken) {
                auto* watch = child<QComboBox>(f.window, "watchCombo");
                QTRY_VERIFY_WITH_TIMEOUT(watch->count() > 1, kNetworkMs);
                watch->setCurrentIndex(watch->findText(QStringLiteral("All transfers of SDT")));
                Q_EMIT watch->activated(watch->currentIndex());
                QCOMPARE(f.context.transferMonitor().watch(), TransferMonitor::Watch::Token);
            }
            QTRY_VERIFY_WITH_TIMEOUT(
                f.context.viewingKey().state() != ViewingKeyService::State::Checking &&
                    f.context.viewingKey().state() != ViewingKeyService::State::Unavailable,
                kNetworkMs);
        };

        {
            // The recipient registers a viewing key, then the transfer is sent.
            Fixture f(manifest);
            open(f, manifest.accounts.at(kRecipientAccount).privateKey, false);
            if (f.context.viewingKey().state() != ViewingKeyService::State::Registered) {
                // Through the send confirmation, as a person registers one.
                SendConfirmDialog* confirmation = nullptr;
                f.openKeyRegistration(confirmation);
                QVERIFY(confirmation);
                child<QPushButton>(*confirmation, "sendButton")->click();
                QTRY_COMPARE_WITH_TIMEOUT(f.context.viewingKey().state(),
                                          ViewingKeyService::State::Registered, kNetworkMs);
                f.window.showPage(MainWindow::Page::Transfers);
            }
            auto sent = testing::awaitTask(apptest::sendSrc20(manifest.rpcUrl,
                                                              devnetKey(manifest, kSenderAccount),
                                                              sdt, recipient, amount),
                                           std::chrono::milliseconds(kNetworkMs));
            QVERIFY(sent && sent->ok());
            txHash = QString::fromStdString((*sent)->hex());
            const Seen mine = settled(f);
            QCOMPARE(mine.rows, 1);
            QCOMPARE(mine.amount, QStringLiteral("3.25"));
            QVERIFY2(mine.visibility.startsWith(QStringLiteral("Recipient")) &&
                         mine.visibility.contains(QStringLiteral("2 provider")),
                     qPrintable(mine.visibility));
        }
        {
            Fixture f(manifest);
            open(f, manifest.accounts.at(kSenderAccount).privateKey, false);
            const Seen mine = settled(f);
            QCOMPARE(mine.rows, 1);
            QVERIFY(mine.visibility.contains(QStringLiteral("2 provider")));
            // The sender's log is readable only with the sender's key.
            if (f.context.viewingKey().state() == ViewingKeyService::State::Registered)
                QCOMPARE(mine.amount, QStringLiteral("3.25"));
            else
                QCOMPARE(mine.amount, QStringLiteral("encrypted"));
        }
        {
            // A provider: its own account's key (registered in the Directory) opens its log.
            Fixture f(manifest);
            open(f, manifest.providers.front().privateKey, true);
            QCOMPARE(f.context.viewingKey().state(), ViewingKeyService::State::Registered);
            const Seen provider = settled(f);
            QCOMPARE(provider.rows, 1);
            QCOMPARE(provider.amount, QStringLiteral("3.25"));
        }
        {
            // A stranger watching the whole token: the row, without the amount.
            Fixture f(manifest);
            open(f, manifest.accounts.at(kStrangerAccount).privateKey, true);
            const Seen stranger = settled(f);
            QCOMPARE(stranger.rows, 1);
            QCOMPARE(stranger.amount, QStringLiteral("encrypted"));
            QVERIFY(stranger.visibility.contains(QStringLiteral("2 provider")));
            // The account watch of the stranger does not include it.
            auto* watch = child<QComboBox>(f.window, "watchCombo");
            watch->setCurrentIndex(0);
            Q_EMIT watch->activated(0);
            QCOMPARE(seen(f).rows, 0);
        }
    }

    void switchesEndpointsAndNetworksLive()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        testing::LoopWatch watch;
        QTRY_VERIFY_WITH_TIMEOUT(
            f.connectionText().startsWith(QStringLiteral("Connected to chain 31337 at block ")),
            kNetworkMs);
        const client::PublicClient* first = f.context.session().publicClient();
        QVERIFY(first);

        // Custom networks, selected in the settings: HTTP only, then a node that does not
        // answer, then the devnet's WebSocket endpoint.
        f.context.setEndpointOverrides({}, {});
        NetworkConfig http;
        http.name = QStringLiteral("Devnet over HTTP");
        http.chainId = 31337;
        http.httpUrls = {manifest.rpcUrl};
        NetworkConfig unreachable;
        unreachable.name = QStringLiteral("Nobody home");
        unreachable.chainId = 31337;
        unreachable.httpUrls = {QStringLiteral("http://127.0.0.1:9")};
        NetworkConfig custom;
        custom.name = QStringLiteral("Devnet over WebSocket");
        custom.chainId = 31337;
        custom.httpUrls = {manifest.rpcUrl};
        custom.wsUrls = {manifest.wsUrl};
        QVERIFY(f.context.settings().setCustomNetworks({http, unreachable, custom}));

        QSignalSpy switched(&f.context.session(), &ClientSession::clientChanged);
        QVERIFY(f.context.settings().setCurrentNetwork(http.name));
        QTRY_VERIFY(switched.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.context.session().publicClient() &&
                f.connectionText().startsWith(QStringLiteral("Connected to chain 31337 at block ")),
            kNetworkMs);
        QVERIFY(f.context.session().publicClient() != first);
        QCOMPARE(f.context.session().publicClient()->options().endpoints,
                 QList<QUrl>{QUrl(manifest.rpcUrl)});

        // A node that does not answer: failed, with the error; nothing left of the old client.
        QVERIFY(f.context.settings().setCurrentNetwork(unreachable.name));
        QTRY_COMPARE_WITH_TIMEOUT(f.context.chain().status(), ConnectionStatus::Failed, kNetworkMs);
        QVERIFY(!f.context.session().publicClient());
        QVERIFY(!f.context.chain().lastError().isEmpty());
        QVERIFY(f.connectionText().startsWith(QStringLiteral("Connection failed: ")));
        QVERIFY(f.connectionText().contains(f.context.chain().lastError()));

        QVERIFY(f.context.settings().setCurrentNetwork(custom.name));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.connectionText().startsWith(QStringLiteral("Connected to chain 31337 at block ")),
            kNetworkMs);
        QCOMPARE(child<StatusIndicator>(f.window, "networkIndicator")->text(), custom.name);

        // The wrong chain is refused.
        custom.chainId = 5124;
        QVERIFY(f.context.settings().setCustomNetworks({http, unreachable, custom}));
        QTRY_COMPARE_WITH_TIMEOUT(f.context.chain().status(), ConnectionStatus::Failed, kNetworkMs);
        QVERIFY(f.context.chain().lastError().contains(QStringLiteral("31337")));

        verifyStayedResponsive(watch);
    }
};

QTEST_MAIN(TestDevnetApp)
#include "tst_devnet_app.moc"
