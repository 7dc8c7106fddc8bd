// SPDX-License-Identifier: MIT
#include "app/store/WatchCursorStore.h"

#include "app/store/Store.h"
#include "app/store/StoreError.h"
#include "app/store/StoreStatement.h"
#include "app/store/StoreValues.h"

namespace seismic::app {

WatchCursorStore::WatchCursorStore(Store& store)
    : m_store(store)
{}

Result<std::optional<WatchCursor>> WatchCursorStore::load(qint64 network,
                                                          const QString& watch) const
{
    const std::string what = "reading a watch cursor";
    auto query = prepareStatement(m_store.database(),
                                  QStringLiteral("SELECT block_number, block_hash FROM"
                                                 " watch_cursors WHERE network = ? AND watch = ?"),
                                  what);
    if (!query)
        return std::move(query).error();
    query->addBindValue(network);
    query->addBindValue(watch);
    if (auto ran = executeStatement(*query, what); !ran)
        return std::move(ran).error();
    if (!query->next())
        return std::optional<WatchCursor>();
    WatchCursor cursor;
    cursor.watch = watch;
    auto block = readUnsigned(query->value(0), "watch_cursors.block_number");
    if (!block)
        return std::move(block).error();
    cursor.blockNumber = *block;
    if (!query->value(1).isNull()) {
        auto hash = readHash(query->value(1), "watch_cursors.block_hash");
        if (!hash)
            return std::move(hash).error();
        cursor.blockHash = *hash;
    }
    return std::optional<WatchCursor>(std::move(cursor));
}

Status WatchCursorStore::save(qint64 network, const WatchCursor& cursor)
{
    const std::string what = "saving a watch cursor";
    if (cursor.watch.size() > kMaxWatchLength ||
        cursor.blockNumber > static_cast<std::uint64_t>(INT64_MAX))
        return makeError(ErrorKind::InvalidArgument, "the watch cursor is out of range");
    auto query = prepareStatement(
        m_store.database(),
        QStringLiteral("INSERT INTO watch_cursors (network, watch, block_number, block_hash)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (network, watch) DO UPDATE SET"
                       " block_number = excluded.block_number, block_hash = excluded.block_hash"),
        what);
    if (!query)
        return std::move(query).error();
    query->addBindValue(network);
    query->addBindValue(cursor.watch);
    query->addBindValue(static_cast<qlonglong>(cursor.blockNumber));
    query->addBindValue(cursor.blockHash ? QVariant(blobOf(cursor.blockHash->view()))
                                         : QVariant(QMetaType::fromType<QByteArray>()));
    return executeStatement(*query, what);
}

} // namespace seismic::app
