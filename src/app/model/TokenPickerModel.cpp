// SPDX-License-Identifier: MIT
#include "app/model/TokenPickerModel.h"

#include "app/model/AmountText.h"
#include "app/model/TokenTableModel.h"

namespace seismic::app {

TokenPickerModel::TokenPickerModel(TokenTableModel& tokens, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_tokens(tokens)
{
    setSourceModel(&tokens);
}

QVariant TokenPickerModel::data(const QModelIndex& index, int role) const
{
    if (index.column() != TokenTableModel::SymbolColumn ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QIdentityProxyModel::data(index, role);
    const TokenBalance& token = m_tokens.token(index.row());
    if (!token.balance)
        return token.symbol;
    if (role == Qt::ToolTipRole)
        return AmountText::exact(*token.balance, token.decimals) + QLatin1Char(' ') + token.symbol;
    //: A token in the picker: %1 its symbol, %2 the account's balance of it.
    return tr("%1 — %2").arg(token.symbol, AmountText::rounded(*token.balance, token.decimals));
}

} // namespace seismic::app
