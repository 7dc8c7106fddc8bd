// SPDX-License-Identifier: MIT
#include "rpc/ConnectionState.h"

namespace seismic::rpc {

std::string_view connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return "idle";
    case ConnectionState::Connecting:
        return "connecting";
    case ConnectionState::Connected:
        return "connected";
    case ConnectionState::Reconnecting:
        return "reconnecting";
    case ConnectionState::Failed:
        return "failed";
    case ConnectionState::Closed:
        return "closed";
    }
    return "unknown";
}

} // namespace seismic::rpc
