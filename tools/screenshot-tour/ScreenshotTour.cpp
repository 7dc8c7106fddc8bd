// SPDX-License-Identifier: MIT
#include "ScreenshotTour.h"

#include "app/AppContext.h"
#include "app/DesktopSession.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/TransferMonitor.h"
#include "app/service/ViewingKeyService.h"
#include "app/view/MainWindow.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <utility>

namespace seismic::app {
namespace {

// The pictures, in the order of MainWindow::Page.
const char* const kPageNames[] = {"overview", "send",     "transfers",    "history", "viewing-key",
                                  "log",      "accounts", "address-book", "charts"};
static_assert(std::size(kPageNames) == static_cast<std::size_t>(MainWindow::Page::Charts) + 1,
              "a picture per page");

} // namespace

ScreenshotTour::ScreenshotTour(DesktopSession& session, std::vector<Address> tokens,
                               QString directory, std::chrono::milliseconds deadline,
                               QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tokens(std::move(tokens))
    , m_directory(std::move(directory))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("the pages did not show their data in time: ") +
               missing().join(QStringLiteral("; ")));
    });
}

void ScreenshotTour::start()
{
    m_deadline.start();
    // The start-up work (import, unlock) comes first; the pages fill from then on.
    connect(&m_session, &DesktopSession::ready, this, [this] {
        m_started = true;
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
    return missing;
}

void ScreenshotTour::check()
{
    if (m_saving || m_done || !missing().isEmpty())
        return;
    m_saving = true;
    if (m_session.context().balances().tokens().empty())
        save();
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
                save();
            });
}

void ScreenshotTour::save()
{
    if (!QDir().mkpath(m_directory)) {
        finish(QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    MainWindow& window = m_session.window();
    const QDir directory(m_directory);
    for (int page = 0; page < int(std::size(kPageNames)); ++page) {
        window.showPage(static_cast<MainWindow::Page>(page));
        // Lay the page out now: a grab does not wait for the event loop to do it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString path =
            directory.filePath(QString::fromLatin1(kPageNames[page]) + QStringLiteral(".png"));
        if (!window.grab().save(path)) {
            finish(QStringLiteral("cannot write %1").arg(path));
            return;
        }
    }
    window.showPage(MainWindow::Page::Overview);

    SettingsDialog settings(m_session.context().settings(), m_session.context().chain(), &window);
    settings.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = directory.filePath(QStringLiteral("settings.png"));
    const bool saved = settings.grab().save(path);
    settings.close();
    finish(saved ? QString() : QStringLiteral("cannot write %1").arg(path));
}

void ScreenshotTour::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    Q_EMIT finished(error);
}

} // namespace seismic::app
