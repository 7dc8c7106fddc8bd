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

// The transactions sent from this app, per network and account: one send_history row per
// transaction (the record as TxRecordJson writes it, with its id, time and hash alongside).
// importJsonFiles() moves in the JSON files of earlier versions on first start.
class SendHistoryStore
{
public:
    // What an import did. A file that failed is left where it was, untouched.
    struct ImportReport
    {
        int files = 0;                                   // imported and moved to the backup
        int records = 0;                                 // of those
        std::vector<std::pair<QString, Error>> failures; // by path
    };

    explicit SendHistoryStore(store::Store& store);

    // "<chain id>-<network name>", file-name safe: a network's key in the store, and the
    // folder of its histories in the JSON layout of earlier versions.
    static QString networkKey(const NetworkConfig& network);

    // How many records `account` has on `network`.
    Result<qint64> count(const NetworkConfig& network, const Address& account) const;
    // A page of the history: up to `limit` records of `account` on `network` with ids above
    // `afterId`, by id (a negative limit: all of them).
    Result<std::vector<TxRecord>> readAfter(const NetworkConfig& network, const Address& account,
                                            quint64 afterId, qint64 limit) const;
    // By id.
    Result<std::vector<TxRecord>> load(const NetworkConfig& network, const Address& account) const;
    // Writes `records` (each replacing the stored one with its id), in one transaction: all of
    // them or, on failure (a full disk: a DiskFull store error), none.
    Status put(const NetworkConfig& network, const Address& account,
               const std::vector<TxRecord>& records);
    // Deletes the history of `account` on `network` and vacuums the file, so that what it held
    // leaves the disk; how many records.
    Result<qint64> forget(const NetworkConfig& network, const Address& account);

    // Imports every <directory>/<chain id>-<network>/<account>.json (the layout of earlier
    // versions), each file in one transaction, then moves it to the same place under
    // `backupDirectory` (created when the first file is moved; kept, never deleted). Records
    // already in the store (an import interrupted before the move) are kept as they are. A file
    // that does not read completely is a Decode error in the report and stays where it is.
    ImportReport importJsonFiles(const QString& directory, const QString& backupDirectory);

private:
    Status insert(const QString& network, const Address& account,
                  const std::vector<TxRecord>& records, bool replace);

    store::Store& m_store;
};

} // namespace seismic::app
