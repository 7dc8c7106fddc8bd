// SPDX-License-Identifier: MIT
#include "cli/WatchStore.h"

#include "store/Store.h"
#include "store/TransferStore.h"
#include "store/WatchCursorStore.h"

#include <QTimer>

namespace seismic::cli {

Result<std::unique_ptr<WatchStore>> WatchStore::open(const QString& path)
{
    auto opened = store::Store::open(path);
    if (!opened)
        return std::move(opened).error();
    return std::unique_ptr<WatchStore>(new WatchStore(std::move(opened).value()));
}

WatchStore::WatchStore(std::unique_ptr<store::Store> store)
    : m_store(std::move(store))
{}

WatchStore::~WatchStore() = default;

Result<client::TransferWatchOptions> WatchStore::resume(const store::NetworkIdentity& network,
                                                        client::TransferWatchOptions options)
{
    auto key = store::networkKey(*m_store, network);
    if (!key)
        return std::move(key).error();
    m_network = *key;
    m_watch = store::watchNameOf(options);
    auto cursor = store::WatchCursorStore(*m_store).load(m_network, m_watch);
    if (!cursor)
        return std::move(cursor).error();
    if (*cursor && (*cursor)->blockHash) {
        // The watcher checks that the block is still on the chain, and goes back to where the
        // chains part if not (rewound).
        options.resumeFrom = client::BlockCursor{(*cursor)->blockNumber, *(*cursor)->blockHash};
    } else if (*cursor) {
        options.fromBlock = (*cursor)->blockNumber + 1;
    }
    return options;
}

void WatchStore::rememberLogs(const QList<client::TransferEvent>& events)
{
    m_logs.remember(events);
}

void WatchStore::add(const QList<client::Transfer>& transfers)
{
    for (const client::Transfer& transfer : transfers) {
        if (transfer.kind == client::TransferKind::Approval)
            continue;
        const QDateTime time =
            transfer.blockTimestamp
                ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*transfer.blockTimestamp))
                : QDateTime();
        m_held.push_back(store::transferRecordOf(transfer, {}, 18, time, m_logs.logsOf(transfer)));
    }
    m_logs.clear();
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_flushQueued = false;
        if (auto flushed = flush(); !flushed)
            Q_EMIT failed(flushed.error());
    });
}

Status WatchStore::advance(const client::BlockCursor& cursor)
{
    return write(&cursor);
}

Status WatchStore::rewind(quint64 block)
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    auto withdrawn = store::TransferStore(*m_store).withdrawAbove(m_network, block);
    if (!withdrawn)
        return std::move(withdrawn).error();
    return {};
}

Status WatchStore::flush()
{
    if (m_held.empty())
        return {};
    return write(nullptr);
}

Status WatchStore::write(const client::BlockCursor* cursor)
{
    const auto held = std::exchange(m_held, {});
    if (!cursor)
        return store::TransferStore(*m_store).write(m_network, held);
    const store::WatchCursor saved{m_watch, cursor->number, cursor->hash};
    return store::TransferStore(*m_store).write(m_network, held, &saved);
}

} // namespace seismic::cli
