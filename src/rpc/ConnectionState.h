// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace seismic::rpc {

// What a status bar shows about an endpoint or a subscription.
enum class ConnectionState
{
    Idle,         // nothing attempted yet
    Connecting,   // first connection in progress
    Connected,    // the last exchange worked
    Reconnecting, // the connection was lost; retrying with backoff
    Failed,       // the last attempt failed; lastError() says why
    Closed,       // closed by its owner; no further use
};

std::string_view connectionStateName(ConnectionState state);

} // namespace seismic::rpc
