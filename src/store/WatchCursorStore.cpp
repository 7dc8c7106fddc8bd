// SPDX-License-Identifier: MIT
#include "store/WatchCursorStore.h"

#include "client/TransferWatchOptions.h"
#include "seismic/Src20Amount.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

#include <QStringList>

namespace seismic::store {

QString watchNameOf(const client::TransferWatchOptions& options)
{
    QStringList tokens;
    for (const client::TokenSpec& token : options.tokens)
        tokens << (token.address ? QString::fromStdString(token.address->lowerHex())
                                 : QStringLiteral("any"));
    QStringList accounts;
    for (const Address& account : options.accounts)
        accounts << QString::fromStdString(account.lowerHex());
    QStringList keys;
    for (const SymmetricKey& key : options.viewingKeys)
        keys << QString::fromStdString(viewingKeyHash(key).hex());
    tokens.sort();
    accounts.sort();
    keys.sort();
    return QStringLiteral("tokens=%1;accounts=%2;keys=%3;all-src20=%4")
        .arg(tokens.join(QLatin1Char(',')), accounts.join(QLatin1Char(',')),
             keys.join(QLatin1Char(',')),
             options.allSrc20Events ? QStringLiteral("yes") : QStringLiteral("no"));
}

WatchCursorStore::WatchCursorStore(Store& store)
    : m_store(store)
{}

Result<std::optional<WatchCursor>> WatchCursorStore::load(qint64 network,
                                                          const QString& watch) const
{
    const std::string what = "reading a watch cursor";
    auto query = runStatement(m_store.database(),
                              QStringLiteral("SELECT block_number, block_hash FROM"
                                             " watch_cursors WHERE network = ? AND watch = ?"),
                              {network, watch}, what);
    if (!query)
        return std::move(query).error();
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
    return executeSql(
        m_store.database(),
        QStringLiteral("INSERT INTO watch_cursors (network, watch, block_number, block_hash)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (network, watch) DO UPDATE SET"
                       " block_number = excluded.block_number, block_hash = excluded.block_hash"),
        {network, cursor.watch, static_cast<qlonglong>(cursor.blockNumber),
         cursor.blockHash ? QVariant(blobOf(cursor.blockHash->view())) : nullBlob()},
        what);
}

} // namespace seismic::store
