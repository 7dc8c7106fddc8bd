// SPDX-License-Identifier: MIT
#include "app/store/WatchOnlyAccountStore.h"

#include "app/store/Store.h"
#include "app/store/StoreStatement.h"
#include "app/store/StoreValues.h"

namespace seismic::app {

WatchOnlyAccountStore::WatchOnlyAccountStore(Store& store)
    : m_store(store)
{}

Result<std::vector<WatchOnlyAccount>> WatchOnlyAccountStore::all() const
{
    const std::string what = "reading watch-only accounts";
    auto query = prepareStatement(
        m_store.database(),
        QStringLiteral("SELECT address, added_at FROM watch_only_accounts ORDER BY added_at,"
                       " address"),
        what);
    if (!query)
        return std::move(query).error();
    if (auto ran = executeStatement(*query, what); !ran)
        return std::move(ran).error();
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
    auto query = prepareStatement(m_store.database(),
                                  QStringLiteral("INSERT INTO watch_only_accounts (address,"
                                                 " added_at) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                  what);
    if (!query)
        return std::move(query).error();
    query->addBindValue(blobOf(account.address));
    query->addBindValue(std::max<qint64>(account.added.toSecsSinceEpoch(), 0));
    return executeStatement(*query, what);
}

Status WatchOnlyAccountStore::remove(const Address& address)
{
    const std::string what = "removing a watch-only account";
    auto query =
        prepareStatement(m_store.database(),
                         QStringLiteral("DELETE FROM watch_only_accounts WHERE address = ?"), what);
    if (!query)
        return std::move(query).error();
    query->addBindValue(blobOf(address));
    return executeStatement(*query, what);
}

} // namespace seismic::app
