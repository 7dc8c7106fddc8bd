// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace seismic::app {

class TxHistoryModel;
struct TxRecord;

// The history's transactions that were sent and are not in a block yet, as they change (a
// filter over TxHistoryModel, its columns). The status column says how long a shielded one has
// left: "Pending: expires in 87 blocks (after block 1234)", judged against the chain head given
// to setHead(); a transparent one does not expire.
class PendingTransactionsModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PendingTransactionsModel(TxHistoryModel& history, QObject* parent = nullptr);

    // The latest block of the chain (0: unknown).
    void setHead(quint64 block);
    quint64 head() const { return m_head; }
    // The record of a row of this model.
    const TxRecord& record(int row) const;
    // "Pending: expires in 87 blocks (after block 1234)", translated.
    static QString expiryText(const TxRecord& record, quint64 head);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TxHistoryModel& m_history;
    quint64 m_head = 0;
};

} // namespace seismic::app
