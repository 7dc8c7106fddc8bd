// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace seismic::app {

// Where transfer notifications appear: the system tray's icon (TrayNotifier), or in tests a fake
// that records them. Title and text are plain text.
class NotificationTray
{
public:
    virtual ~NotificationTray() = default;
    virtual void showNotification(const QString& title, const QString& text) = 0;
};

} // namespace seismic::app
