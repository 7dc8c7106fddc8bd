// SPDX-License-Identifier: MIT
#include "app/view/MainWindow.h"

#include "app/AppContext.h"
#include "app/Diagnostics.h"
#include "app/dialog/CreateAccountDialog.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/dialog/NetworkDialog.h"
#include "app/dialog/ReceiveDialog.h"
#include "app/dialog/SettingsDialog.h"
#include "app/dialog/UnlockDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/SettingsModel.h"
#include "app/model/StoreFailureText.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/service/ContractReader.h"
#include "app/service/TransferMonitor.h"
#include "app/service/TransferNotifications.h"
#include "app/service/ViewingKeyLookup.h"
#include "app/view/AccountsPage.h"
#include "app/view/AddressBookPage.h"
#include "app/view/AddressText.h"
#include "app/view/ChartsPage.h"
#include "app/view/ConnectionStatusText.h"
#include "app/view/HistoryPage.h"
#include "app/view/LogPage.h"
#include "app/view/OverviewPage.h"
#include "app/view/SendController.h"
#include "app/view/SendPage.h"
#include "app/view/StatusIndicator.h"
#include "app/view/ThemeStyle.h"
#include "app/view/TransfersPage.h"
#include "app/view/TrayNotifier.h"
#include "app/view/ViewingKeyPage.h"
#include "app/wallet/InactivityLock.h"

#include "client/TeePublicKey.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

namespace seismic::app {
namespace {

// How long transient status bar messages stay.
constexpr int kMessageTimeoutMs = 5000;

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);

    const AccountActions accountActions{m_ui->actionImportKey, m_ui->actionCreateAccount,
                                        m_ui->actionUnlock, m_ui->actionLock};
    auto* sendPage = new SendPage(context.wallet(), context.chain(), this);
    auto* sendController = new SendController(context.send(), context.wallet(), *sendPage, this);
    sendController->setAddressBook(&context.addressBook());
    sendController->setViewingKeyCheck([&session = context.session()](Address account) {
        return hasRegisteredViewingKey(session.publicClient(), account);
    });
    sendController->setContractReader([&session = context.session()](const SendRequest& request) {
        return readContract(session.walletClient(), request);
    });
    sendPage->setAddressBook(&context.addressBook());
    auto* transfersPage = new TransfersPage(context.transfers(), context.transferMonitor(),
                                            context.wallet(), context.chain(), this);
    auto* viewingKeyPage = new ViewingKeyPage(context.viewingKey(), context.wallet(), this);
    auto* historyPage = new HistoryPage(context.send(), context.wallet(), context.chain(), this);
    auto* chartsPage = new ChartsPage(context.transferMonitor(), context.transfers(),
                                      context.wallet(), context.chain(), this);
    auto* showCharts =
        new QAction(QIcon(QStringLiteral(":/icons/charts.svg")), tr("&Charts"), this);
    showCharts->setObjectName(QStringLiteral("actionShowCharts"));
    showCharts->setCheckable(true);
    showCharts->setToolTip(tr("Transfers, volume and balance over time"));
    showCharts->setStatusTip(showCharts->toolTip());
    showCharts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    // Beside the transfers it charts.
    m_ui->menuView->insertAction(m_ui->actionShowHistory, showCharts);
    m_ui->mainToolBar->insertAction(m_ui->actionShowHistory, showCharts);
    // In Page order.
    QList<std::pair<QWidget*, QAction*>> pages = {
        {new OverviewPage(context.wallet(), context.chain(), context.balances(), context.session(),
                          accountActions, this),
         m_ui->actionShowOverview},
        {sendPage, m_ui->actionShowSend},
        {transfersPage, m_ui->actionShowTransfers},
        {historyPage, m_ui->actionShowHistory},
        {viewingKeyPage, m_ui->actionShowViewingKey},
        {new LogPage(context.log(), m_ui->actionCopyDiagnostics, this), m_ui->actionShowLog}};
    auto* accountsPage = new AccountsPage(context, accountActions, this);
    auto* addressBookPage = new AddressBookPage(context.addressBook(), context.session(), this);
    const auto pageAction = [this](const QString& text, const char* name, const char* icon,
                                   const char* shortcut) {
        auto* action = new QAction(QIcon(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
        m_ui->menuView->addAction(action);
        return action;
    };
    // Accounts on the toolbar (where importing a key is one step away); the address book in the
    // View menu only: the toolbar is full at 1024 pixels in French.
    QAction* showAccounts =
        pageAction(tr("&Accounts"), "actionShowAccounts", ":/icons/accounts.svg", "Ctrl+8");
    m_ui->mainToolBar->insertAction(m_ui->actionLock, showAccounts);
    pages.emplaceBack(accountsPage, showAccounts);
    pages.emplaceBack(addressBookPage, pageAction(tr("Address &Book"), "actionShowAddressBook",
                                                  ":/icons/address-book.svg", "Ctrl+9"));
    pages.emplaceBack(chartsPage, showCharts);
    auto* pageActions = new QActionGroup(this);
    for (const auto& [page, action] : pages) {
        m_ui->pageStack->addWidget(page);
        pageActions->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, page = page] { m_ui->pageStack->setCurrentWidget(page); });
    }
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this, [this, pages](int index) {
        pages.at(index).second->setChecked(true);
        m_context.settings().setLastPage(index);
    });
    m_ui->actionShowOverview->setChecked(true);
    // Where the user left it: the size and place, and the page.
    restoreGeometry(context.settings().windowGeometry());
    if (const int last = context.settings().lastPage(); last > 0 && last < pages.size())
        m_ui->pageStack->setCurrentIndex(last);

    connect(m_ui->actionImportKey, &QAction::triggered, this, [this] { openImportKeyDialog(); });
    connect(m_ui->actionCreateAccount, &QAction::triggered, this,
            &MainWindow::openCreateAccountDialog);
    connect(m_ui->actionUnlock, &QAction::triggered, this, [this] { openUnlockDialog(); });
    connect(m_ui->actionLock, &QAction::triggered, &context.wallet(), &WalletModel::lock);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    auto* forgetTransfers = new QAction(tr("&Forget Transfer History…"), this);
    forgetTransfers->setObjectName(QStringLiteral("actionForgetTransfers"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, forgetTransfers);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(forgetTransfers, &QAction::triggered, this, &MainWindow::confirmForgetTransfers);
    connect(this, &MainWindow::firstShown, this, &MainWindow::showStoreFailure);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    connect(m_ui->actionReceive, &QAction::triggered, this, &MainWindow::openReceiveDialog);
    connect(m_ui->actionCopyDiagnostics, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    const auto showMessage = [this](const QString& text) {
        statusBar()->showMessage(text, kMessageTimeoutMs);
    };
    connect(transfersPage, &TransfersPage::message, this, showMessage);
    connect(accountsPage, &AccountsPage::message, this, showMessage);
    connect(addressBookPage, &AddressBookPage::message, this, showMessage);
    connect(transfersPage, &TransfersPage::addToAddressBookRequested, this,
            [this, addressBookPage](const Address& address) {
                m_ui->pageStack->setCurrentWidget(addressBookPage);
                addressBookPage->addContact(address);
            });
    connect(accountsPage, &AccountsPage::unlockRequested, this, [this] { openUnlockDialog(); });
    // Locks the wallet after the settings' inactivity time.
    new InactivityLock(context.wallet(), context.settings(), {}, this);
    connect(viewingKeyPage, &ViewingKeyPage::message, this, showMessage);
    connect(historyPage, &HistoryPage::message, this, showMessage);

    m_networkIndicator = new StatusIndicator(this);
    m_networkIndicator->setObjectName(QStringLiteral("networkIndicator"));
    m_networkIndicator->setAccessibleName(tr("Network"));
    m_accountIndicator = new StatusIndicator(this);
    m_accountIndicator->setObjectName(QStringLiteral("accountIndicator"));
    m_accountIndicator->setAccessibleName(tr("Current account"));
    m_connectionIndicator = new StatusIndicator(this);
    m_connectionIndicator->setObjectName(QStringLiteral("connectionIndicator"));
    m_connectionIndicator->setAccessibleName(tr("Connection status"));
    statusBar()->addPermanentWidget(m_networkIndicator);
    auto* networkSwitcher = new QToolButton(this);
    networkSwitcher->setObjectName(QStringLiteral("networkSwitcher"));
    networkSwitcher->setArrowType(Qt::DownArrow);
    networkSwitcher->setAutoRaise(true);
    networkSwitcher->setPopupMode(QToolButton::InstantPopup);
    networkSwitcher->setToolTip(tr("Switch network"));
    networkSwitcher->setAccessibleName(tr("Switch network"));
    m_networkMenu = new QMenu(networkSwitcher);
    m_networkMenu->setObjectName(QStringLiteral("networkMenu"));
    networkSwitcher->setMenu(m_networkMenu);
    connect(m_networkMenu, &QMenu::aboutToShow, this, &MainWindow::fillNetworkMenu);
    statusBar()->addPermanentWidget(networkSwitcher);
    statusBar()->addPermanentWidget(m_accountIndicator);
    statusBar()->addPermanentWidget(m_connectionIndicator);

    const WalletModel& wallet = context.wallet();
    connect(&wallet, &WalletModel::accountChanged, this, &MainWindow::showAccount);
    connect(&wallet, &WalletModel::lockStateChanged, this, &MainWindow::showAccount);
    const ChainModel& chain = context.chain();
    connect(&chain, &ChainModel::networkChanged, this, &MainWindow::showNetwork);
    for (auto signal :
         {&ChainModel::networkChanged, &ChainModel::statusChanged, &ChainModel::chainIdChanged,
          &ChainModel::blockNumberChanged, &ChainModel::lastErrorChanged})
        connect(&chain, signal, this, &MainWindow::showConnection);
    connect(&chain, &ChainModel::teeKeyConflictChanged, this, &MainWindow::showTeeKeyConflict);
    connect(&context.settings(), &SettingsModel::themeChanged, this,
            [this] { applyTheme(m_context.settings().theme()); });
    applyTheme(context.settings().theme());
    showAccount();
    showNetwork();
    showConnection();
    setUpTray();
}

void MainWindow::setUpTray()
{
    m_tray = new TrayNotifier(this);
    // The current account is the one watched: a key of ours, or an address watched only.
    const auto accountKind =
        [&wallet = m_context.wallet()](const Address& to) -> std::optional<WatchedAccountKind> {
        if (wallet.account() != to)
            return std::nullopt;
        return wallet.isWatchOnly() ? WatchedAccountKind::WatchOnly : WatchedAccountKind::Own;
    };
    m_notifications = new TransferNotifications(m_context.settings(), *m_tray, accountKind, this);
    connect(&m_context.transferMonitor(), &TransferMonitor::transfersStored, m_notifications,
            &TransferNotifications::addTransfers);
    connect(m_tray, &TrayNotifier::toggleWindowRequested, this, [this] {
        if (isVisible())
            hide();
        else
            showFromTray();
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayNotifier::pauseRequested, m_notifications,
            &TransferNotifications::setPaused);
    connect(m_notifications, &TransferNotifications::pausedChanged, m_tray,
            &TrayNotifier::setPaused);
    connect(m_tray, &TrayNotifier::quitRequested, this, &MainWindow::quit);
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    // A window already in the tray is not the last one to close: the application quits itself.
    QCoreApplication::quit();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    m_tray->setWindowShown(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    m_tray->setWindowShown(true);
    if (m_shown)
        return;
    m_shown = true;
    Q_EMIT firstShown();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_context.settings().setWindowGeometry(saveGeometry());
    // Watching goes on in the tray, where there is one and the user asked for it.
    if (!m_quitting && m_context.settings().keepRunningInTray() && TrayNotifier::available()) {
        event->ignore();
        hide();
        if (!std::exchange(m_toldStillWatching, true))
            m_tray->showNotification(tr("Still watching"),
                                     tr("Seismic Desktop keeps watching transfers in the tray. "
                                        "Quit it from the tray icon's menu."));
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showStoreFailure()
{
    const auto failure = m_context.storeFailure();
    if (!failure)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Local Store"),
                        storeFailureText(*failure, m_context.storePath(), m_context.storeError()),
                        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("storeFailureBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* rebuild = nullptr;
    if (canRebuildAfter(*failure)) {
        box->setInformativeText(tr("Rebuild keeps the file beside it as a backup, starts a "
                                   "fresh store and fills it again from the chain."));
        rebuild = box->addButton(tr("&Rebuild"), QMessageBox::AcceptRole);
        rebuild->setObjectName(QStringLiteral("rebuildButton"));
    }
    connect(box, &QMessageBox::finished, this, [this, box, rebuild] {
        if (!rebuild || box->clickedButton() != rebuild)
            return;
        const auto backup = m_context.rebuildStore();
        statusBar()->showMessage(
            backup ? tr("The store was rebuilt; the old file is kept as %1.").arg(*backup)
                   : tr("The store could not be rebuilt: %1").arg(errorLine(backup.error())),
            kMessageTimeoutMs);
    });
    box->open();
}

void MainWindow::confirmForgetTransfers()
{
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Forget Transfer History"),
        tr("Delete the stored transfers of this account on this network from this computer? "
           "New transfers are still kept as they arrive."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetTransfersBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, forget] {
        if (box->clickedButton() != forget)
            return;
        const auto forgotten = m_context.forgetTransfers();
        statusBar()->showMessage(
            forgotten ? tr("%n transfer(s) forgotten.", nullptr, static_cast<int>(*forgotten))
                      : tr("Nothing was forgotten: %1").arg(errorLine(forgotten.error())),
            kMessageTimeoutMs);
    });
    box->open();
}

void MainWindow::showPage(Page page)
{
    m_ui->pageStack->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

void MainWindow::showAccount()
{
    const WalletModel& wallet = m_context.wallet();
    const auto account = wallet.account();
    const bool unlocked = wallet.isUnlocked();
    if (account && wallet.isWatchOnly()) {
        //: %1 is a shortened account address.
        m_accountIndicator->setText(tr("%1 (watch-only)").arg(shortAddressText(*account)));
        m_accountIndicator->setToolTip(addressText(*account));
    } else if (account) {
        //: %1 is a shortened account address.
        const QString locked = tr("%1 (locked)").arg(shortAddressText(*account));
        m_accountIndicator->setText(unlocked ? shortAddressText(*account) : locked);
        m_accountIndicator->setToolTip(addressText(*account));
    } else {
        m_accountIndicator->setText(tr("No account"));
        m_accountIndicator->setToolTip({});
    }
    m_accountIndicator->setIcon(QIcon(unlocked ? QStringLiteral(":/icons/unlock.svg")
                                               : QStringLiteral(":/icons/lock.svg")));

    // Unlock also switches accounts, so it stays useful while unlocked if there are others.
    const std::size_t stored = m_context.accounts().accounts().size();
    m_ui->actionUnlock->setEnabled(stored > 1 || (stored == 1 && !unlocked));
    m_ui->actionLock->setEnabled(unlocked);
    m_ui->actionReceive->setEnabled(account.has_value());
}

void MainWindow::showNetwork()
{
    const NetworkConfig& network = m_context.chain().network();
    const bool unencrypted = network.usesUnencryptedRemote();
    //: %1 is a network's name.
    m_networkIndicator->setText(unencrypted ? tr("%1 (unencrypted)").arg(network.name)
                                            : network.name);
    QString tip =
        //: %1 is a chain ID.
        tr("Chain %1").arg(network.chainId) + QLatin1Char('\n') + network.endpointsText();
    if (unencrypted)
        tip += QLatin1Char('\n') + NetworkConfig::unencryptedWarning();
    m_networkIndicator->setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
}

void MainWindow::fillNetworkMenu()
{
    m_networkMenu->clear();
    SettingsModel& settings = m_context.settings();
    auto* group = new QActionGroup(m_networkMenu);
    const QString current = settings.currentNetwork().name;
    for (const NetworkConfig& network : settings.networks()) {
        QAction* action = m_networkMenu->addAction(network.name);
        action->setCheckable(true);
        action->setChecked(network.name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, name = network.name] { m_context.settings().setCurrentNetwork(name); });
    }
    m_networkMenu->addSeparator();
    QAction* add = m_networkMenu->addAction(tr("&Add Network…"));
    add->setObjectName(QStringLiteral("actionAddNetwork"));
    connect(add, &QAction::triggered, this, &MainWindow::openAddNetworkDialog);
}

void MainWindow::openAddNetworkDialog()
{
    SettingsModel& settings = m_context.settings();
    QStringList takenNames;
    for (const NetworkConfig& network : settings.networks())
        takenNames.append(network.name);
    auto* dialog = new NetworkDialog(takenNames, settings, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        SettingsModel& settings = m_context.settings();
        const NetworkConfig network = dialog->network();
        // A network is added to be used.
        if (settings.setCustomNetworks(settings.customNetworks() + QList{network}))
            settings.setCurrentNetwork(network.name);
    });
    openDialog(dialog);
}

void MainWindow::showConnection()
{
    const ChainModel& chain = m_context.chain();
    m_connectionIndicator->setText(connectionStatusText(chain));
    m_connectionIndicator->setIcon(connectionStatusIcon(chain.status()));
    // The indicator elides; the tooltip has the whole text and the last error.
    const QString text = connectionStatusText(chain);
    // The node's words are plain text: a tooltip that looks like markup would render it.
    m_connectionIndicator->setToolTip(Qt::convertFromPlainText(
        chain.lastError().isEmpty()
            ? text
            : text + QLatin1Char('\n') + tr("Last error: %1").arg(chain.lastError()),
        Qt::WhiteSpaceNormal));
}

void MainWindow::showTeeKeyConflict()
{
    const ChainModel& chain = m_context.chain();
    if (chain.teeKeyConflict().isEmpty())
        return;
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("teeKeyConflictBox"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("The node's encryption key changed"));
    box->setTextFormat(Qt::PlainText);
    //: %1 is a network's name.
    box->setText(tr("The node of %1 presents a TEE key other than the one this app trusted "
                    "before. Shielded sends and signed reads are off until you accept the new "
                    "key: whoever holds its private key could read what you send.")
                     .arg(chain.network().name));
    const auto pinned = m_context.settings().teePublicKey(chain.network().name);
    //: %1 and %2 are public keys in hex.
    box->setInformativeText(
        tr("Trusted key: %1\nNew key: %2\n\nAccept it only if the network's "
           "operators announced a new key.")
            .arg(pinned ? QString::fromStdString(client::teePublicKeyHex(*pinned)) : QString(),
                 chain.teeKeyConflict()));
    QPushButton* accept = box->addButton(tr("Accept the new key"), QMessageBox::AcceptRole);
    box->addButton(tr("Stay read-only"), QMessageBox::RejectRole);
    box->setDefaultButton(QMessageBox::NoButton);
    connect(box, &QMessageBox::buttonClicked, this, [this, accept](QAbstractButton* button) {
        if (button == accept)
            m_context.session().acceptTeeKey();
    });
    openDialog(box);
}

template<typename Dialog>
void MainWindow::openDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openImportKeyDialog(const QString& path)
{
    auto* dialog = new ImportKeyDialog(m_context.accounts(), m_context.wallet(), this);
    dialog->setFilePath(path);
    // Importing switches accounts: say to which.
    connect(dialog, &QDialog::accepted, this, [this] {
        if (const auto account = m_context.wallet().account())
            //: %1 is an account's address.
            statusBar()->showMessage(
                tr("Imported %1: it is now the current account.").arg(addressText(*account)),
                2 * kMessageTimeoutMs);
    });
    openDialog(dialog);
}

void MainWindow::openCreateAccountDialog()
{
    openDialog(new CreateAccountDialog(m_context.accounts(), m_context.wallet(), this));
}

void MainWindow::openUnlockDialog(const QString& message)
{
    auto* dialog = new UnlockDialog(m_context.accounts(), m_context.wallet(), this);
    dialog->setMessage(message);
    openDialog(dialog);
}

void MainWindow::openReceiveDialog()
{
    if (const auto account = m_context.wallet().account())
        openDialog(new ReceiveDialog(*account, m_context.viewingKey(), this));
}

void MainWindow::openSettingsDialog()
{
    auto* dialog = new SettingsDialog(m_context.settings(), m_context.chain(), this);
    connect(dialog, &SettingsDialog::teeKeyAccepted, &m_context.session(),
            &ClientSession::acceptTeeKey);
    openDialog(dialog);
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(
        diagnosticsReport(m_context.chain(), m_context.wallet(), m_context.log()));
    statusBar()->showMessage(tr("Diagnostics copied to the clipboard."), kMessageTimeoutMs);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setWindowTitle(tr("About Seismic Desktop"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    //: %1 is the version of this application, %2 the version of Qt.
    box->setText(tr("<h3>Seismic Desktop %1</h3>"
                    "<p>A desktop wallet and live token-transfer monitor for the Seismic chain: "
                    "shielded transactions, SRC20 tokens with encrypted amounts, viewing "
                    "keys.</p><p>Built with Qt %2. Licensed under the MIT license.</p>")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    openDialog(box);
}

} // namespace seismic::app
