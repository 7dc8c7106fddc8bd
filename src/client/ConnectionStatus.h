// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace seismic::client {

// Where the connection to a node stands, as a status bar shows it: ChainHead's state, and the
// app's before it has a client.
enum class ConnectionStatus
{
    NotConnected, // no client, or the network was just changed
    Connecting,   // first connection in progress
    Connected,    // the node answers and follows a chain whose id and head are known
    Reconnecting, // the node went away (closed, failing, or silent); trying again
    Failed,       // the node cannot be used as it is (unreachable at first, or another chain)
};

// Lower-case English name, for logs and diagnostics (not for the user interface).
QString connectionStatusName(ConnectionStatus status);

} // namespace seismic::client
