// SPDX-License-Identifier: MIT
#include "store/StoreSchema.h"

#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/TransferGrouping.h"

#include <QStringList>

#include <array>

namespace seismic::store::storeschema {
namespace {

// Version 1: networks, transfers and the tokens they name, watch cursors.
//
// A network is a chain id and its genesis block's hash, so that a chain reset behind the same
// endpoint is another network. Transfers are unique per network by (transaction hash, log
// index). Amounts are 32-byte big-endian BLOBs (byte order is numeric order); an SRC20 row
// keeps its key hash and ciphertext so that it can be decrypted later, and amount_status says
// why there is no amount. The indexes serve the transfers page: filtering by sender, recipient
// and token, ordering by every column (rowid, the arrival order, breaks ties).
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE networks ("
                   " id INTEGER PRIMARY KEY,"
                   " chain_id INTEGER NOT NULL CHECK (chain_id >= 0),"
                   " genesis_hash BLOB NOT NULL CHECK (length(genesis_hash) = 32),"
                   " UNIQUE (chain_id, genesis_hash))"),
    QStringLiteral("CREATE TABLE tokens ("
                   " network INTEGER NOT NULL REFERENCES networks (id),"
                   " contract BLOB NOT NULL CHECK (length(contract) = 20),"
                   " symbol TEXT NOT NULL CHECK (length(symbol) <= 64),"
                   " decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 77),"
                   " PRIMARY KEY (network, contract)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE transfers ("
                   " id INTEGER PRIMARY KEY,"
                   " network INTEGER NOT NULL REFERENCES networks (id),"
                   " token BLOB NOT NULL CHECK (length(token) = 20),"
                   " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                   " block_hash BLOB NOT NULL CHECK (length(block_hash) = 32),"
                   " block_time INTEGER CHECK (block_time >= 0),"
                   " tx_hash BLOB NOT NULL CHECK (length(tx_hash) = 32),"
                   " log_index INTEGER NOT NULL CHECK (log_index >= 0),"
                   " from_address BLOB NOT NULL CHECK (length(from_address) = 20),"
                   " to_address BLOB NOT NULL CHECK (length(to_address) = 20),"
                   " key_hash BLOB CHECK (length(key_hash) = 32),"
                   " encrypted_amount BLOB CHECK (length(encrypted_amount) <= 4096),"
                   " amount BLOB CHECK (length(amount) = 32),"
                   " amount_status TEXT NOT NULL CHECK (amount_status IN"
                   "  ('plain', 'decrypted', 'no-key', 'foreign-key', 'undecryptable')),"
                   " removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),"
                   " UNIQUE (network, tx_hash, log_index))"),
    QStringLiteral("CREATE INDEX transfers_by_from ON transfers (network, from_address)"),
    QStringLiteral("CREATE INDEX transfers_by_to ON transfers (network, to_address)"),
    QStringLiteral("CREATE INDEX transfers_by_token ON transfers (network, token)"),
    QStringLiteral("CREATE INDEX transfers_by_block ON transfers (network, block_number,"
                   " log_index)"),
    QStringLiteral("CREATE INDEX transfers_by_amount ON transfers (network, amount)"),
    // The rows waiting for a viewing key.
    QStringLiteral("CREATE INDEX transfers_undecrypted ON transfers (network, key_hash)"
                   " WHERE amount IS NULL AND key_hash IS NOT NULL"),
    // One per watch: a canonical description of its filter (tokens, accounts, key hashes).
    QStringLiteral("CREATE TABLE watch_cursors ("
                   " network INTEGER NOT NULL REFERENCES networks (id),"
                   " watch TEXT NOT NULL CHECK (length(watch) <= 65536),"
                   " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                   " block_hash BLOB CHECK (length(block_hash) = 32),"
                   " PRIMARY KEY (network, watch)) WITHOUT ROWID"),
};

// Version 2: the wallet's tables. The send history per network ("<chain id>-<name>", as the
// history folders are named) and account (one JSON record per transaction, as the history files
// held them, with its key columns alongside), labels of addresses (contacts of
// the address book, and names of one's own accounts), and accounts watched without a key.
const QStringList kVersion2 = {
    QStringLiteral("CREATE TABLE send_history ("
                   " network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 256),"
                   " account BLOB NOT NULL CHECK (length(account) = 20),"
                   " id INTEGER NOT NULL CHECK (id > 0),"
                   " time TEXT NOT NULL,"
                   " tx_hash BLOB CHECK (length(tx_hash) = 32),"
                   " record TEXT NOT NULL CHECK (length(record) <= 1048576),"
                   " PRIMARY KEY (network, account, id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE address_labels ("
                   " address BLOB PRIMARY KEY CHECK (length(address) = 20),"
                   " label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),"
                   " contact INTEGER NOT NULL CHECK (contact IN (0, 1))) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE watch_only_accounts ("
                   " address BLOB PRIMARY KEY CHECK (length(address) = 20),"
                   " added_at INTEGER NOT NULL CHECK (added_at >= 0)) WITHOUT ROWID"),
};

// Version 3: one row per transfer (issue 14). The standard library's SRC20 emits one log per
// party that can read the amount (keyed providers, then sender, then recipient): a transfer
// row stands for its fan-out (identity: the transaction and its first log's index; log_count
// logs), says who can read it (sender key, recipient key, providers; visibility_complete 0 when
// the logs did not have that shape) and its kind; each fan-out log's key hash and ciphertext
// are kept in transfer_logs, so that a key learned later opens the amount. The per-log rows of
// version 2 are grouped into transfers (transfergrouping::groupStoredLogs), then their
// per-log columns dropped.
const QStringList kVersion3 = {
    QStringLiteral("CREATE TABLE transfer_logs ("
                   " network INTEGER NOT NULL REFERENCES networks (id),"
                   " tx_hash BLOB NOT NULL CHECK (length(tx_hash) = 32),"
                   " log_index INTEGER NOT NULL CHECK (log_index >= 0),"
                   " key_hash BLOB NOT NULL CHECK (length(key_hash) = 32),"
                   " encrypted_amount BLOB CHECK (length(encrypted_amount) <= 4096),"
                   " PRIMARY KEY (network, tx_hash, log_index)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX transfer_logs_by_key ON transfer_logs (network, key_hash)"
                   " WHERE encrypted_amount IS NOT NULL"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN kind TEXT NOT NULL DEFAULT 'transfer'"
                   " CHECK (kind IN ('transfer', 'mint', 'burn', 'approval'))"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN log_count INTEGER NOT NULL DEFAULT 1"
                   " CHECK (log_count >= 1)"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN sender_key INTEGER NOT NULL DEFAULT 0"
                   " CHECK (sender_key IN (0, 1))"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN recipient_key INTEGER NOT NULL DEFAULT 0"
                   " CHECK (recipient_key IN (0, 1))"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN providers INTEGER NOT NULL DEFAULT 0"
                   " CHECK (providers >= 0)"),
    QStringLiteral("ALTER TABLE transfers ADD COLUMN visibility_complete INTEGER NOT NULL"
                   " DEFAULT 1 CHECK (visibility_complete IN (0, 1))"),
    QStringLiteral("INSERT INTO transfer_logs (network, tx_hash, log_index, key_hash,"
                   " encrypted_amount) SELECT network, tx_hash, log_index, key_hash,"
                   " encrypted_amount FROM transfers WHERE key_hash IS NOT NULL"),
    QStringLiteral("UPDATE transfers SET kind = CASE WHEN from_address = zeroblob(20) THEN"
                   " 'mint' WHEN to_address = zeroblob(20) THEN 'burn' ELSE 'transfer' END"),
};
const QStringList kVersion3AfterGrouping = {
    QStringLiteral("DROP INDEX transfers_undecrypted"),
    QStringLiteral("ALTER TABLE transfers DROP COLUMN key_hash"),
    QStringLiteral("ALTER TABLE transfers DROP COLUMN encrypted_amount"),
};

// Version 4: a watch-only account may carry a viewing key (its own, or a provider's), which
// opens the SRC20 amounts it can read; it goes with the account's row.
const QStringList kVersion4 = {
    QStringLiteral("ALTER TABLE watch_only_accounts ADD COLUMN viewing_key BLOB"
                   " CHECK (length(viewing_key) = 32)"),
};

struct Migration
{
    const QStringList* statements;
    // What SQL alone cannot move, run after `statements`; then `afterConversion`.
    Status (*convert)(const QSqlDatabase&) = nullptr;
    const QStringList* afterConversion = nullptr;
};

const std::array<Migration, 4> kMigrations = {
    Migration{&kVersion1}, Migration{&kVersion2},
    Migration{&kVersion3, &transfergrouping::groupStoredLogs, &kVersion3AfterGrouping},
    Migration{&kVersion4}};

Result<qlonglong> pragmaNumber(const QSqlDatabase& database, const char* pragma)
{
    const std::string what = std::string("reading the store's ") + pragma;
    auto query =
        runStatement(database, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)), {}, what);
    if (!query)
        return std::move(query).error();
    if (!query->next())
        return storeError(StoreFailure::Corrupt, what + ": no answer");
    return query->value(0).toLongLong();
}

Status applyMigration(const QSqlDatabase& database, int version)
{
    const std::string what = "migrating the store to version " + std::to_string(version);
    QSqlDatabase connection = database;
    if (auto begun = executeSql(connection, QStringLiteral("BEGIN IMMEDIATE"), what); !begun)
        return begun;
    const Migration& migration = kMigrations[static_cast<std::size_t>(version - 1)];
    Status applied;
    for (const QString& statement : *migration.statements) {
        applied = executeSql(connection, statement, what);
        if (!applied)
            break;
    }
    if (applied && migration.convert)
        applied = migration.convert(connection);
    for (qsizetype i = 0;
         applied && migration.afterConversion && i < migration.afterConversion->size(); ++i)
        applied = executeSql(connection, migration.afterConversion->at(i), what);
    if (applied && version == 1)
        applied = executeSql(
            connection, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), what);
    if (applied)
        applied =
            executeSql(connection, QStringLiteral("PRAGMA user_version = %1").arg(version), what);
    if (applied)
        applied = executeSql(connection, QStringLiteral("COMMIT"), what);
    if (!applied)
        (void)executeSql(connection, QStringLiteral("ROLLBACK"), what);
    return applied;
}

} // namespace

int currentVersion()
{
    return static_cast<int>(kMigrations.size());
}

Result<int> versionOf(const QSqlDatabase& database)
{
    auto version = pragmaNumber(database, "user_version");
    if (!version)
        return std::move(version).error();
    return static_cast<int>(*version);
}

Status checkOwnership(const QSqlDatabase& database)
{
    auto version = versionOf(database);
    if (!version)
        return std::move(version).error();
    auto application = pragmaNumber(database, "application_id");
    if (!application)
        return std::move(application).error();
    auto objects = [&]() -> Result<qlonglong> {
        auto query = runStatement(database, QStringLiteral("SELECT count(*) FROM sqlite_schema"),
                                  {}, "reading the store's tables");
        if (!query)
            return std::move(query).error();
        query->next();
        return query->value(0).toLongLong();
    }();
    if (!objects)
        return std::move(objects).error();
    const bool empty = *version == 0 && *objects == 0;
    if (!empty && *application != kApplicationId)
        return storeError(StoreFailure::Foreign,
                          "the file is an SQLite database of another application");
    if (*version > currentVersion())
        return storeError(StoreFailure::NewerSchema,
                          "the store has schema version " + std::to_string(*version) +
                              ", newer than this application's " +
                              std::to_string(currentVersion()) + ": update the application");
    return {};
}

Status migrate(const QSqlDatabase& database, int target)
{
    if (auto owned = checkOwnership(database); !owned)
        return owned;
    auto version = versionOf(database);
    if (!version)
        return std::move(version).error();
    for (int next = *version + 1; next <= target; ++next)
        if (auto applied = applyMigration(database, next); !applied)
            return applied;
    return {};
}

} // namespace seismic::store::storeschema
