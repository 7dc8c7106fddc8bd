// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "store/ExportFormat.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace seismic::app {

struct NetworkConfig;
class SendHistoryStore;
struct TxRecord;

// Writes the send history of an account on a network to a device as CSV (with a header line) or
// JSON lines, a record at a time as the store yields them. Each row: the time in ISO 8601 UTC
// with its zone, the transaction hash and nonce, what it did (kind, the function's signature),
// the contract or recipient called, the token recipient, the amount and its symbol, shielded or
// not, the status, block, gas used, the replacement links and the error. `include` (the page's
// filter; none: every record) picks the records. Returns how many were written.
class SendHistoryExport
{
public:
    using Filter = std::function<bool(const TxRecord&)>;

    // The CSV header line, which is also the JSON keys.
    static QStringList columns();
    static Result<qint64> write(const SendHistoryStore& history, const NetworkConfig& network,
                                const Address& account, store::ExportFormat format,
                                QIODevice& output, const Filter& include = {});
};

} // namespace seismic::app
