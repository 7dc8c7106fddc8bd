// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "store/ExportFormat.h"
#include "store/SteppedExport.h"
#include "store/TransferQuery.h"
#include "store/TransferRecord.h"

#include <QStringList>

class QIODevice;

namespace seismic::store {

class TransferStore;

// Writes the stored transfers of a query (its filter, in the order they arrived) to a device as
// CSV or JSON lines, a page at a time: never every row in memory, so a million rows cost one
// page. Each row: the block time in ISO 8601 UTC with its zone, block number and hash,
// transaction hash and log index, token contract and symbol, from, to, the direction relative to
// the query's account, the raw and the decimal amount (with the token's decimals; none for a
// token whose metadata the store does not have), the amount's status, the removed flag, the
// kind (transfer, mint, burn), the number of logs of its fan-out and who can read an SRC20
// amount (sender key, recipient key, providers, whether the fan-out had the standard shape).
// A row is a transfer (logIndex: the first log of its fan-out).
// Text from the chain (token symbols) is data only: CSV cells are formula-safe, JSON is escaped.
//
// The export is a snapshot: rows stored after begin() are not in it.
class TransferExporter : public SteppedExport
{
public:
    static constexpr qint64 kPageRows = 1'000;

    TransferExporter(const TransferStore& transfers, TransferQuery query, ExportFormat format,
                     QIODevice& output);

    // The CSV header line, which is also the JSON keys.
    static QStringList columns();

    Status begin() override;
    Result<bool> step() override;
    qint64 written() const override { return m_written; }
    qint64 total() const override { return m_total; }

private:
    Status write(const TransferRecord& record);
    Status put(const QByteArray& bytes);

    const TransferStore& m_transfers;
    TransferQuery m_query;
    ExportFormat m_format;
    QIODevice& m_output;
    qint64 m_lastId = 0;
    qint64 m_written = 0;
    qint64 m_total = 0;
};

} // namespace seismic::store
