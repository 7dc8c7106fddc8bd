// SPDX-License-Identifier: MIT
#include "store/WatchOnlyAccountStore.h"

#include "core/WipeOnExit.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

namespace seismic::store {
namespace {

constexpr const char* kKeyColumn = "watch_only_accounts.viewing_key";

Result<std::optional<SymmetricKey>> readViewingKey(const QVariant& value)
{
    if (value.isNull())
        return std::optional<SymmetricKey>();
    auto blob = readBlob(value, kKeyColumn, SymmetricKey::kSize);
    if (!blob)
        return std::move(blob).error();
    // This copy at least (the query's row holds another until it is destroyed).
    const WipeOnExit<QByteArray> wipe(*blob);
    if (blob->size() != static_cast<qsizetype>(SymmetricKey::kSize))
        return storeError(StoreFailure::Corrupt,
                          std::string(kKeyColumn) + " holds a BLOB that is too short");
    auto key = SymmetricKey::fromBytes(
        ByteView(reinterpret_cast<const std::uint8_t*>(blob->constData()), SymmetricKey::kSize));
    if (!key)
        return std::move(key).error();
    return std::optional<SymmetricKey>(std::move(key).value());
}

QVariant keyValue(const std::optional<SymmetricKey>& key)
{
    return key ? QVariant(blobOf(key->bytes())) : nullBlob();
}

} // namespace

WatchOnlyAccountStore::WatchOnlyAccountStore(Store& store)
    : m_store(store)
{}

Result<std::vector<WatchOnlyAccount>> WatchOnlyAccountStore::all() const
{
    return select(std::nullopt);
}

Result<std::optional<WatchOnlyAccount>> WatchOnlyAccountStore::find(const Address& address) const
{
    auto found = select(address);
    if (!found)
        return std::move(found).error();
    if (found->empty())
        return std::optional<WatchOnlyAccount>();
    return std::optional<WatchOnlyAccount>(std::move(found->front()));
}

Result<std::vector<WatchOnlyAccount>>
WatchOnlyAccountStore::select(const std::optional<Address>& address) const
{
    const std::string what = "reading watch-only accounts";
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("SELECT address, added_at, viewing_key FROM watch_only_accounts%1"
                       " ORDER BY added_at, address")
            .arg(address ? QStringLiteral(" WHERE address = ?") : QString()),
        address ? QVariantList{blobOf(*address)} : QVariantList{}, what);
    if (!query)
        return std::move(query).error();
    std::vector<WatchOnlyAccount> accounts;
    while (query->next()) {
        auto watched = readAddress(query->value(0), "watch_only_accounts.address");
        if (!watched)
            return std::move(watched).error();
        auto added = readUnsigned(query->value(1), "watch_only_accounts.added_at");
        if (!added)
            return std::move(added).error();
        auto key = readViewingKey(query->value(2));
        if (!key)
            return std::move(key).error();
        accounts.push_back({*watched,
                            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*added), Qt::UTC),
                            std::move(key).value()});
    }
    return accounts;
}

Status WatchOnlyAccountStore::add(const WatchOnlyAccount& account)
{
    const std::string what = "adding a watch-only account";
    return executeSql(m_store.database(),
                      QStringLiteral("INSERT INTO watch_only_accounts (address, added_at,"
                                     " viewing_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                      {blobOf(account.address),
                       std::max<qint64>(account.added.toSecsSinceEpoch(), 0),
                       keyValue(account.viewingKey)},
                      what);
}

Status WatchOnlyAccountStore::setViewingKey(const Address& address,
                                            const std::optional<SymmetricKey>& key)
{
    const std::string what = "setting the viewing key of a watch-only account";
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("UPDATE watch_only_accounts SET viewing_key = ? WHERE address = ?"),
        {keyValue(key), blobOf(address)}, what);
    if (!query)
        return std::move(query).error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorKind::NotFound,
                         what + ": " + address.checksummed() + " is not a watch-only account");
    return {};
}

Status WatchOnlyAccountStore::remove(const Address& address)
{
    const std::string what = "removing a watch-only account";
    return executeSql(m_store.database(),
                      QStringLiteral("DELETE FROM watch_only_accounts WHERE address = ?"),
                      {blobOf(address)}, what);
}

} // namespace seismic::store
