// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace seismic::app {

// Where the connection to the selected network stands, as the status bar shows it.
enum class ConnectionStatus
{
    NotConnected, // no client attached, or the network was just changed
    Connecting,   // first connection to the network in progress
    Connected,    // the node answers; chain id and block number are known
    Reconnecting, // the connection was lost and is being re-established
    Failed,       // the last attempt failed; ChainModel::lastError() says why
};

// Lower-case English name, for logs and diagnostics (not for the user interface).
QString connectionStatusName(ConnectionStatus status);

} // namespace seismic::app
