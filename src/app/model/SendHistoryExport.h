// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"
#include "core/Address.h"
#include "store/ExportFormat.h"
#include "store/SteppedExport.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace seismic::app {

class SendHistoryStore;
struct TxRecord;

// Writes the send history of an account on a network to a device as CSV (with a header line) or
// JSON lines, a page of records at a time: never the whole history in memory. Each row: the time
// in ISO 8601 UTC with its zone, the transaction hash and nonce, what it did (kind, the
// function's signature), the contract or recipient called, the token recipient, the amount and
// its symbol, shielded or not, the status, block, gas used, the replacement links and the error.
// `include` (the page's filter; none: every record) picks the records: processed() counts every
// record gone through, written() those it picked.
class SendHistoryExport : public store::SteppedExport
{
public:
    using Filter = std::function<bool(const TxRecord&)>;
    static constexpr qint64 kPageRecords = 500;

    SendHistoryExport(const SendHistoryStore& history, NetworkConfig network, Address account,
                      store::ExportFormat format, QIODevice& output, Filter include = {});

    // The CSV header line, which is also the JSON keys.
    static QStringList columns();

    Status begin() override;
    Result<bool> step() override;
    qint64 written() const override { return m_written; }
    qint64 processed() const override { return m_processed; }
    qint64 total() const override { return m_total; }

private:
    Status put(const QByteArray& line);

    const SendHistoryStore& m_history;
    NetworkConfig m_network;
    Address m_account;
    store::ExportFormat m_format;
    QIODevice& m_output;
    Filter m_include;
    quint64 m_lastId = 0;
    qint64 m_written = 0;
    qint64 m_processed = 0;
    qint64 m_total = 0;
};

} // namespace seismic::app
