// SPDX-License-Identifier: MIT
#include "store/WatchOnlyAccountStore.h"

#include "store/Store.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

namespace seismic::store {

WatchOnlyAccountStore::WatchOnlyAccountStore(Store& store)
    : m_store(store)
{}

Result<std::vector<WatchOnlyAccount>> WatchOnlyAccountStore::all() const
{
    const std::string what = "reading watch-only accounts";
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("SELECT address, added_at FROM watch_only_accounts ORDER BY added_at,"
                       " address"),
        {}, what);
    if (!query)
        return std::move(query).error();
    std::vector<WatchOnlyAccount> accounts;
    while (query->next()) {
        auto address = readAddress(query->value(0), "watch_only_accounts.address");
        if (!address)
            return std::move(address).error();
        auto added = readUnsigned(query->value(1), "watch_only_accounts.added_at");
        if (!added)
            return std::move(added).error();
        accounts.push_back(
            {*address, QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*added), Qt::UTC)});
    }
    return accounts;
}

Status WatchOnlyAccountStore::add(const WatchOnlyAccount& account)
{
    const std::string what = "adding a watch-only account";
    return executeSql(
        m_store.database(),
        QStringLiteral("INSERT INTO watch_only_accounts (address, added_at)"
                       " VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {blobOf(account.address), std::max<qint64>(account.added.toSecsSinceEpoch(), 0)}, what);
}

Status WatchOnlyAccountStore::remove(const Address& address)
{
    const std::string what = "removing a watch-only account";
    return executeSql(m_store.database(),
                      QStringLiteral("DELETE FROM watch_only_accounts WHERE address = ?"),
                      {blobOf(address)}, what);
}

} // namespace seismic::store
