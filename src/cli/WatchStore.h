// SPDX-License-Identifier: MIT
#pragma once

#include "client/BlockCursor.h"
#include "client/Transfer.h"
#include "client/TransferEvent.h"
#include "client/TransferWatchOptions.h"
#include "core/Result.h"
#include "store/NetworkIdentity.h"
#include "store/TransferLogIndex.h"
#include "store/TransferRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace seismic::store {
class Store;
} // namespace seismic::store

namespace seismic::cli {

// The store behind `seismic-cli watch --store FILE`: where the watch resumes (the stored
// cursor of this network and filter), and what it delivers, kept per batch: the events of a
// finished chunk and the cursor after them in one transaction, live events (which carry no
// cursor) at the end of the event-loop turn that brought them. A rewind withdraws the rows
// above the common block. A kill at any moment leaves a cursor that its rows cover.
class WatchStore : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<WatchStore>> open(const QString& path);
    ~WatchStore() override;

    // Selects the network and watch, and returns `options` resuming after the stored cursor;
    // without one, from `options` as they are.
    Result<client::TransferWatchOptions> resume(const store::NetworkIdentity& network,
                                                client::TransferWatchOptions options);
    // The per-log events of a batch (transfersReceived), whose fan-out logs add() keeps with
    // the batch's transfers.
    void rememberLogs(const QList<client::TransferEvent>& events);
    // Holds delivered transfers (groupedTransfersReceived: one row per transfer) until their
    // cursor, or until the end of this turn.
    void add(const QList<client::Transfer>& transfers);
    // Stores what is held with the cursor that covers it.
    Status advance(const client::BlockCursor& cursor);
    // Stores what is held, then withdraws the rows above `block`.
    Status rewind(quint64 block);
    // Stores what is held (events not yet covered by a cursor).
    Status flush();

Q_SIGNALS:
    // A write failed: the watch must stop, or its cursor would lie.
    void failed(const seismic::Error& error);

private:
    explicit WatchStore(std::unique_ptr<store::Store> store);
    Status write(const client::BlockCursor* cursor);

    std::unique_ptr<store::Store> m_store;
    qint64 m_network = 0;
    QString m_watch;
    std::vector<store::TransferRecord> m_held;
    store::TransferLogIndex m_logs;
    bool m_flushQueued = false;
};

} // namespace seismic::cli
