// SPDX-License-Identifier: MIT
#include "store/TransferStore.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"
#include "store/TransferColumns.h"
#include "store/WatchCursorStore.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace seismic::store {
namespace {

// The most the store keeps of an SRC20 payload (a real one is 60 bytes or so); a longer one
// from a hostile node is dropped, not the transfer.
constexpr qsizetype kMaxPayload = 4096;
constexpr qsizetype kMaxSymbol = 64;
constexpr unsigned kMaxDecimals = 77;

// The SQL of a query: its WHERE clause and the values bound to it, in order.
struct Condition
{
    QStringList clauses;
    QVariantList values;
};

// [lower, upper) of the 20-byte BLOBs that start with the hex digits of `text` (with or without
// 0x; an odd count covers the whole last nibble); no upper bound when the prefix is all ff.
// Nothing if `text` is not hex.
struct BlobRange
{
    QByteArray lower;
    std::optional<QByteArray> upper;
};

std::optional<BlobRange> prefixRange(const QString& text)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith(QLatin1String("0x")))
        hex.remove(0, 2);
    if (hex.size() > 40)
        return std::nullopt;
    for (const QChar c : hex)
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return std::nullopt;
    const bool odd = hex.size() % 2 != 0;
    BlobRange range;
    range.lower = QByteArray::fromHex((odd ? hex + QLatin1Char('0') : hex).toLatin1());
    QByteArray upper = QByteArray::fromHex((odd ? hex + QLatin1Char('f') : hex).toLatin1());
    // The next prefix: add one at the last byte, carrying.
    for (qsizetype i = upper.size() - 1; i >= 0; --i) {
        if (static_cast<std::uint8_t>(upper[i]) != 0xff) {
            upper[i] = static_cast<char>(static_cast<std::uint8_t>(upper[i]) + 1);
            upper.truncate(i + 1);
            range.upper = upper;
            break;
        }
    }
    return range;
}

void addRange(Condition& condition, QStringList& alternatives, const char* column,
              const BlobRange& range)
{
    QString clause = QStringLiteral("t.%1 >= ?").arg(QLatin1String(column));
    condition.values << range.lower;
    if (range.upper) {
        clause += QStringLiteral(" AND t.%1 < ?").arg(QLatin1String(column));
        condition.values << *range.upper;
    }
    alternatives << QLatin1Char('(') + clause + QLatin1Char(')');
}

Condition conditionOf(const TransferQuery& query)
{
    Condition condition;
    condition.clauses << QStringLiteral("t.network = ?");
    condition.values << query.network;
    if (query.afterId) {
        condition.clauses << QStringLiteral("t.id > ?");
        condition.values << *query.afterId;
    }
    if (query.upToId) {
        // Unary plus: not a range for the planner to scan by (it nearly always covers the whole
        // table), so that the filters' indexes are used.
        condition.clauses << QStringLiteral("+t.id <= ?");
        condition.values << *query.upToId;
    }
    if (query.party) {
        condition.clauses << QStringLiteral("(t.from_address = ? OR t.to_address = ?)");
        condition.values << blobOf(*query.party) << blobOf(*query.party);
    }
    if (query.tokenContract) {
        condition.clauses << QStringLiteral("t.token = ?");
        condition.values << blobOf(*query.tokenContract);
    }
    if (query.direction != TransferQuery::Direction::All) {
        if (!query.account) {
            condition.clauses << QStringLiteral("0");
        } else {
            condition.clauses << (query.direction == TransferQuery::Direction::Incoming
                                      ? QStringLiteral("t.to_address = ?")
                                      : QStringLiteral("t.from_address = ?"));
            condition.values << blobOf(*query.account);
        }
    }
    if (!query.address.trimmed().isEmpty()) {
        if (const auto range = prefixRange(query.address)) {
            QStringList alternatives;
            addRange(condition, alternatives, "from_address", *range);
            addRange(condition, alternatives, "to_address", *range);
            condition.clauses << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                                     QLatin1Char(')');
        } else {
            condition.clauses << QStringLiteral("0");
        }
    }
    if (const QString token = query.token.trimmed().toLower(); !token.isEmpty()) {
        QStringList alternatives;
        alternatives << QStringLiteral(
            "t.token IN (SELECT contract FROM tokens WHERE network = ? AND"
            " instr(lower(symbol), ?) > 0)");
        condition.values << query.network << token;
        if (const auto range = prefixRange(token))
            addRange(condition, alternatives, "token", *range);
        condition.clauses << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                                 QLatin1Char(')');
    }
    return condition;
}

QString orderOf(const TransferQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QStringList keys;
    switch (query.order) {
    case TransferQuery::Order::Arrival:
        break;
    case TransferQuery::Order::Block:
        keys << QStringLiteral("t.block_number") << QStringLiteral("t.log_index");
        break;
    case TransferQuery::Order::Token:
        keys << QStringLiteral("t.token");
        break;
    case TransferQuery::Order::From:
        keys << QStringLiteral("t.from_address");
        break;
    case TransferQuery::Order::To:
        keys << QStringLiteral("t.to_address");
        break;
    case TransferQuery::Order::Amount:
        keys << QStringLiteral("t.amount");
        break;
    case TransferQuery::Order::Transaction:
        keys << QStringLiteral("t.tx_hash") << QStringLiteral("t.log_index");
        break;
    }
    keys << QStringLiteral("t.id");
    for (QString& key : keys)
        key += direction;
    return keys.join(QLatin1String(", "));
}

// The columns read, in this order (readRow's indexes).
constexpr int kColumnCount = 19;
constexpr const char* kColumns =
    "t.block_time, t.block_number, t.block_hash, t.token, k.symbol, k.decimals, t.from_address,"
    " t.to_address, t.amount, t.amount_status, t.kind, t.log_count, t.tx_hash, t.log_index,"
    " t.removed, t.sender_key, t.recipient_key, t.providers, t.visibility_complete";

Result<TransferRecord> readRow(const QSqlQuery& row)
{
    TransferRecord record;
    const auto fail = [](Error error) {
        return error;
    };
    if (!row.value(0).isNull()) {
        auto seconds = readUnsigned(row.value(0), "transfers.block_time");
        if (!seconds)
            return fail(std::move(seconds).error());
        record.time = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*seconds));
    }
    auto block = readUnsigned(row.value(1), "transfers.block_number");
    auto blockHash = readHash(row.value(2), "transfers.block_hash");
    auto token = readAddress(row.value(3), "transfers.token");
    auto from = readAddress(row.value(6), "transfers.from_address");
    auto to = readAddress(row.value(7), "transfers.to_address");
    auto status = readAmountStatus(row.value(9));
    auto kind = readTransferKind(row.value(10));
    auto logCount = readUnsigned(row.value(11), "transfers.log_count", UINT32_MAX);
    auto txHash = readHash(row.value(12), "transfers.tx_hash");
    auto logIndex = readUnsigned(row.value(13), "transfers.log_index", UINT32_MAX);
    auto removed = readUnsigned(row.value(14), "transfers.removed", 1);
    auto senderKey = readUnsigned(row.value(15), "transfers.sender_key", 1);
    auto recipientKey = readUnsigned(row.value(16), "transfers.recipient_key", 1);
    auto providers = readUnsigned(row.value(17), "transfers.providers", UINT32_MAX);
    auto complete = readUnsigned(row.value(18), "transfers.visibility_complete", 1);
    for (const Error* error :
         {block ? nullptr : &block.error(), blockHash ? nullptr : &blockHash.error(),
          token ? nullptr : &token.error(), from ? nullptr : &from.error(),
          to ? nullptr : &to.error(), status ? nullptr : &status.error(),
          kind ? nullptr : &kind.error(), logCount ? nullptr : &logCount.error(),
          txHash ? nullptr : &txHash.error(), logIndex ? nullptr : &logIndex.error(),
          removed ? nullptr : &removed.error(), senderKey ? nullptr : &senderKey.error(),
          recipientKey ? nullptr : &recipientKey.error(), providers ? nullptr : &providers.error(),
          complete ? nullptr : &complete.error()})
        if (error)
            return *error;
    record.kind = *kind;
    record.logCount = static_cast<quint32>(*logCount);
    record.visibility = {*senderKey != 0, *recipientKey != 0, static_cast<quint32>(*providers),
                         *complete != 0};
    record.blockNumber = *block;
    record.blockHash = *blockHash;
    record.token = *token;
    record.from = *from;
    record.to = *to;
    record.amountStatus = *status;
    record.txHash = *txHash;
    record.logIndex = static_cast<quint32>(*logIndex);
    record.removed = *removed != 0;
    // A token without a recorded symbol is shown by address; ERC20's default precision.
    if (!row.value(4).isNull()) {
        auto symbol = readText(row.value(4), "tokens.symbol", kMaxSymbol);
        auto decimals = readUnsigned(row.value(5), "tokens.decimals", kMaxDecimals);
        if (!symbol)
            return fail(std::move(symbol).error());
        if (!decimals)
            return fail(std::move(decimals).error());
        record.tokenSymbol = *symbol;
        record.decimals = static_cast<unsigned>(*decimals);
    }
    if (!row.value(8).isNull()) {
        auto amount = readAmount(row.value(8), "transfers.amount");
        if (!amount)
            return fail(std::move(amount).error());
        record.amount = *amount;
    }
    return record;
}

Status checkWritable(const TransferRecord& transfer)
{
    if (transfer.blockNumber > static_cast<quint64>(INT64_MAX))
        return makeError(ErrorKind::InvalidArgument, "a block number is out of the store's range");
    if (transfer.decimals > kMaxDecimals)
        return makeError(ErrorKind::InvalidArgument, "a token has more than 77 decimals");
    return {};
}

} // namespace

TransferStore::TransferStore(Store& store)
    : m_store(store)
{}

Status TransferStore::write(qint64 network, const std::vector<TransferRecord>& transfers,
                            const WatchCursor* cursor)
{
    for (const TransferRecord& transfer : transfers)
        if (auto writable = checkWritable(transfer); !writable)
            return writable;
    const std::string what = "storing transfers";
    return m_store.transaction([&]() -> Status {
        auto upsert = prepareStatement(
            m_store.database(),
            QStringLiteral(
                "INSERT INTO transfers (network, token, block_number, block_hash, block_time,"
                " tx_hash, log_index, from_address, to_address, amount, amount_status, kind,"
                " log_count, sender_key, recipient_key, providers, visibility_complete)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (network, tx_hash, log_index) DO UPDATE SET"
                " block_number = excluded.block_number, block_hash = excluded.block_hash,"
                " block_time = coalesce(excluded.block_time, transfers.block_time), removed = 0,"
                " amount_status = CASE WHEN excluded.amount IS NOT NULL OR transfers.amount IS"
                " NULL THEN excluded.amount_status ELSE transfers.amount_status END,"
                " amount = coalesce(excluded.amount, transfers.amount), kind = excluded.kind,"
                " log_count = excluded.log_count, sender_key = excluded.sender_key,"
                " recipient_key = excluded.recipient_key, providers = excluded.providers,"
                " visibility_complete = excluded.visibility_complete"),
            what);
        auto log = prepareStatement(
            m_store.database(),
            QStringLiteral("INSERT INTO transfer_logs (network, tx_hash, log_index, key_hash,"
                           " encrypted_amount) VALUES (?, ?, ?, ?, ?) ON CONFLICT (network,"
                           " tx_hash, log_index) DO UPDATE SET key_hash = excluded.key_hash,"
                           " encrypted_amount = coalesce(excluded.encrypted_amount,"
                           " transfer_logs.encrypted_amount)"),
            what);
        auto remove = prepareStatement(
            m_store.database(),
            QStringLiteral("UPDATE transfers SET removed = 1 WHERE network = ? AND tx_hash = ?"
                           " AND log_index = ? AND block_hash = ?"),
            what);
        auto token = prepareStatement(
            m_store.database(),
            QStringLiteral("INSERT INTO tokens (network, contract, symbol, decimals)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (network, contract) DO UPDATE SET"
                           " symbol = excluded.symbol, decimals = excluded.decimals"),
            what);
        for (auto* statement : {&upsert, &log, &remove, &token})
            if (!*statement)
                return statement->error();
        QSet<QByteArray> tokensSeen;
        for (const TransferRecord& transfer : transfers) {
            const QByteArray tokenBlob = blobOf(transfer.token);
            if (!transfer.tokenSymbol.isEmpty() && !tokensSeen.contains(tokenBlob)) {
                tokensSeen.insert(tokenBlob);
                if (auto ran =
                        executeStatement(*token,
                                         {network, tokenBlob, transfer.tokenSymbol.left(kMaxSymbol),
                                          transfer.decimals},
                                         what);
                    !ran)
                    return ran;
            }
            const QByteArray txHash = blobOf(transfer.txHash.view());
            if (transfer.removed) {
                if (auto ran = executeStatement(
                        *remove,
                        {network, txHash, transfer.logIndex, blobOf(transfer.blockHash.view())},
                        what);
                    !ran)
                    return ran;
                continue;
            }
            const qint64 seconds = transfer.time.isValid() ? transfer.time.toSecsSinceEpoch() : -1;
            const client::TransferVisibility& visibility = transfer.visibility;
            const QVariantList row{
                network,
                tokenBlob,
                static_cast<qlonglong>(transfer.blockNumber),
                blobOf(transfer.blockHash.view()),
                seconds >= 0 ? QVariant(seconds) : QVariant(QMetaType::fromType<qlonglong>()),
                txHash,
                transfer.logIndex,
                blobOf(transfer.from),
                blobOf(transfer.to),
                transfer.amount ? QVariant(amountBlob(*transfer.amount)) : nullBlob(),
                amountStatusText(transfer.amountStatus),
                transferKindText(transfer.kind),
                std::max<quint32>(transfer.logCount, 1),
                visibility.senderHasKey ? 1 : 0,
                visibility.recipientHasKey ? 1 : 0,
                visibility.providers,
                visibility.complete ? 1 : 0};
            if (auto ran = executeStatement(*upsert, row, what); !ran)
                return ran;
            for (const TransferLogRecord& fanOut : transfer.logs) {
                // A payload longer than any real one (a hostile node) is dropped, not the log.
                const bool keepPayload =
                    !fanOut.encryptedAmount.empty() &&
                    fanOut.encryptedAmount.size() <= static_cast<std::size_t>(kMaxPayload);
                if (auto ran = executeStatement(
                        *log,
                        {network, txHash, fanOut.logIndex, blobOf(fanOut.keyHash.view()),
                         keepPayload ? QVariant(blobOf(fanOut.encryptedAmount)) : nullBlob()},
                        what);
                    !ran)
                    return ran;
            }
        }
        if (cursor)
            return WatchCursorStore(m_store).save(network, *cursor);
        return {};
    });
}

namespace {

// The rows a query reads from, and the values bound in it. A party's transfers are those it
// sent and those it received: as one OR the planner gathers both index ranges and sorts all of
// them for every page (0.3 s for an account with 200,000 transfers); as two branches, each read
// up to the page's end (in arrival order straight from its address index, whose entries follow
// the row id), a page near the top costs its own rows. Deep pages re-sort what each branch read
// before them, so past kBranchReach rows the one sort of everything is the cheaper.
constexpr qint64 kBranchReach = 50'000;

QString sourceOf(const TransferQuery& query, qint64 offset, qint64 limit, Condition& outer)
{
    const bool withinReach =
        limit >= 0 && offset >= 0 && offset <= kBranchReach && limit <= kBranchReach - offset;
    if (!query.party || !withinReach) {
        outer = conditionOf(query);
        return QStringLiteral("transfers");
    }
    TransferQuery rest = query;
    rest.party.reset();
    const QString order = orderOf(query);
    const QVariant party = blobOf(*query.party);
    QStringList branches;
    for (const auto& [clause, values] :
         {std::pair{QStringLiteral("t.from_address = ?"), QVariantList{party}},
          std::pair{QStringLiteral("t.to_address = ? AND t.from_address <> ?"),
                    QVariantList{party, party}}}) {
        Condition branch = conditionOf(rest);
        branch.clauses << clause;
        branches << QStringLiteral("SELECT * FROM (SELECT t.* FROM transfers t WHERE %1"
                                   " ORDER BY %2 LIMIT ?)")
                        .arg(branch.clauses.join(QLatin1String(" AND ")), order);
        outer.values << branch.values << values << offset + limit;
    }
    outer.clauses << QStringLiteral("1");
    return QLatin1Char('(') + branches.join(QLatin1String(" UNION ALL ")) + QLatin1Char(')');
}

} // namespace

Result<std::vector<TransferStore::Stored>> TransferStore::select(const TransferQuery& query,
                                                                 qint64 offset, qint64 limit) const
{
    const std::string what = "reading transfers";
    Condition condition;
    const QString source = sourceOf(query, offset, limit, condition);
    auto statement = runStatement(
        m_store.database(),
        QStringLiteral("SELECT %1, t.id FROM %2 t LEFT JOIN tokens k ON k.network = t.network"
                       " AND k.contract = t.token WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
            .arg(QLatin1String(kColumns), source, condition.clauses.join(QLatin1String(" AND ")),
                 orderOf(query)),
        QVariantList(condition.values) << limit << offset, what);
    if (!statement)
        return std::move(statement).error();
    std::vector<Stored> rows;
    rows.reserve(static_cast<std::size_t>(std::clamp<qint64>(limit, 0, 10'000)));
    while (statement->next()) {
        auto row = readRow(*statement);
        if (!row)
            return std::move(row).error();
        auto id = readUnsigned(statement->value(kColumnCount), "transfers.id");
        if (!id)
            return std::move(id).error();
        rows.push_back({static_cast<qint64>(*id), std::move(row).value()});
    }
    return rows;
}

Result<std::vector<TransferRecord>> TransferStore::read(const TransferQuery& query, qint64 offset,
                                                        qint64 limit) const
{
    auto rows = select(query, offset, limit);
    if (!rows)
        return std::move(rows).error();
    std::vector<TransferRecord> records;
    records.reserve(rows->size());
    for (Stored& row : *rows)
        records.push_back(std::move(row.record));
    return records;
}

Result<std::vector<TransferStore::Stored>>
TransferStore::readAfter(TransferQuery query, qint64 afterId, qint64 limit) const
{
    query.afterId = std::max(query.afterId.value_or(0), afterId);
    query.order = TransferQuery::Order::Arrival;
    query.descending = false;
    return select(query, 0, limit);
}

Result<qint64> TransferStore::count(const TransferQuery& query) const
{
    const std::string what = "counting transfers";
    const Condition condition = conditionOf(query);
    // Rows after a given one are a range of the rowid: reading it beats any index, which would
    // visit every row of the network (the planner cannot know how short the range is).
    auto statement =
        runStatement(m_store.database(),
                     QStringLiteral("SELECT count(*) FROM transfers t %1 WHERE %2")
                         .arg(query.afterId ? QStringLiteral("NOT INDEXED") : QString(),
                              condition.clauses.join(QLatin1String(" AND "))),
                     condition.values, what);
    if (!statement)
        return std::move(statement).error();
    statement->next();
    auto count = readUnsigned(statement->value(0), "count(*)");
    if (!count)
        return std::move(count).error();
    return static_cast<qint64>(*count);
}

Result<qint64> TransferStore::lastId() const
{
    const std::string what = "reading the newest transfer";
    auto statement = runStatement(
        m_store.database(), QStringLiteral("SELECT coalesce(max(id), 0) FROM transfers"), {}, what);
    if (!statement)
        return std::move(statement).error();
    statement->next();
    auto id = readUnsigned(statement->value(0), "transfers.id");
    if (!id)
        return std::move(id).error();
    return static_cast<qint64>(*id);
}

Result<std::vector<TransferStore::Undecrypted>>
TransferStore::undecrypted(qint64 network, const Hash& keyHash, qint64 afterId, qint64 limit) const
{
    const std::string what = "reading undecrypted transfers";
    // The fan-out logs under the key, joined to the transfer whose log range holds them.
    auto statement = runStatement(
        m_store.database(),
        QStringLiteral("SELECT t.id, l.encrypted_amount FROM transfer_logs l JOIN transfers t"
                       " ON t.network = l.network AND t.tx_hash = l.tx_hash AND l.log_index"
                       " BETWEEN t.log_index AND t.log_index + t.log_count - 1 WHERE"
                       " l.network = ? AND l.key_hash = ? AND l.encrypted_amount IS NOT NULL"
                       " AND t.amount IS NULL AND t.id > ? ORDER BY t.id LIMIT ?"),
        {network, blobOf(keyHash.view()), afterId, limit}, what);
    if (!statement)
        return std::move(statement).error();
    std::vector<Undecrypted> rows;
    while (statement->next()) {
        auto id = readUnsigned(statement->value(0), "transfers.id");
        if (!id)
            return std::move(id).error();
        auto payload = readBlob(statement->value(1), "transfer_logs.encrypted_amount", kMaxPayload);
        if (!payload)
            return std::move(payload).error();
        rows.push_back({static_cast<qint64>(*id), Bytes(payload->begin(), payload->end())});
    }
    return rows;
}

Result<std::vector<TransferLogRecord>> TransferStore::logsOf(qint64 network,
                                                             const TransferRecord& transfer) const
{
    const std::string what = "reading a transfer's logs";
    auto statement = runStatement(
        m_store.database(),
        QStringLiteral("SELECT log_index, key_hash, encrypted_amount FROM transfer_logs WHERE"
                       " network = ? AND tx_hash = ? AND log_index BETWEEN ? AND ?"
                       " ORDER BY log_index"),
        {network, blobOf(transfer.txHash.view()), transfer.logIndex,
         static_cast<qint64>(transfer.logIndex) + std::max<quint32>(transfer.logCount, 1) - 1},
        what);
    if (!statement)
        return std::move(statement).error();
    std::vector<TransferLogRecord> logs;
    while (statement->next()) {
        auto index = readUnsigned(statement->value(0), "transfer_logs.log_index", UINT32_MAX);
        if (!index)
            return std::move(index).error();
        auto keyHash = readHash(statement->value(1), "transfer_logs.key_hash");
        if (!keyHash)
            return std::move(keyHash).error();
        TransferLogRecord log{static_cast<quint32>(*index), *keyHash, {}};
        if (!statement->value(2).isNull()) {
            auto payload =
                readBlob(statement->value(2), "transfer_logs.encrypted_amount", kMaxPayload);
            if (!payload)
                return std::move(payload).error();
            log.encryptedAmount.assign(payload->begin(), payload->end());
        }
        logs.push_back(std::move(log));
    }
    return logs;
}

Result<qint64> TransferStore::withdrawAbove(qint64 network, std::uint64_t block)
{
    const std::string what = "withdrawing orphaned transfers";
    auto statement =
        runStatement(m_store.database(),
                     QStringLiteral("UPDATE transfers SET removed = 1"
                                    " WHERE network = ? AND block_number > ? AND removed = 0"),
                     {network, static_cast<qint64>(block)}, what);
    if (!statement)
        return std::move(statement).error();
    return static_cast<qint64>(statement->numRowsAffected());
}

Result<qint64> TransferStore::forget(qint64 network, const Address& account)
{
    const std::string what = "forgetting transfers";
    qint64 forgotten = 0;
    const Status done = m_store.transaction([&]() -> Status {
        auto deleted = runStatement(m_store.database(),
                                    QStringLiteral("DELETE FROM transfers WHERE network = ? AND"
                                                   " (from_address = ? OR to_address = ?)"),
                                    {network, blobOf(account), blobOf(account)}, what);
        if (!deleted)
            return std::move(deleted).error();
        forgotten = deleted->numRowsAffected();
        // The fan-out logs no transfer covers any more.
        if (auto logs = executeSql(
                m_store.database(),
                QStringLiteral("DELETE FROM transfer_logs WHERE network = ? AND NOT EXISTS"
                               " (SELECT 1 FROM transfers t WHERE t.network ="
                               " transfer_logs.network AND t.tx_hash = transfer_logs.tx_hash"
                               " AND transfer_logs.log_index BETWEEN t.log_index AND"
                               " t.log_index + t.log_count - 1)"),
                {network}, what);
            !logs)
            return logs;
        // watchNameOf() lists the accounts as lower-case hex.
        return executeSql(m_store.database(),
                          QStringLiteral("DELETE FROM watch_cursors WHERE network = ? AND"
                                         " instr(watch, ?) > 0"),
                          {network, QString::fromStdString(account.lowerHex())}, what);
    });
    if (!done)
        return std::move(done).error();
    return forgotten;
}

Status TransferStore::setDecrypted(const std::vector<Decrypted>& amounts)
{
    const std::string what = "storing decrypted amounts";
    return m_store.transaction([&]() -> Status {
        auto statement = prepareStatement(
            m_store.database(),
            QStringLiteral("UPDATE transfers SET amount = ?, amount_status = 'decrypted'"
                           " WHERE id = ? AND amount IS NULL"),
            what);
        if (!statement)
            return std::move(statement).error();
        for (const Decrypted& decrypted : amounts) {
            if (auto ran = executeStatement(*statement,
                                            {amountBlob(decrypted.amount), decrypted.id}, what);
                !ran)
                return ran;
        }
        return {};
    });
}

} // namespace seismic::store
