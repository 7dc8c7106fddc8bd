// SPDX-License-Identifier: MIT
#include "app/model/PendingTransactionsModel.h"

#include "app/model/TxHistoryModel.h"

#include <algorithm>
#include <climits>

namespace seismic::app {

PendingTransactionsModel::PendingTransactionsModel(TxHistoryModel& history, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_history(history)
{
    // A record that leaves Pending leaves the list at once.
    setDynamicSortFilter(true);
    setSourceModel(&history);
}

void PendingTransactionsModel::setHead(quint64 block)
{
    if (block == m_head)
        return;
    m_head = block;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TxHistoryModel::StatusColumn),
                           index(rowCount() - 1, TxHistoryModel::StatusColumn));
}

const TxRecord& PendingTransactionsModel::record(int row) const
{
    return m_history.record(mapToSource(index(row, 0)).row());
}

QString PendingTransactionsModel::expiryText(const TxRecord& record, quint64 head)
{
    if (!record.expiresAt)
        //: A pending transparent transaction: it waits until it is mined or replaced.
        return tr("Pending (does not expire)");
    if (head == 0)
        //: %1 is the last block that may include a pending shielded transaction.
        return tr("Pending: expires after block %1").arg(*record.expiresAt);
    if (head > *record.expiresAt)
        //: %1 is a block number.
        return tr("Expired after block %1; waiting for the node").arg(*record.expiresAt);
    const auto left = static_cast<int>(std::min<quint64>(*record.expiresAt - head, INT_MAX));
    //: %n is the number of blocks left, %1 the last block that may include the transaction.
    return tr("Pending: expires in %n block(s) (after block %1)", nullptr, left)
        .arg(*record.expiresAt);
}

QVariant PendingTransactionsModel::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && index.column() == TxHistoryModel::StatusColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return expiryText(record(index.row()), m_head);
    return QSortFilterProxyModel::data(index, role);
}

bool PendingTransactionsModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const TxRecord& record = m_history.record(sourceRow);
    return record.stage == SendStage::Sent && record.isPending();
}

} // namespace seismic::app
