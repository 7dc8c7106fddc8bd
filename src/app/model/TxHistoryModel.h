// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TxRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace seismic::app {

class AddressBook;

// The transactions sent from this app for the current account, newest last. The send activity
// adds a record when it starts and updates it at every step; TxHistoryStore keeps it on disk.
class TxHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        ToColumn,
        AmountColumn,
        StatusColumn,
        NonceColumn,
        BlockColumn,
        GasUsedColumn,
        HashColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // quint64
        TxHashRole,                // 0x-hex; null until signed
        StatusRole,                // int(client::TxStatus): the chain's word once sent
        RawActionRole,             // the function's signature, e.g. "transfer(address,suint256)"
    };

    explicit TxHistoryModel(QObject* parent = nullptr);

    // Appends `record` under a fresh id, which it returns.
    quint64 add(TxRecord record);
    // Replaces the record with the same id; an unknown id or an unchanged record does nothing.
    void update(const TxRecord& record);
    // Replaces every record (a history read from disk); ids are kept, new ones follow them.
    void reset(std::vector<TxRecord> records);
    void clear();

    const TxRecord& record(int row) const { return m_records.at(static_cast<std::size_t>(row)); }
    const std::vector<TxRecord>& records() const { return m_records; }
    // The record with this id or hash, if there is one.
    std::optional<TxRecord> find(quint64 id) const;
    std::optional<TxRecord> find(const Hash& hash) const;
    // What the transaction did, in words (translated): "Sent 12.5 SDT to 0xAb12…5678", "Called
    // setNumber on 0x5FbD…0aa3", "Registered a viewing key"; an address the book labels is named
    // by its label ("Sent 12.5 SDT to Alice").
    static QString description(const TxRecord& record, const AddressBook* book = nullptr);
    // Names recipients by their address-book labels (null: short addresses only).
    void setAddressBook(const AddressBook* book);
    // "Confirmed in block 12", "Failed: execution reverted: …", translated.
    static QString statusText(const TxRecord& record);
    // Whether `record` contains `text` (ignoring case) in what the history shows of it (its
    // words, status, hash) or in its function's signature or addresses: the history page's
    // filter. Every record contains the empty text.
    bool contains(const TxRecord& record, const QString& text) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TxRecord> m_records;
    quint64 m_nextId = 1;
    const AddressBook* m_addressBook = nullptr;
};

} // namespace seismic::app
