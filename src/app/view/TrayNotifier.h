// SPDX-License-Identifier: MIT
#pragma once

#include "app/service/NotificationTray.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace seismic::app {

// The app's icon in the system tray, with a menu (Show/Hide the window, Pause Notifications,
// Quit), and the balloons that tell of incoming transfers. Clicking the icon or a balloon shows
// the window. Only shown where the desktop has a tray (available()).
class TrayNotifier : public QObject, public NotificationTray
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;

    // Whether the desktop has a system tray to put the icon in.
    static bool available();

    void showNotification(const QString& title, const QString& text) override;
    // The Show/Hide entry's text follows the window.
    void setWindowShown(bool shown);
    void setPaused(bool paused);
    QMenu* menu() const { return m_menu; }

Q_SIGNALS:
    void showWindowRequested();
    void toggleWindowRequested();
    void pauseRequested(bool paused);
    void quitRequested();

private:
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    QAction* m_showHide;
    QAction* m_pause;
};

} // namespace seismic::app
