// SPDX-License-Identifier: MIT
#include "app/store/NetworkIdentity.h"

#include "app/store/Store.h"
#include "app/store/StoreError.h"
#include "app/store/StoreStatement.h"
#include "app/store/StoreValues.h"

namespace seismic::app {

Result<qint64> networkKey(Store& store, const NetworkIdentity& network)
{
    const std::string what = "recording the network";
    if (network.chainId > static_cast<std::uint64_t>(INT64_MAX))
        return makeError(ErrorKind::InvalidArgument, "the chain id is out of the store's range");
    auto insert = prepareStatement(store.database(),
                                   QStringLiteral("INSERT INTO networks (chain_id, genesis_hash)"
                                                  " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                   what);
    if (!insert)
        return std::move(insert).error();
    insert->addBindValue(static_cast<qlonglong>(network.chainId));
    insert->addBindValue(blobOf(network.genesisHash.view()));
    if (auto ran = executeStatement(*insert, what); !ran)
        return std::move(ran).error();
    auto select = prepareStatement(
        store.database(),
        QStringLiteral("SELECT id FROM networks WHERE chain_id = ? AND genesis_hash = ?"), what);
    if (!select)
        return std::move(select).error();
    select->addBindValue(static_cast<qlonglong>(network.chainId));
    select->addBindValue(blobOf(network.genesisHash.view()));
    if (auto ran = executeStatement(*select, what); !ran)
        return std::move(ran).error();
    if (!select->next())
        return storeError(StoreFailure::Corrupt, "the network just recorded is missing");
    auto id = readUnsigned(select->value(0), "networks.id");
    if (!id)
        return std::move(id).error();
    return static_cast<qint64>(*id);
}

Result<std::optional<qint64>> latestNetworkKey(Store& store, std::uint64_t chainId)
{
    const std::string what = "reading the networks";
    if (chainId > static_cast<std::uint64_t>(INT64_MAX))
        return std::optional<qint64>();
    auto select = prepareStatement(
        store.database(),
        QStringLiteral("SELECT id FROM networks WHERE chain_id = ? ORDER BY id DESC LIMIT 1"),
        what);
    if (!select)
        return std::move(select).error();
    select->addBindValue(static_cast<qlonglong>(chainId));
    if (auto ran = executeStatement(*select, what); !ran)
        return std::move(ran).error();
    if (!select->next())
        return std::optional<qint64>();
    auto id = readUnsigned(select->value(0), "networks.id");
    if (!id)
        return std::move(id).error();
    return std::optional<qint64>(static_cast<qint64>(*id));
}

} // namespace seismic::app
