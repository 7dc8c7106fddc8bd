// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace seismic::store::transfergrouping {

// Schema version 3's conversion: the per-log SRC20 rows of version 2 become one row per
// transfer. A run of rows of one transaction, block, token, sender and recipient with
// consecutive log indexes (and the same removed flag) is grouped as the watcher groups it
// (client::TransferGrouper::group: several identical transfers in one run are cut by the
// period of their key hashes); the row of each transfer's first log takes its log count,
// visibility and best amount, the others are deleted (their key hashes and payloads are in
// transfer_logs already). Pages through the table, so a large store costs one page of memory.
// Runs inside the migration's transaction.
Status groupStoredLogs(const QSqlDatabase& database);

} // namespace seismic::store::transfergrouping
