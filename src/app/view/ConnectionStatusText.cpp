// SPDX-License-Identifier: MIT
#include "app/view/ConnectionStatusText.h"

#include "app/model/ChainModel.h"

#include <QCoreApplication>

namespace seismic::app {
QString connectionStatusText(const ChainModel& chain)
{
    switch (chain.status()) {
    case ConnectionStatus::NotConnected:
        return QCoreApplication::translate("ConnectionStatus", "Not connected");
    case ConnectionStatus::Connecting:
        //: %1 is the name of a network.
        return QCoreApplication::translate("ConnectionStatus", "Connecting to %1…")
            .arg(chain.network().name);
    case ConnectionStatus::Connected:
        if (chain.chainChanged())
            //: %1 is a chain ID, %2 a block number. The node was reset to a new chain.
            return QCoreApplication::translate("ConnectionStatus",
                                               "Chain changed: now chain %1 at block %2")
                .arg(chain.chainId())
                .arg(chain.blockNumber());
        //: %1 is a chain ID, %2 a block number.
        return QCoreApplication::translate("ConnectionStatus", "Connected to chain %1 at block %2")
            .arg(chain.chainId())
            .arg(chain.blockNumber());
    case ConnectionStatus::Reconnecting:
        if (chain.lastError().isEmpty())
            return QCoreApplication::translate("ConnectionStatus", "Reconnecting…");
        //: %1 is why the connection was lost, as the network layer describes it.
        return QCoreApplication::translate("ConnectionStatus", "Reconnecting (%1)…")
            .arg(chain.lastError());
    case ConnectionStatus::Failed:
        if (chain.lastError().isEmpty())
            return QCoreApplication::translate("ConnectionStatus", "Connection failed");
        //: %1 is the last error, as the network layer describes it.
        return QCoreApplication::translate("ConnectionStatus", "Connection failed: %1")
            .arg(chain.lastError());
    }
    Q_UNREACHABLE();
}

QIcon connectionStatusIcon(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected:
        return QIcon(QStringLiteral(":/icons/status-disconnected.svg"));
    case ConnectionStatus::Connecting:
    case ConnectionStatus::Reconnecting:
        return QIcon(QStringLiteral(":/icons/status-reconnecting.svg"));
    case ConnectionStatus::Connected:
        return QIcon(QStringLiteral(":/icons/status-connected.svg"));
    case ConnectionStatus::Failed:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    }
    Q_UNREACHABLE();
}

} // namespace seismic::app
