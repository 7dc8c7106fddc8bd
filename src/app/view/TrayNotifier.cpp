// SPDX-License-Identifier: MIT
#include "app/view/TrayNotifier.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace seismic::app {
namespace {

// How long a balloon stays, where the desktop lets the app choose.
constexpr int kBalloonMs = 8'000;

} // namespace

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/seismic-desktop.svg")), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = m_menu->addAction(tr("&Hide Window"));
    m_showHide->setObjectName(QStringLiteral("actionTrayShowHide"));
    connect(m_showHide, &QAction::triggered, this, &TrayNotifier::toggleWindowRequested);
    m_pause = m_menu->addAction(tr("&Pause Notifications"));
    m_pause->setObjectName(QStringLiteral("actionTrayPause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayNotifier::pauseRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionTrayQuit"));
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);

    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(QGuiApplication::applicationDisplayName());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT toggleWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindowRequested);
    if (available())
        m_icon->show();
}

TrayNotifier::~TrayNotifier()
{
    // The tray icon lets go of the menu first (it has no parent: a tray menu has no window).
    delete m_icon;
    delete m_menu;
}

bool TrayNotifier::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::showNotification(const QString& title, const QString& text)
{
    m_icon->showMessage(title, text, QSystemTrayIcon::Information, kBalloonMs);
}

void TrayNotifier::setWindowShown(bool shown)
{
    m_showHide->setText(shown ? tr("&Hide Window") : tr("&Show Window"));
}

void TrayNotifier::setPaused(bool paused)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
}

} // namespace seismic::app
