// SPDX-License-Identifier: MIT
#include "client/ConnectionStatus.h"

namespace seismic::client {

QString connectionStatusName(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected:
        return QStringLiteral("not connected");
    case ConnectionStatus::Connecting:
        return QStringLiteral("connecting");
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::Reconnecting:
        return QStringLiteral("reconnecting");
    case ConnectionStatus::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
}

} // namespace seismic::client
