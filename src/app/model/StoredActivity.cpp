// SPDX-License-Identifier: MIT
#include "app/model/StoredActivity.h"

#include "store/TransferStore.h"

#include <algorithm>
#include <tuple>

namespace seismic::app {
namespace {

constexpr qint64 kPageRows = 2'000;

// Newest first, page by page, until `keep` says stop or `maxRows` are read.
template<typename Keep>
Status readNewest(const store::TransferStore& transfers, store::TransferQuery query, qint64 maxRows,
                  std::vector<store::TransferRecord>& out, Keep keep)
{
    query.order = store::TransferQuery::Order::Block;
    query.descending = true;
    for (qint64 offset = 0; offset < maxRows; offset += kPageRows) {
        auto page = transfers.read(query, offset, std::min(kPageRows, maxRows - offset));
        if (!page)
            return std::move(page).error();
        for (store::TransferRecord& record : *page) {
            if (!keep(record))
                return {};
            out.push_back(std::move(record));
        }
        if (static_cast<qint64>(page->size()) < std::min(kPageRows, maxRows - offset))
            return {};
    }
    return {};
}

} // namespace

Result<std::vector<store::TransferRecord>> storedActivity(const store::TransferStore& transfers,
                                                          const store::TransferQuery& scope,
                                                          const std::optional<Address>& account,
                                                          qint64 sinceSecond, qint64 maxRows)
{
    store::TransferQuery query;
    query.network = scope.network;
    query.party = scope.party;
    query.tokenContract = scope.tokenContract;
    std::vector<store::TransferRecord> rows;
    // A row without a block time is taken as recent (the charts count it at the present).
    if (Status recent = readNewest(transfers, query, maxRows, rows,
                                   [sinceSecond](const store::TransferRecord& record) {
                                       return !record.time.isValid() ||
                                              record.time.toSecsSinceEpoch() >= sinceSecond;
                                   });
        !recent)
        return std::move(recent).error();
    if (account && (!scope.party || scope.party == account)) {
        query.party = account;
        if (Status own = readNewest(transfers, query, maxRows, rows,
                                    [](const store::TransferRecord&) { return true; });
            !own)
            return std::move(own).error();
    }
    std::erase_if(rows, [](const store::TransferRecord& record) { return record.removed; });
    const auto place = [](const store::TransferRecord& record) {
        return std::tie(record.blockNumber, record.logIndex, record.txHash);
    };
    std::sort(rows.begin(), rows.end(),
              [&](const auto& a, const auto& b) { return place(a) < place(b); });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [&](const auto& a, const auto& b) { return place(a) == place(b); }),
               rows.end());
    return rows;
}

} // namespace seismic::app
