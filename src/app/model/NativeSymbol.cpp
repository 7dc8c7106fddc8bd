// SPDX-License-Identifier: MIT
#include "app/model/NativeSymbol.h"

#include "app/model/TokenTableModel.h"

namespace seismic::app {

QString nativeSymbol(const TokenTableModel& tokens)
{
    for (int row = 0; row < tokens.rowCount(); ++row) {
        if (tokens.token(row).kind == TokenKind::Native && !tokens.token(row).symbol.isEmpty())
            return tokens.token(row).symbol;
    }
    return QStringLiteral("ETH");
}

} // namespace seismic::app
