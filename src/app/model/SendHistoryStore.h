// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TxRecord.h"
#include "core/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace seismic::store {
class Store;
} // namespace seismic::store

namespace seismic::app {

struct NetworkConfig;

// The transactions sent from this app, per network and account, one row per transaction in the
// JSON form of TxHistoryStore's files. importJsonFiles() moves those files in on first start.
class SendHistoryStore
{
public:
    // What an import did; a file that failed is left where it was, untouched.
    struct ImportReport
    {
        int files = 0;                                   // imported, each renamed to <file>.bak
        int records = 0;                                 // of those
        std::vector<std::pair<QString, Error>> failures; // by path
    };

    explicit SendHistoryStore(store::Store& store);

    // By id.
    Result<std::vector<TxRecord>> load(const NetworkConfig& network, const Address& account) const;
    // Replaces the history of `account` on `network`, in one transaction.
    Status save(const NetworkConfig& network, const Address& account,
                const std::vector<TxRecord>& records);

    // Imports every <directory>/<chain id>-<network>/<account>.json (TxHistoryStore's layout):
    // each file in one transaction, then renamed to <file>.bak as a backup. Records already in
    // the store (an import interrupted before the rename) are kept as they are. A file that does
    // not read completely is a Decode error in the report and stays as it is.
    ImportReport importJsonFiles(const QString& directory);

private:
    Status insert(const QString& network, const Address& account,
                  const std::vector<TxRecord>& records, bool replace);

    store::Store& m_store;
};

} // namespace seismic::app
