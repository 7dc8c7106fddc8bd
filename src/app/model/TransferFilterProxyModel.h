// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace seismic::app {

class TransferTableModel;

// Filters a TransferTableModel by token, by address and by direction relative to the current
// account. Text filters match case-insensitively anywhere in the token's symbol or address, or
// in the sender's or recipient's address. A filter change re-filters in one pass (invalidate(),
// not invalidateFilter(), whose row-by-row removals are quadratic on large tables).
class TransferFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Direction
    {
        All,
        Incoming, // to the account
        Outgoing, // from the account
    };

    explicit TransferFilterProxyModel(QObject* parent = nullptr);

    // The source model; use this rather than setSourceModel().
    void setTransfers(TransferTableModel* transfers);
    void setTokenFilter(const QString& text);
    void setAddressFilter(const QString& text);
    void setDirection(Direction direction);
    // The account directions refer to; with none, only Direction::All shows anything.
    void setAccount(const std::optional<Address>& account);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const TransferTableModel* m_transfers = nullptr;
    QString m_token;
    std::string m_tokenAddress; // the token filter as an address: lower case, without 0x
    std::string m_address;      // lower case, without 0x
    Direction m_direction = Direction::All;
    std::optional<Address> m_account;
};

} // namespace seismic::app
