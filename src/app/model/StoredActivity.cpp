// SPDX-License-Identifier: MIT
#include "app/model/StoredActivity.h"

#include "store/TransferStore.h"

#include <algorithm>
#include <tuple>

namespace seismic::app {
namespace {

// The last hour is read a page at a time, since it usually ends long before maxRows.
constexpr qint64 kPageRows = 2'000;

// Newest first, `pageRows` at a time, until `keep` says stop or `maxRows` are read. Newest as
// stored: a watch stores in chain order, and the store's indexes give that order for any scope
// without sorting all of it (by block, an account's or a token's rows would be).
template<typename Keep>
Status readNewest(const store::TransferStore& transfers, store::TransferQuery query, qint64 maxRows,
                  qint64 pageRows, std::vector<store::TransferRecord>& out, Keep keep)
{
    query.order = store::TransferQuery::Order::Arrival;
    query.descending = true;
    for (qint64 offset = 0; offset < maxRows; offset += pageRows) {
        auto page = transfers.read(query, offset, std::min(pageRows, maxRows - offset));
        if (!page)
            return std::move(page).error();
        for (store::TransferRecord& record : *page) {
            if (!keep(record))
                return {};
            out.push_back(std::move(record));
        }
        if (static_cast<qint64>(page->size()) < std::min(pageRows, maxRows - offset))
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
    if (Status recent = readNewest(transfers, query, maxRows, kPageRows, rows,
                                   [sinceSecond](const store::TransferRecord& record) {
                                       return !record.time.isValid() ||
                                              record.time.toSecsSinceEpoch() >= sinceSecond;
                                   });
        !recent)
        return std::move(recent).error();
    if (account && (!scope.party || scope.party == account)) {
        query.party = account;
        // All of them are wanted: one read, which for a party costs less than pages would.
        if (Status own = readNewest(transfers, query, maxRows, maxRows, rows,
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
