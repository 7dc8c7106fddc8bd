// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace seismic::app {

class TokenTableModel;

// The symbol of the coin fees are paid in: the native token's in `tokens`, else "ETH" (the coin
// of every Seismic network).
QString nativeSymbol(const TokenTableModel& tokens);

} // namespace seismic::app
