// SPDX-License-Identifier: MIT
#include "app/model/TransferFilterProxyModel.h"

#include "app/model/TransferTableModel.h"

namespace seismic::app {
namespace {

// Addresses are compared in lower-case hex without 0x, so that "0xF39F" and "f39f" both match.
std::string normalizedFilter(const QString& text)
{
    QString filter = text.trimmed().toLower();
    if (filter.startsWith(QLatin1String("0x")))
        filter.remove(0, 2);
    return filter.toStdString();
}

bool containsAddress(const Address& address, const std::string& filter)
{
    return address.lowerHex().find(filter) != std::string::npos;
}

} // namespace

TransferFilterProxyModel::TransferFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void TransferFilterProxyModel::setTransfers(TransferTableModel* transfers)
{
    m_transfers = transfers;
    setSourceModel(transfers);
}

void TransferFilterProxyModel::setTokenFilter(const QString& text)
{
    const QString token = text.trimmed();
    if (token == m_token)
        return;
    m_token = token;
    m_tokenAddress = normalizedFilter(token);
    invalidate();
}

void TransferFilterProxyModel::setAddressFilter(const QString& text)
{
    const std::string address = normalizedFilter(text);
    if (address == m_address)
        return;
    m_address = address;
    invalidate();
}

void TransferFilterProxyModel::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidate();
}

void TransferFilterProxyModel::setAccount(const std::optional<Address>& account)
{
    if (account == m_account)
        return;
    m_account = account;
    invalidate();
}

bool TransferFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const TransferRecord& transfer = m_transfers->transfer(sourceRow);
    switch (m_direction) {
    case Direction::All:
        break;
    case Direction::Incoming:
        if (transfer.to != m_account)
            return false;
        break;
    case Direction::Outgoing:
        if (transfer.from != m_account)
            return false;
        break;
    }
    if (!m_address.empty() && !containsAddress(transfer.from, m_address) &&
        !containsAddress(transfer.to, m_address))
        return false;
    if (!m_token.isEmpty() && !transfer.tokenSymbol.contains(m_token, Qt::CaseInsensitive) &&
        !containsAddress(transfer.token, m_tokenAddress))
        return false;
    return true;
}

} // namespace seismic::app
