// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace seismic::store {

// The application's SQLite database (Qt SQL, QSQLITE): one file per data directory, in a
// directory of its own that only the user can enter (0700; the file 0600), at the newest schema
// (storeschema), in WAL mode. The connection holds the file exclusively, so a second instance
// on the same data directory gets a Locked error instead of a file changing under it.
//
// A connection belongs to the thread that opened it; the transfer, cursor, history, label and
// account stores all work through this one. Failures are StoreError values; the file is never
// deleted or replaced because of them.
class Store
{
public:
    static constexpr const char* kDirectoryName = "store";
    static constexpr const char* kFileName = "seismic.sqlite";

    // <dataDirectory>/store/seismic.sqlite
    static QString pathIn(const QString& dataDirectory);
    // Opens (creating it if absent) and migrates the database at `path`.
    static Result<std::unique_ptr<Store>> open(const QString& path);
    // A database in memory, gone when closed: for when the file cannot be used.
    static Result<std::unique_ptr<Store>> openInMemory();
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const QString& path() const { return m_path; }
    const QSqlDatabase& database() const { return m_database; }

    // Runs `writes` in one transaction: committed if it succeeds, rolled back otherwise.
    Status transaction(const std::function<Status()>& writes);
    // Rewrites the file without the space of deleted rows (after forgetting: what was deleted
    // leaves the disk, not only the tables).
    Status vacuum();

    // For a rebuild the user asked for: renames the database at `path` (and its WAL) to
    // "<path>.broken-<UTC time>" beside it, so that the next open() starts a fresh one; the old
    // file is kept, never deleted. Returns the backup's path. Must not be open.
    static Result<QString> setAside(const QString& path);

private:
    Store(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
};

} // namespace seismic::store
