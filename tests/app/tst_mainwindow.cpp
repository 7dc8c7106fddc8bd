// SPDX-License-Identifier: MIT
// The main window reads the models: the status bar follows ChainModel and WalletModel, pages
// switch from the keyboard, views show what is missing until the client fills them, and the
// Send page validates before it hands a request on.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/dialog/ReceiveDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/QrCode.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "app/view/SendPage.h"
#include "app/view/StatusIndicator.h"
#include "store/NetworkIdentity.h"
#include "support/AppTestSupport.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>

using namespace seismic;
using namespace seismic::app;
using namespace seismic::store;
using apptest::child;

namespace {

struct Fixture : apptest::WindowFixture
{
    QString status() { return child<StatusIndicator>(window, "connectionIndicator")->text(); }
    QString text(const char* label) { return child<QLabel>(window, label)->text(); }
};

TokenBalance token(const char* symbol, unsigned decimals, std::optional<Uint256> balance)
{
    TokenBalance token;
    token.kind = TokenKind::Src20;
    token.contract = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    token.name = QStringLiteral("Shielded ") + QString::fromLatin1(symbol);
    token.symbol = QString::fromLatin1(symbol);
    token.decimals = decimals;
    token.balance = balance;
    return token;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        // The English catalogue supplies the plural forms.
        QVERIFY(m_english.load(QLocale(QLocale::English)));
    }

    // A damaged store: the window says so precisely and rebuilds it on request, keeping the
    // file as a backup.
    void aDamagedStoreIsReportedAndRebuiltOnRequest()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("store/seismic.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage = QByteArray("not a database ").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
        }
        AppContext context(home.path(), apptest::fastKdf());
        context.session().setOnline(false);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("storeFailureBox"))));
        QVERIFY(box->text().contains(QStringLiteral("is damaged")));
        QVERIFY(box->text().contains(path));
        child<QPushButton>(*box, "rebuildButton")->click();
        QTRY_VERIFY(!context.storeFailure());
        QVERIFY(QFile::exists(path));
        const QStringList backups = QFileInfo(path).dir().entryList(
            {QStringLiteral("seismic.sqlite.broken-*")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
    }

    void forgettingTransfersAsksFirst()
    {
        Fixture f;
        f.context.transfers().setNetwork(*networkKey(f.context.store(), {31337, Hash{}}));
        const Address alice = *Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        TransferRecord record;
        record.to = alice;
        QVERIFY(f.context.transfers().addTransfers({record}));
        f.context.wallet().setAccount(alice);
        auto* forget = f.window.findChild<QAction*>(QStringLiteral("actionForgetTransfers"));
        QVERIFY(forget);
        forget->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = f.window.findChild<QMessageBox*>(QStringLiteral("forgetTransfersBox"))));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!f.window.findChild<QMessageBox*>(QStringLiteral("forgetTransfersBox")));
        QCOMPARE(f.context.transfers().rowCount(), 1);
        forget->trigger();
        QTRY_VERIFY((box = f.window.findChild<QMessageBox*>(QStringLiteral("forgetTransfersBox"))));
        child<QPushButton>(*box, "forgetButton")->click();
        QTRY_COMPARE(f.context.transfers().rowCount(), 0);
    }

    void statusBarFollowsTheChainModel()
    {
        Fixture f;
        ChainModel& chain = f.context.chain();
        QCOMPARE(f.status(), QStringLiteral("Not connected"));
        QCOMPARE(child<StatusIndicator>(f.window, "networkIndicator")->text(),
                 QStringLiteral("Seismic Testnet 1"));

        chain.setStatus(ConnectionStatus::Connecting);
        QCOMPARE(f.status(), QStringLiteral("Connecting to Seismic Testnet 1…"));
        chain.setChainId(5124);
        chain.setBlockNumber(41);
        chain.setStatus(ConnectionStatus::Connected);
        QCOMPARE(f.status(), QStringLiteral("Connected to chain 5124 at block 41"));
        chain.setBlockNumber(42);
        QCOMPARE(f.status(), QStringLiteral("Connected to chain 5124 at block 42"));
        QCOMPARE(f.text("connectionLabel"), f.status());

        chain.setLastError(QStringLiteral("transport error: connection reset"));
        chain.setStatus(ConnectionStatus::Reconnecting);
        QCOMPARE(f.status(), QStringLiteral("Reconnecting (transport error: connection reset)…"));
        QCOMPARE(f.text("connectionLabel"), f.status());
        QCOMPARE(child<StatusIndicator>(f.window, "connectionIndicator")->toolTip(),
                 Qt::convertFromPlainText(
                     f.status() + QStringLiteral("\nLast error: transport error: connection reset"),
                     Qt::WhiteSpaceNormal));
        // A node's words never become markup: not in the label, not in the tooltip.
        chain.setLastError(QStringLiteral("<h1 style=\"color:green\">&#10004; VERIFIED</h1>"));
        QCOMPARE(child<QLabel>(f.window, "connectionLabel")->textFormat(), Qt::PlainText);
        const QString toolTip = child<StatusIndicator>(f.window, "connectionIndicator")->toolTip();
        QVERIFY2(toolTip.contains(QStringLiteral("&lt;h1")) &&
                     !toolTip.contains(QStringLiteral("<h1")),
                 qPrintable(toolTip));
        chain.setLastError(QStringLiteral("transport error: connection reset"));
        chain.setStatus(ConnectionStatus::Failed);
        QCOMPARE(f.status(),
                 QStringLiteral("Connection failed: transport error: connection reset"));

        // A reset chain behind the endpoint: said until the next connection.
        chain.setStatus(ConnectionStatus::Connected);
        chain.noteChainChanged();
        chain.setBlockNumber(3);
        QCOMPARE(f.status(), QStringLiteral("Chain changed: now chain 5124 at block 3"));
        QCOMPARE(f.text("connectionLabel"), f.status());
        chain.setStatus(ConnectionStatus::Connecting);
        chain.setStatus(ConnectionStatus::Connected);
        QCOMPARE(f.status(), QStringLiteral("Connected to chain 5124 at block 3"));
    }

    void longStatusIsElidedAndNeverWidensTheWindow()
    {
        Fixture f;
        ChainModel& chain = f.context.chain();
        auto* indicator = child<StatusIndicator>(f.window, "connectionIndicator");
        chain.setStatus(ConnectionStatus::Connecting);
        const int width = f.window.width();
        const QString reason = QStringLiteral("transport error: ") + QString(400, QLatin1Char('x'));
        chain.setLastError(reason);
        chain.setStatus(ConnectionStatus::Failed);
        QCoreApplication::processEvents(); // layouts settle
        QCOMPARE(f.window.width(), width);
        QVERIFY(f.window.minimumSizeHint().width() <= width);
        QCOMPARE(indicator->text(), QStringLiteral("Connection failed: ") + reason);
        QVERIFY(indicator->shownText().endsWith(QChar(0x2026)));
        QVERIFY(indicator->shownText().size() < indicator->text().size());
        QVERIFY(indicator->toolTip().contains(reason));
        // A short one is shown whole again.
        chain.setStatus(ConnectionStatus::Connecting);
        QTRY_COMPARE(indicator->shownText(), indicator->text());
    }

    void chainModelEmitsOnlyOnChange()
    {
        ChainModel chain;
        QSignalSpy status(&chain, &ChainModel::statusChanged);
        QSignalSpy block(&chain, &ChainModel::blockNumberChanged);
        QSignalSpy error(&chain, &ChainModel::lastErrorChanged);
        chain.setStatus(ConnectionStatus::NotConnected);
        chain.setBlockNumber(0);
        chain.setLastError({});
        QCOMPARE(status.count() + block.count() + error.count(), 0);
        chain.setBlockNumber(7);
        chain.setBlockNumber(7);
        chain.setStatus(ConnectionStatus::Connected);
        chain.setStatus(ConnectionStatus::Connected);
        QCOMPARE(block.count(), 1);
        QCOMPARE(status.count(), 1);
    }

    void pagesSwitchFromTheKeyboard()
    {
        Fixture f;
        // Window shortcuts need the active window.
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QCOMPARE(f.window.currentPage(), MainWindow::Page::Overview);
        QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(f.window.currentPage(), MainWindow::Page::Transfers);
        QVERIFY(child<QAction>(f.window, "actionShowTransfers")->isChecked());
        QTest::keyClick(&f.window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(f.window.currentPage(), MainWindow::Page::Log);
        f.window.showPage(MainWindow::Page::Send);
        QVERIFY(child<QAction>(f.window, "actionShowSend")->isChecked());
        QVERIFY(!child<QAction>(f.window, "actionShowLog")->isChecked());

        // Every control a screen reader reaches has a name.
        for (auto* widget : f.window.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QTableView*>(widget) ||
                qobject_cast<QPushButton*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void viewsSayWhatIsMissing()
    {
        Fixture f;
        QCOMPARE(f.text("balancesEmptyLabel"),
                 QStringLiteral("Import or create an account to see its balances."));
        QVERIFY(child<QWidget>(f.window, "noAccountPage")->isVisible());
        f.context.wallet().setAccount(*Address::parse(apptest::kAnvilAddress));
        QVERIFY(child<QWidget>(f.window, "accountPage")->isVisible());
        QCOMPARE(f.text("addressLabel"), QString::fromLatin1(apptest::kAnvilAddress));
        QCOMPARE(f.text("balancesEmptyLabel"),
                 QStringLiteral("Connect to a network to see balances."));
        f.context.chain().setStatus(ConnectionStatus::Connected);
        QCOMPARE(f.text("balancesEmptyLabel"), QStringLiteral("Reading balances…"));

        auto* balances = child<QStackedWidget>(f.window, "balancesStack");
        QCOMPARE(balances->currentWidget()->objectName(), QStringLiteral("balancesEmptyPage"));
        f.context.wallet().tokens()->setTokens({token("SRC", 18, Uint256(1500000000000000000ull))});
        QCOMPARE(balances->currentWidget()->objectName(), QStringLiteral("balancesTablePage"));
        QCOMPARE(child<QTableView>(f.window, "balancesView")
                     ->model()
                     ->index(0, TokenTableModel::BalanceColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1.5"));

        f.window.showPage(MainWindow::Page::Transfers);
        QCOMPARE(f.text("transfersEmptyLabel"), QStringLiteral("Waiting for token transfers…"));
        QVERIFY(f.text("historyEmptyLabel").startsWith(QStringLiteral("Transactions you send")));

        // Another network: balances and transfers of the old one go.
        f.context.transfers().setNetwork(*networkKey(f.context.store(), {31337, Hash{}}));
        // A transfer of the account (the table shows what the account watch covers).
        TransferRecord mine;
        mine.to = *Address::parse(apptest::kAnvilAddress);
        QVERIFY(f.context.transfers().addTransfers({mine}));
        QCOMPARE(f.context.transfers().rowCount(), 1);
        f.context.setEndpointOverrides({QStringLiteral("http://127.0.0.1:9545")}, {});
        QCOMPARE(f.context.transfers().rowCount(), 0);
        QCOMPARE(f.context.wallet().tokens()->rowCount(), 0);
        QCOMPARE(f.text("transfersEmptyLabel"),
                 QStringLiteral("Connect to a network to watch token transfers."));
    }

    // The page's flow against a node is tst_send's; here: the window's page is wired to the
    // send service, which has no client offline, and still validates every field inline.
    void sendPageValidatesBeforeSending()
    {
        Fixture f;
        f.window.showPage(MainWindow::Page::Send);
        auto* state = child<QLabel>(f.window, "stateLabel");
        auto* review = child<QPushButton>(f.window, "reviewButton");
        auto* recipient = child<QLineEdit>(f.window, "recipientEdit");
        auto* amount = child<QLineEdit>(f.window, "amountEdit");
        auto* recipientError = child<QLabel>(f.window, "recipientErrorLabel");
        auto* amountError = child<QLabel>(f.window, "amountErrorLabel");
        f.context.wallet().setAccount(*Address::parse(apptest::kAnvilAddress));
        f.context.wallet().unlock(*PrivateKey::fromHex(apptest::kAnvilKey));
        f.context.chain().setStatus(ConnectionStatus::Connected);
        f.context.wallet().tokens()->setTokens({token("SRC", 6, Uint256(2500000))});
        QVERIFY2(state->text().startsWith(QStringLiteral("Not connected")),
                 qPrintable(state->text()));

        QTest::keyClicks(recipient, QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79c9"));
        QVERIFY2(recipientError->text().startsWith(
                     QStringLiteral("The recipient is not a valid address.\nDetails: ")),
                 qPrintable(recipientError->text()));
        recipient->setText(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QVERIFY(recipientError->text().isEmpty());
        QTest::keyClicks(amount, QStringLiteral("1.0000001"));
        QCOMPARE(amountError->text(),
                 QStringLiteral("This token allows 6 decimals; the amount has more."));
        amount->setText(QStringLiteral("0"));
        QCOMPARE(amountError->text(), QStringLiteral("The amount must be more than zero."));
        amount->setText(QStringLiteral("3"));
        QCOMPARE(amountError->text(),
                 QStringLiteral("The amount is more than the balance (2.5 SRC)."));
        amount->setText(QStringLiteral("1.25"));
        QVERIFY(amountError->text().isEmpty());
        // Valid input, but no client to estimate and send with: nothing can be reviewed.
        QVERIFY(!review->isEnabled());
        QVERIFY2(state->text().startsWith(QStringLiteral("Not connected")),
                 qPrintable(state->text()));
    }

    void themeFollowsTheSettings()
    {
        Fixture f;
        const QString systemStyle = QApplication::style()->name();
        f.context.settings().setTheme(Theme::Dark);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        f.context.settings().setTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        f.context.settings().setTheme(Theme::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
    }

    void receiveShowsTheAddressAndItsQrCode()
    {
        Fixture f;
        auto* receive = f.window.findChild<QAction*>(QStringLiteral("actionReceive"));
        QVERIFY(receive);
        QVERIFY(!receive->isEnabled());
        const Address account = *Address::parse(apptest::kAnvilAddress);
        f.context.wallet().setAccount(account);
        QVERIFY(receive->isEnabled());
        receive->trigger();
        auto* dialog = f.window.findChild<ReceiveDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(*dialog, "addressLabel")->text(),
                 QString::fromLatin1(apptest::kAnvilAddress));
        child<QPushButton>(*dialog, "copyAddressButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(apptest::kAnvilAddress));
        const QPixmap qr = child<QLabel>(*dialog, "qrCodeLabel")->pixmap();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        // Offline, the viewing key is not known: said so, not guessed.
        QVERIFY(child<QLabel>(*dialog, "viewingKeyLabel")
                    ->text()
                    .contains(QStringLiteral("not known")));
        dialog->close();
    }

    void qrCodesHaveQuietZoneAndFinderPatterns()
    {
        const int moduleSize = 3;
        const QImage image = qrCodeImage(QString::fromLatin1(apptest::kAnvilAddress), moduleSize);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        // Versions have 21 + 4k modules, plus a quiet zone of four on each side.
        const int modules = image.width() / moduleSize - 8;
        QCOMPARE(image.width() % moduleSize, 0);
        QCOMPARE((modules - 21) % 4, 0);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(4 * moduleSize - 1, 4 * moduleSize - 1), QColor(Qt::white));
        // The top-left finder pattern: a dark corner, a light ring, a dark centre.
        const auto module = [&](int x, int y) {
            return image.pixelColor((x + 4) * moduleSize + 1, (y + 4) * moduleSize + 1);
        };
        QCOMPARE(module(0, 0), QColor(Qt::black));
        QCOMPARE(module(1, 1), QColor(Qt::white));
        QCOMPARE(module(3, 3), QColor(Qt::black));
        QCOMPARE(module(modules - 1, 0), QColor(Qt::black));
        // More than a QR code holds.
        QVERIFY(qrCodeImage(QString(4000, QLatin1Char('x')), moduleSize).isNull());
    }

    void accountActionsOpenNonBlockingDialogs()
    {
        Fixture f;
        child<QAction>(f.window, "actionImportKey")->trigger();
        auto* dialog = f.window.findChild<ImportKeyDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!f.window.findChild<ImportKeyDialog*>());
    }

private:
    Translations m_english;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
