// SPDX-License-Identifier: MIT
#include "ScreenshotTour.h"

#include "app/AppContext.h"
#include "app/DesktopSession.h"
#include "app/dialog/NotificationSettingsTab.h"
#include "app/dialog/ReceiveDialog.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/SendRequest.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/SendService.h"
#include "app/service/TransferMonitor.h"
#include "app/service/ViewingKeyService.h"
#include "app/view/AccountsPage.h"
#include "app/view/MainWindow.h"
#include "client/NonceManager.h"
#include "client/WalletClient.h"
#include "core/Units.h"
#include "store/WatchOnlyAccountStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>
#include <utility>

namespace seismic::app {
namespace {

// The pictures, in the order of MainWindow::Page.
const char* const kPageNames[] = {"overview", "send",     "transfers",    "history", "viewing-key",
                                  "log",      "accounts", "address-book", "charts"};
static_assert(std::size(kPageNames) == static_cast<std::size_t>(MainWindow::Page::Charts) + 1,
              "a picture per page");

// Sends of the pending transfer before the tour gives up.
constexpr int kSendAttempts = 3;

QString messageOf(const Error& error)
{
    return QString::fromStdString(error.message);
}

} // namespace

ScreenshotTour::ScreenshotTour(DesktopSession& session, std::vector<Address> tokens,
                               TourScene scene, QString directory,
                               std::chrono::milliseconds deadline, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tokens(std::move(tokens))
    , m_scene(std::move(scene))
    , m_directory(std::move(directory))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("the pages did not show their data in time: ") +
               missing().join(QStringLiteral("; ")));
    });
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    m_deadline.start();
    // The start-up work (import, unlock) comes first; the pages fill from then on.
    connect(&m_session, &DesktopSession::ready, this, [this] {
        m_started = true;
        setSceneUp();
        check();
    });

    AppContext& context = m_session.context();
    const auto recheck = [this] {
        check();
    };
    connect(&context.chain(), &ChainModel::statusChanged, this, recheck);
    connect(&context.wallet(), &WalletModel::accountChanged, this, recheck);
    connect(&context.wallet(), &WalletModel::lockStateChanged, this, recheck);
    connect(&context.balances(), &BalanceService::tokensChanged, this, recheck);
    const TokenTableModel* balances = context.wallet().tokens();
    connect(balances, &QAbstractItemModel::dataChanged, this, recheck);
    connect(balances, &QAbstractItemModel::rowsInserted, this, recheck);
    connect(balances, &QAbstractItemModel::modelReset, this, recheck);
    connect(&context.viewingKey(), &ViewingKeyService::stateChanged, this, recheck);
    connect(&context.transferMonitor(), &TransferMonitor::stateChanged, this, recheck);
    connect(&context.transfers(), &QAbstractItemModel::rowsInserted, this, recheck);
}

void ScreenshotTour::setSceneUp()
{
    AddressBook& addressBook = m_session.context().addressBook();
    for (const TourScene::NamedAddress& contact : m_scene.contacts) {
        if (const Status added = addressBook.setLabel(contact.address, contact.label, true);
            !added) {
            finish(QStringLiteral("cannot add the contact %1: %2")
                       .arg(contact.label, messageOf(added.error())));
            return;
        }
    }
    if (!m_scene.watchOnly)
        return;
    // As the Accounts page adds one: the account (to the second, as the store keeps it), then
    // its name.
    const store::WatchOnlyAccount account{
        m_scene.watchOnly->address,
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC), std::nullopt};
    Status added = store::WatchOnlyAccountStore(m_session.context().store()).add(account);
    if (added)
        added = addressBook.setLabel(account.address, m_scene.watchOnly->label, false);
    if (!added)
        finish(QStringLiteral("cannot add the watch-only account %1: %2")
                   .arg(m_scene.watchOnly->label, messageOf(added.error())));
}

QStringList ScreenshotTour::missing() const
{
    const AppContext& context = m_session.context();
    const WalletModel& wallet = context.wallet();
    QStringList missing;
    if (!m_started)
        missing << QStringLiteral("the start-up (import, unlock) is not done");
    if (!wallet.account())
        return missing;

    if (context.chain().status() != ConnectionStatus::Connected)
        missing << QStringLiteral("overview: not connected");
    const auto& listed = context.balances().tokens();
    for (const Address& token : m_tokens) {
        if (std::none_of(listed.begin(), listed.end(),
                         [&token](const TokenBalance& entry) { return entry.contract == token; }))
            missing << QStringLiteral("overview: token %1 not listed")
                           .arg(QString::fromStdString(token.checksummed()));
    }
    const TokenTableModel& balances = *wallet.tokens();
    if (balances.rowCount() == 0)
        missing << QStringLiteral("overview: no balance");
    for (int row = 0; row < balances.rowCount(); ++row) {
        const TokenBalance& token = balances.token(row);
        // An SRC20 balance is read with the account's key: not while locked.
        if (!token.balance && (token.kind != TokenKind::Src20 || wallet.isUnlocked()))
            missing << QStringLiteral("overview: the balance of %1 is not read").arg(token.symbol);
    }

    const auto keyState = context.viewingKey().state();
    if (wallet.isUnlocked() && (keyState == ViewingKeyService::State::Checking ||
                                keyState == ViewingKeyService::State::Unavailable))
        missing << QStringLiteral("viewing key: not checked");

    if (!listed.empty()) {
        if (context.transferMonitor().state() != TransferMonitor::State::Live)
            missing << QStringLiteral("transfers: not live");
        if (context.transfers().rowCount() == 0)
            missing << QStringLiteral("transfers: no transfer");
    }

    if (m_accountsTable && !m_balancesShown)
        missing << QStringLiteral("accounts: a balance is not read");
    if (!m_awaitedTransfer.isEmpty())
        missing
            << QStringLiteral("transfers: the transfer %1 is not listed").arg(m_awaitedTransfer);
    if (m_pendingId != 0) {
        const auto record = wallet.history()->find(m_pendingId);
        if (!record || record->stage != SendStage::Sent)
            missing << QStringLiteral("history: the transfer sent while mining is paused is not "
                                      "sent");
        else if (record->isPending())
            missing << QStringLiteral("history: the transfer sent while mining was paused is "
                                      "still pending");
    }
    return missing;
}

void ScreenshotTour::check()
{
    if (m_saving || m_done || !missing().isEmpty())
        return;
    m_saving = true;
    if (m_session.context().balances().tokens().empty())
        capture();
    else
        waitForOneMoreTransfer();
}

void ScreenshotTour::waitForOneMoreTransfer()
{
    // So that the live table shows a transfer that arrived while the page was live, not only
    // the history it loaded.
    auto* arrived = new QObject(this);
    connect(&m_session.context().transfers(), &QAbstractItemModel::rowsInserted, arrived,
            [this, arrived] {
                arrived->deleteLater();
                capture();
            });
}

void ScreenshotTour::capture()
{
    if (m_accountsTable)
        return; // under way
    // The Accounts page reads the balances when it is shown, and keeps them when shown again:
    // shown once now, its picture has them.
    MainWindow& window = m_session.window();
    window.showPage(MainWindow::Page::Accounts);
    auto* page = window.findChild<AccountsPage*>();
    auto* table = page ? page->findChild<QTableWidget*>() : nullptr;
    if (!table) {
        finish(QStringLiteral("the Accounts page has no table"));
        return;
    }
    m_accountsTable = table;
    connect(table->model(), &QAbstractItemModel::dataChanged, this,
            &ScreenshotTour::accountBalancesChanged);
    accountBalancesChanged();
}

bool ScreenshotTour::accountBalancesShown() const
{
    // The balance is the last column; a row without one is still being read.
    const int balance = m_accountsTable->columnCount() - 1;
    for (int row = 0; row < m_accountsTable->rowCount(); ++row) {
        const QTableWidgetItem* item = m_accountsTable->item(row, balance);
        if (!item || item->text().isEmpty())
            return false;
    }
    return true;
}

void ScreenshotTour::accountBalancesChanged()
{
    if (m_done || m_balancesShown || !accountBalancesShown())
        return;
    m_balancesShown = true;
    disconnect(m_accountsTable->model(), &QAbstractItemModel::dataChanged, this,
               &ScreenshotTour::accountBalancesChanged);
    sendPendingTransferOrSave();
}

void ScreenshotTour::sendPendingTransferOrSave()
{
    std::optional<SendRequest> transfer;
    if (!m_scene.devnetRpc.isEmpty() && m_session.context().wallet().isUnlocked())
        transfer = pendingTransfer();
    if (!transfer) {
        save();
        return;
    }
    auto mining = DevnetMining::connect(m_scene.devnetRpc);
    if (!mining) {
        finish(QStringLiteral("cannot reach the devnet: %1").arg(messageOf(mining.error())));
        return;
    }
    m_mining = std::move(mining).value();
    if (!m_scene.trafficPidFile.isEmpty()) {
        m_traffic = std::make_unique<DemoTraffic>(m_scene.trafficPidFile);
        if (const Status held = m_traffic->pause(); !held) {
            finish(messageOf(held.error()));
            return;
        }
    }
    sendWhileMiningIsPaused(std::move(*transfer));
}

std::optional<SendRequest> ScreenshotTour::pendingTransfer() const
{
    const TokenTableModel& balances = *m_session.context().wallet().tokens();
    std::optional<SendRequest> chosen;
    for (int row = 0; row < balances.rowCount(); ++row) {
        const TokenBalance& token = balances.token(row);
        const auto one = parseUnits("1", token.decimals);
        const bool shielded = token.kind == TokenKind::Src20;
        if (!one || !token.balance || *token.balance < *one ||
            (!shielded && token.kind != TokenKind::Native) || (chosen && !shielded))
            continue;
        SendRequest request;
        request.kind = SendRequest::Kind::Transfer;
        request.tokenKind = token.kind;
        request.token = token.contract;
        request.symbol = token.symbol;
        request.decimals = token.decimals;
        request.recipient = m_scene.pendingRecipient;
        request.recipientLabel = m_session.context().addressBook().labelFor(request.recipient);
        request.amount = *one;
        chosen = std::move(request);
        if (shielded)
            break;
    }
    return chosen;
}

QCoro::Task<> ScreenshotTour::sendWhileMiningIsPaused(SendRequest request)
{
    const QPointer<ScreenshotTour> self(this);
    const Status paused = co_await m_mining->pause();
    if (!self || m_done)
        co_return;
    if (!paused) {
        finish(
            QStringLiteral("cannot pause the devnet's mining: %1").arg(messageOf(paused.error())));
        co_return;
    }
    SendService& send = m_session.context().send();
    // The demo traffic has sent from this account since the client connected: the count of
    // nonces the client keeps is stale, so the node is asked again.
    if (client::WalletClient* client = send.client())
        client->nonces()->resync();
    auto prepared = co_await send.prepare(request);
    if (!self || m_done)
        co_return;
    if (!prepared) {
        resumeMining(QStringLiteral("the pending transfer cannot be sent: %1")
                         .arg(errorLine(prepared.error())));
        co_return;
    }
    m_pendingConnection =
        connect(&send, &SendService::recordChanged, this, &ScreenshotTour::pendingTransferChanged);
    m_pendingRequest = request;
    m_pendingId = send.send(request, std::move(prepared).value());
}

void ScreenshotTour::pendingTransferChanged(const TxRecord& record)
{
    if (m_done || record.id != m_pendingId)
        return;
    if (record.stage == SendStage::NotSent) {
        disconnect(m_pendingConnection);
        // A transaction of the traffic sent before it was held may still take the nonce
        // between the count and the send: the transfer is prepared again, as the user would.
        if (++m_sendAttempts < kSendAttempts)
            sendWhileMiningIsPaused(m_pendingRequest);
        else
            resumeMining(QStringLiteral("the pending transfer was not sent: %1").arg(record.error));
    } else if (record.stage == SendStage::Sent && record.isPending() && !m_pendingSaved) {
        m_pendingSaved = true;
        MainWindow& window = m_session.window();
        window.showPage(MainWindow::Page::History);
        // Selected, as the user would to speed it up or cancel it: the buttons are enabled.
        if (auto* pending = window.findChild<QTableView*>(QStringLiteral("pendingView")))
            pending->selectRow(0);
        if (grab(window, QStringLiteral("pending")))
            resumeMining({});
    } else if (record.stage == SendStage::Sent && !record.isPending()) {
        // Confirmed (or failed, expired, replaced): the history shows its outcome, and the
        // Transfers page a confirmed token transfer once the watch delivers it.
        disconnect(m_pendingConnection);
        if (record.status == client::TxStatus::Confirmed && record.hash &&
            m_pendingRequest.tokenKind != TokenKind::Native)
            waitForTransferOf(QString::fromStdString(record.hash->hex()));
        else
            save();
    }
}

void ScreenshotTour::waitForTransferOf(const QString& hash)
{
    const TransferTableModel& transfers = m_session.context().transfers();
    const auto shown = [&transfers, hash](int first, int last) {
        for (int row = first; row <= last; ++row)
            if (transfers.index(row, 0).data(TransferTableModel::TxHashRole).toString() == hash)
                return true;
        return false;
    };
    // New rows come in at the top; it may be there already.
    if (shown(0, std::min(transfers.rowCount(), TransferTableModel::kPageSize) - 1)) {
        save();
        return;
    }
    m_awaitedTransfer = hash;
    auto* arrived = new QObject(this);
    connect(&transfers, &QAbstractItemModel::rowsInserted, arrived,
            [this, arrived, shown](const QModelIndex&, int first, int last) {
                if (m_done || !shown(first, last))
                    return;
                arrived->deleteLater();
                save();
            });
}

QCoro::Task<> ScreenshotTour::resumeMining(QString error)
{
    const QPointer<ScreenshotTour> self(this);
    const Status resumed = co_await m_mining->resume();
    if (!self || m_done)
        co_return;
    if (m_traffic)
        m_traffic->resume();
    if (!error.isEmpty())
        finish(error);
    else if (!resumed)
        finish(QStringLiteral("cannot resume the devnet's mining: %1")
                   .arg(messageOf(resumed.error())));
}

void ScreenshotTour::save()
{
    MainWindow& window = m_session.window();
    for (int page = 0; page < int(std::size(kPageNames)); ++page) {
        window.showPage(static_cast<MainWindow::Page>(page));
        if (!grab(window, QString::fromLatin1(kPageNames[page])))
            return;
    }
    window.showPage(MainWindow::Page::Overview);

    AppContext& context = m_session.context();
    if (const auto account = context.wallet().account()) {
        ReceiveDialog receive(*account, context.viewingKey(), &window);
        receive.show();
        const bool saved = grab(receive, QStringLiteral("receive"));
        receive.close();
        if (!saved)
            return;
    }

    SettingsDialog settings(context.settings(), context.chain(), &window);
    settings.show();
    if (!grab(settings, QStringLiteral("settings")))
        return;
    auto* tabs = settings.findChild<QTabWidget*>();
    auto* notifications = settings.findChild<NotificationSettingsTab*>();
    if (!tabs || !notifications) {
        finish(QStringLiteral("the settings have no Notifications tab"));
        return;
    }
    tabs->setCurrentWidget(notifications);
    if (!grab(settings, QStringLiteral("settings-notifications")))
        return;
    settings.close();
    finish({});
}

bool ScreenshotTour::grab(QWidget& widget, const QString& name)
{
    if (!QDir().mkpath(m_directory)) {
        finish(QStringLiteral("cannot create %1").arg(m_directory));
        return false;
    }
    // Lay the widget out now: a grab does not wait for the event loop to do it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        finish(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    return true;
}

void ScreenshotTour::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_traffic)
        m_traffic->resume();
    Q_EMIT finished(error);
}

} // namespace seismic::app
