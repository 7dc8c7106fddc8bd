// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TokenBalance.h"

#include <QAbstractTableModel>

#include <vector>

namespace seismic::app {

// The account's balances: the native coin and the tokens the client watches. The client sets
// the token list (after reading and validating each token's metadata) and updates balances as
// they are read; an unchanged balance emits nothing.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SymbolColumn,
        NameColumn,
        BalanceColumn,
        KindColumn,
        ContractColumn,
        ColumnCount
    };
    enum Role
    {
        ContractRole = Qt::UserRole + 1, // checksummed address; null for the native coin
        DecimalsRole,                    // unsigned
        BalanceRole, // exact integer in base units, decimal text; null if unknown
        KindRole,    // int(TokenKind)
    };

    explicit TokenTableModel(QObject* parent = nullptr);

    void setTokens(std::vector<TokenBalance> tokens);
    // The balance of the token at `contract` (none: the native coin); ignored for a token that
    // is not in the table.
    void setBalance(const std::optional<Address>& contract, const Uint256& balance);
    void clear();

    const TokenBalance& token(int row) const { return m_tokens.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TokenBalance> m_tokens;
};

} // namespace seismic::app
