// SPDX-License-Identifier: MIT
#include "store/NetworkIdentity.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

namespace seismic::store {

Result<qint64> networkKey(Store& store, const NetworkIdentity& network)
{
    const std::string what = "recording the network";
    if (network.chainId > static_cast<std::uint64_t>(INT64_MAX))
        return makeError(ErrorKind::InvalidArgument, "the chain id is out of the store's range");
    const QVariantList identity{static_cast<qlonglong>(network.chainId),
                                blobOf(network.genesisHash.view())};
    if (auto inserted = executeSql(store.database(),
                                   QStringLiteral("INSERT INTO networks (chain_id, genesis_hash)"
                                                  " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                   identity, what);
        !inserted)
        return std::move(inserted).error();
    auto select = runStatement(
        store.database(),
        QStringLiteral("SELECT id FROM networks WHERE chain_id = ? AND genesis_hash = ?"), identity,
        what);
    if (!select)
        return std::move(select).error();
    if (!select->next())
        return storeError(StoreFailure::Corrupt, "the network just recorded is missing");
    auto id = readUnsigned(select->value(0), "networks.id");
    if (!id)
        return std::move(id).error();
    return static_cast<qint64>(*id);
}

Result<std::vector<qint64>> networkKeys(Store& store)
{
    auto select =
        runStatement(store.database(), QStringLiteral("SELECT id FROM networks ORDER BY id"), {},
                     "reading the networks");
    if (!select)
        return std::move(select).error();
    std::vector<qint64> keys;
    while (select->next()) {
        auto id = readUnsigned(select->value(0), "networks.id");
        if (!id)
            return std::move(id).error();
        keys.push_back(static_cast<qint64>(*id));
    }
    return keys;
}

Result<std::optional<qint64>> latestNetworkKey(Store& store, std::uint64_t chainId)
{
    const std::string what = "reading the networks";
    if (chainId > static_cast<std::uint64_t>(INT64_MAX))
        return std::optional<qint64>();
    auto select = runStatement(
        store.database(),
        QStringLiteral("SELECT id FROM networks WHERE chain_id = ? ORDER BY id DESC LIMIT 1"),
        {static_cast<qlonglong>(chainId)}, what);
    if (!select)
        return std::move(select).error();
    if (!select->next())
        return std::optional<qint64>();
    auto id = readUnsigned(select->value(0), "networks.id");
    if (!id)
        return std::move(id).error();
    return std::optional<qint64>(static_cast<qint64>(*id));
}

} // namespace seismic::store
