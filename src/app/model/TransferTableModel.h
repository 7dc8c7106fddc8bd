// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "store/TransferQuery.h"
#include "store/TransferRecord.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace seismic::store {
class TransferStore;
struct WatchCursor;
} // namespace seismic::store

namespace seismic::app {

class AddressBook;

// The table of token transfers of one network, paged from the store: filtering (token, address,
// direction relative to the current account) and sorting by any column are queries, and only a
// window of rows around what the view asks for is held, so a million stored transfers cost a
// few hundred rows of memory.
//
// One row per transfer (an SRC20 fan-out of logs is one transfer), newest first by default
// (the order of arrival, descending: the Time column's sort indicator). A Direction column
// (in, out, self, mint, burn, relative to the account) and a Visibility column (who can read
// an SRC20 amount) describe each; mints and burns show as such rather than as the zero address.
//
// New transfers reach it through addTransfers(): one transaction in the store (with the watch's
// cursor), then one update of the table. The table shows a snapshot of the store (rows up to a
// row id); while paused the snapshot stays, so rows neither appear nor move, and resuming moves
// it to the newest row. A reorg's removal and an amount decrypted later change rows in place.
//
// Following: while the view is at the top (setFollowing(true)) new rows simply appear there;
// while the user looks elsewhere they are counted (unseenCount(), the "n new" of the view),
// until the view is back at the top.
class TransferTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        BlockColumn,
        DirectionColumn,
        TokenColumn,
        FromColumn,
        ToColumn,
        AmountColumn,
        VisibilityColumn,
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
        AmountRole,        // exact integer in base units, decimal text; null if encrypted
        RemovedRole,       // bool
        AmountDecimalRole, // the amount in whole tokens, exact, ungrouped ("12.5"); null if none
        FlowRole,          // TransferFlow, as int
        VisibilityRole,    // the sentence of who can read the amount
    };
    using Direction = store::TransferQuery::Direction;

    // Rows read from the store at a time.
    static constexpr int kPageSize = 200;

    explicit TransferTableModel(QObject* parent = nullptr);
    ~TransferTableModel() override;

    // The store the rows come from (none: an empty table that stores nothing).
    void setStore(store::TransferStore* store);
    store::TransferStore* store() const { return m_store; }
    // The network whose transfers are shown; none: nothing.
    void setNetwork(std::optional<qint64> network);

    // Stores a batch from the watcher, in order, in one transaction (with the watch's cursor if
    // given), then updates the table once.
    Status addTransfers(const std::vector<store::TransferRecord>& transfers,
                        const store::WatchCursor* cursor = nullptr);
    // Shows what changed in the store meanwhile (amounts decrypted in place).
    void refresh();

    // The view is at the top: new rows just appear; else they count as unseen.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    // Rows that arrived while the view was not at the top.
    int unseenCount() const { return m_unseen; }

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Transfers stored while paused, not yet in the table.
    int pendingCount() const { return static_cast<int>(m_pending); }
    // Every transfer handed to addTransfers(), stored or already known: for the rate display.
    quint64 receivedCount() const { return m_received; }
    // The network's transfers in the snapshot, whatever the filters.
    qint64 totalCount() const { return m_total; }
    // The last failure to read or write the store; empty if none.
    const QString& lastError() const { return m_lastError; }

    // Filters; a change re-reads the table (one query).
    void setTokenFilter(const QString& text);
    void setAddressFilter(const QString& text);
    void setDirection(Direction direction);
    // The account directions refer to; with none, only Direction::All shows anything.
    void setAccount(const std::optional<Address>& account);
    // What the watch covers: transfers from or to `party` (an account watch), of `token` (a
    // whole-token watch); none: no bound.
    void setScope(const std::optional<Address>& party, const std::optional<Address>& token);
    const store::TransferQuery& query() const { return m_query; }
    // Names senders and recipients by their address-book labels (null: addresses only).
    void setAddressBook(const AddressBook* book);

    // The transfer of a row (read through the window); null if it cannot be read.
    const store::TransferRecord* transfer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Column -1: the order of arrival.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void pausedChanged();
    void countsChanged(); // row count, total, pending count, received or unseen count

private:
    // "Alice (0x70997970…)" for a labelled address, else the address; the tooltip has both.
    QString partyText(const Address& address) const;
    QString partyToolTip(const Address& address) const;
    void changeQuery(const store::TransferQuery& query);
    // Re-reads the counts for the current snapshot; false on a store failure.
    bool recount();
    // The filtered count only (the total is the same).
    bool recountFiltered();
    void moveSnapshot();
    void fail(const Error& error) const;
    Result<qint64> countOf(store::TransferQuery query, std::optional<qint64> afterId,
                           bool filtered) const;

    store::TransferStore* m_store = nullptr;
    store::TransferQuery m_query; // network 0: none; upToId: the snapshot
    qint64 m_rows = 0;
    qint64 m_total = 0;
    qint64 m_pending = 0;
    quint64 m_received = 0;
    bool m_paused = false;
    bool m_following = true;
    int m_unseen = 0;
    mutable QString m_lastError;
    const AddressBook* m_addressBook = nullptr;
    // The window: rows [m_windowStart, m_windowStart + m_window.size()).
    mutable qint64 m_windowStart = 0;
    mutable std::vector<store::TransferRecord> m_window;
};

} // namespace seismic::app
