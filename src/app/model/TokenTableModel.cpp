// SPDX-License-Identifier: MIT
#include "app/model/TokenTableModel.h"

#include "app/model/AmountText.h"

namespace seismic::app {
namespace {

QString kindText(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Native:
        //: Type of a balance: the chain's own coin, not a token contract.
        return TokenTableModel::tr("Native coin");
    case TokenKind::Erc20:
        return TokenTableModel::tr("ERC20");
    case TokenKind::Src20:
        //: SRC20 is Seismic's token standard with encrypted amounts.
        return TokenTableModel::tr("SRC20 (shielded)");
    }
    Q_UNREACHABLE();
}

} // namespace

TokenTableModel::TokenTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TokenTableModel::setTokens(std::vector<TokenBalance> tokens)
{
    if (tokens == m_tokens)
        return;
    beginResetModel();
    m_tokens = std::move(tokens);
    endResetModel();
}

void TokenTableModel::setBalance(const std::optional<Address>& contract, const Uint256& balance)
{
    for (std::size_t row = 0; row < m_tokens.size(); ++row) {
        TokenBalance& token = m_tokens[row];
        if (token.contract != contract)
            continue;
        if (token.balance == balance)
            return;
        token.balance = balance;
        const QModelIndex cell = index(static_cast<int>(row), BalanceColumn);
        Q_EMIT dataChanged(cell, cell);
        return;
    }
}

void TokenTableModel::clear()
{
    setTokens({});
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TokenBalance& token = m_tokens[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SymbolColumn:
            return token.symbol;
        case NameColumn:
            return token.name;
        case BalanceColumn:
            return token.balance ? AmountText::rounded(*token.balance, token.decimals)
                                 : QStringLiteral("\u2014"); // an em dash: not read yet
        case KindColumn:
            return kindText(token.kind);
        case ContractColumn:
            return token.contract ? QString::fromStdString(token.contract->checksummed())
                                  : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BalanceColumn && token.balance)
            return AmountText::exact(*token.balance, token.decimals) + QLatin1Char(' ') +
                   token.symbol;
        if (index.column() == BalanceColumn)
            return token.kind == TokenKind::Src20
                       ? tr("Not read yet: a shielded balance needs the unlocked account")
                       : tr("Not read yet");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ContractRole:
        return token.contract ? QVariant(QString::fromStdString(token.contract->checksummed()))
                              : QVariant();
    case DecimalsRole:
        return token.decimals;
    case BalanceRole:
        return token.balance ? QVariant(QString::fromStdString(toDecimal(*token.balance)))
                             : QVariant();
    case KindRole:
        return static_cast<int>(token.kind);
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SymbolColumn:
        return tr("Token");
    case NameColumn:
        return tr("Name");
    case BalanceColumn:
        return tr("Balance");
    case KindColumn:
        //: Column header: native coin, ERC20 or SRC20.
        return tr("Type");
    case ContractColumn:
        return tr("Contract");
    }
    return {};
}

} // namespace seismic::app
