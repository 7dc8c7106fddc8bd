// SPDX-License-Identifier: MIT
#include "store/TransferGrouping.h"

#include "client/TransferGrouper.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"
#include "store/TransferColumns.h"

#include <vector>

namespace seismic::store::transfergrouping {
namespace {

constexpr qint64 kPageRows = 5'000;
constexpr qsizetype kMaxPayload = 4096;
const std::string kWhat = "grouping stored transfer logs into transfers";

struct StoredLog
{
    qint64 network = 0;
    client::TransferEvent event;
};

bool extends(const StoredLog& last, const StoredLog& next)
{
    const client::TransferEvent& a = last.event;
    const client::TransferEvent& b = next.event;
    return last.network == next.network && a.transactionHash == b.transactionHash &&
           a.blockHash == b.blockHash && a.token == b.token && a.from == b.from && a.to == b.to &&
           a.removed == b.removed && b.logIndex == a.logIndex + 1;
}

Result<StoredLog> readLog(const QSqlQuery& row)
{
    StoredLog log;
    client::TransferEvent& event = log.event;
    event.tokenKind = client::TokenKind::Src20;
    auto network = readUnsigned(row.value(0), "transfers.network");
    auto token = readAddress(row.value(1), "transfers.token");
    auto block = readUnsigned(row.value(2), "transfers.block_number");
    auto blockHash = readHash(row.value(3), "transfers.block_hash");
    auto txHash = readHash(row.value(4), "transfers.tx_hash");
    auto logIndex = readUnsigned(row.value(5), "transfers.log_index", UINT32_MAX);
    auto from = readAddress(row.value(6), "transfers.from_address");
    auto to = readAddress(row.value(7), "transfers.to_address");
    auto keyHash = readHash(row.value(8), "transfers.key_hash");
    auto status = readAmountStatus(row.value(11));
    auto removed = readUnsigned(row.value(12), "transfers.removed", 1);
    for (const Error* error :
         {network ? nullptr : &network.error(), token ? nullptr : &token.error(),
          block ? nullptr : &block.error(), blockHash ? nullptr : &blockHash.error(),
          txHash ? nullptr : &txHash.error(), logIndex ? nullptr : &logIndex.error(),
          from ? nullptr : &from.error(), to ? nullptr : &to.error(),
          keyHash ? nullptr : &keyHash.error(), status ? nullptr : &status.error(),
          removed ? nullptr : &removed.error()})
        if (error)
            return *error;
    log.network = static_cast<qint64>(*network);
    event.token = *token;
    event.blockNumber = *block;
    event.blockHash = *blockHash;
    event.transactionHash = *txHash;
    event.logIndex = *logIndex;
    event.from = *from;
    event.to = *to;
    event.encryptKeyHash = *keyHash;
    event.amountStatus = *status;
    event.removed = *removed != 0;
    if (!row.value(9).isNull()) {
        auto payload = readBlob(row.value(9), "transfers.encrypted_amount", kMaxPayload);
        if (!payload)
            return std::move(payload).error();
        event.encryptedAmount.assign(payload->begin(), payload->end());
    }
    if (!row.value(10).isNull()) {
        auto amount = readAmount(row.value(10), "transfers.amount");
        if (!amount)
            return std::move(amount).error();
        event.amount = *amount;
    }
    return log;
}

class Grouping
{
public:
    explicit Grouping(const QSqlDatabase& database)
        : m_database(database)
    {}

    Status run()
    {
        auto keep = prepareStatement(
            m_database,
            QStringLiteral("UPDATE transfers SET log_count = ?, sender_key = ?, recipient_key = ?,"
                           " providers = ?, visibility_complete = ?, amount = ?,"
                           " amount_status = ? WHERE network = ? AND tx_hash = ? AND"
                           " log_index = ?"),
            kWhat);
        auto drop = prepareStatement(m_database,
                                     QStringLiteral("DELETE FROM transfers WHERE network = ? AND"
                                                    " tx_hash = ? AND log_index > ? AND"
                                                    " log_index < ?"),
                                     kWhat);
        if (!keep)
            return std::move(keep).error();
        if (!drop)
            return std::move(drop).error();
        m_keep = &*keep;
        m_drop = &*drop;
        // Keyset paging over the unique (network, tx_hash, log_index) index: the rows a page
        // deletes are all behind the next page's start.
        QVariantList after{qint64(-1), QByteArray(1, 0), qint64(-1)};
        for (;;) {
            std::vector<StoredLog> page;
            auto rows = runStatement(
                m_database,
                QStringLiteral("SELECT network, token, block_number, block_hash, tx_hash,"
                               " log_index, from_address, to_address, key_hash,"
                               " encrypted_amount, amount, amount_status, removed FROM transfers"
                               " WHERE key_hash IS NOT NULL AND (network, tx_hash, log_index) >"
                               " (?, ?, ?) ORDER BY network, tx_hash, log_index LIMIT ?"),
                QVariantList(after) << kPageRows, kWhat);
            if (!rows)
                return std::move(rows).error();
            while (rows->next()) {
                auto log = readLog(*rows);
                if (!log)
                    return std::move(log).error();
                page.push_back(std::move(log).value());
            }
            if (page.empty())
                return close();
            const client::TransferEvent& last = page.back().event;
            after = {page.back().network, blobOf(last.transactionHash.view()),
                     static_cast<qint64>(last.logIndex)};
            for (StoredLog& log : page) {
                if (!m_run.empty() && !extends(m_run.back(), log)) {
                    if (auto closed = close(); !closed)
                        return closed;
                }
                m_run.push_back(std::move(log));
            }
        }
    }

private:
    // Groups the run gathered so far and rewrites its rows.
    Status close()
    {
        if (m_run.empty())
            return {};
        const qint64 network = m_run.front().network;
        std::vector<client::TransferEvent> events;
        events.reserve(m_run.size());
        for (StoredLog& log : m_run)
            events.push_back(std::move(log.event));
        m_run.clear();
        for (const client::Transfer& transfer : client::TransferGrouper::group(events)) {
            const QByteArray txHash = blobOf(transfer.transactionHash.view());
            const auto first = static_cast<qint64>(transfer.firstLogIndex);
            const client::TransferVisibility& visibility = transfer.visibility;
            if (auto kept = executeStatement(
                    *m_keep,
                    {transfer.logCount, visibility.senderHasKey ? 1 : 0,
                     visibility.recipientHasKey ? 1 : 0, visibility.providers,
                     visibility.complete ? 1 : 0,
                     transfer.amount ? QVariant(amountBlob(*transfer.amount)) : nullBlob(),
                     amountStatusText(transfer.amountStatus), network, txHash, first},
                    kWhat);
                !kept)
                return kept;
            if (auto dropped = executeStatement(
                    *m_drop, {network, txHash, first, first + transfer.logCount}, kWhat);
                !dropped)
                return dropped;
        }
        return {};
    }

    const QSqlDatabase& m_database;
    QSqlQuery* m_keep = nullptr;
    QSqlQuery* m_drop = nullptr;
    std::vector<StoredLog> m_run;
};

} // namespace

Status groupStoredLogs(const QSqlDatabase& database)
{
    return Grouping(database).run();
}

} // namespace seismic::store::transfergrouping
