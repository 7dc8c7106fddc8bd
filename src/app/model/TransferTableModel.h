// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TransferRecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace seismic::app {

// The live table of token transfers on the selected network, in arrival order. Built for
// hundreds of thousands of rows: rows are appended in batches, and a transfer already shown
// (same transaction and log index) is never shown twice; when it comes again with
// `removed` set (a reorg dropped its block), its row is marked removed instead. While paused,
// new transfers are kept aside and appended on resume.
class TransferTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        BlockColumn,
        TokenColumn,
        FromColumn,
        ToColumn,
        AmountColumn,
        TxHashColumn,
        ColumnCount
    };
    enum Role
    {
        TxHashRole = Qt::UserRole + 1, // 0x-hex
        BlockRole,                     // quint64
        TokenRole,                     // checksummed token address
        FromRole,                      // checksummed
        ToRole,                        // checksummed
        AmountRole,  // exact integer in base units, decimal text; null if encrypted
        RemovedRole, // bool
    };

    explicit TransferTableModel(QObject* parent = nullptr);

    // A batch from the watcher, in order.
    void addTransfers(const std::vector<TransferRecord>& transfers);
    void clear();

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Transfers received while paused, not yet in the table.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Every transfer received since the last clear(), shown or pending: for the rate display.
    quint64 receivedCount() const { return m_received; }

    const TransferRecord& transfer(int row) const
    {
        return m_rows.at(static_cast<std::size_t>(row));
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pausedChanged();
    void countsChanged(); // row count, pending count or received count

private:
    void insert(const std::vector<TransferRecord>& transfers);
    static QByteArray keyOf(const TransferRecord& transfer);

    std::vector<TransferRecord> m_rows;
    QHash<QByteArray, int> m_rowByKey;
    std::vector<TransferRecord> m_pending;
    bool m_paused = false;
    quint64 m_received = 0;
};

} // namespace seismic::app
