// SPDX-License-Identifier: MIT
#include "store/Store.h"

#include "store/StoreError.h"
#include "store/StoreSchema.h"
#include "store/StoreStatement.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace seismic::store {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("seismic-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions kPrivateDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The directory and an empty file, both private, before SQLite creates anything: its WAL and
// shared-memory files take the database file's mode.
Status preparePrivateFile(const QString& path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory) || !QFile::setPermissions(directory, kPrivateDirectory))
        return storeError(StoreFailure::Unavailable,
                          "cannot create the private folder " + directory.toStdString());
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return storeError(StoreFailure::Unavailable, "cannot create " + path.toStdString() +
                                                             ": " +
                                                             file.errorString().toStdString());
        file.close();
    }
    if (!file.setPermissions(kPrivateFile))
        return storeError(StoreFailure::ReadOnly,
                          "cannot make " + path.toStdString() + " private to the user");
    return {};
}

} // namespace

QString Store::pathIn(const QString& dataDirectory)
{
    return QDir(dataDirectory)
        .filePath(QLatin1String(kDirectoryName) + QLatin1Char('/') + QLatin1String(kFileName));
}

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{}

Store::~Store()
{
    // Keeps the query planner's statistics current (cheap; SQLite's advice before closing).
    if (m_database.isOpen())
        (void)executeSql(m_database, QStringLiteral("PRAGMA optimize"), "optimizing the store");
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storeError(StoreFailure::Unavailable,
                          "Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite)");
    if (path != QLatin1String(":memory:"))
        if (auto prepared = preparePrivateFile(path); !prepared)
            return std::move(prepared).error();
    std::unique_ptr<Store> store(new Store(path, nextConnectionName()));
    store->m_database.setDatabaseName(path);
    // A lock held by another instance is reported at once rather than waited for.
    store->m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
    if (!store->m_database.open())
        return storeError(store->m_database.lastError(), "opening " + path.toStdString());
    if (auto configured = store->configure(); !configured)
        return std::move(configured).error();
    if (auto migrated = storeschema::migrate(store->m_database); !migrated)
        return std::move(migrated).error();
    // Takes the exclusive lock now (kept, in this locking mode), not at the first write.
    if (auto locked = store->transaction([] { return Status{}; }); !locked)
        return std::move(locked).error();
    return store;
}

Result<std::unique_ptr<Store>> Store::openInMemory()
{
    return open(QStringLiteral(":memory:"));
}

Status Store::configure()
{
    // Exclusive: the lock, once taken, is held until close; in WAL mode that also keeps the WAL
    // index in process memory instead of a shared file. Secure delete: what is removed (a
    // watch-only account's viewing key) is overwritten in the file, not left in a free page.
    for (const char* pragma : {"PRAGMA locking_mode = EXCLUSIVE", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"})
        if (auto set = executeSql(m_database, QLatin1String(pragma), "configuring the store"); !set)
            return set;
    // Before anything is written (the switch to WAL is a write).
    if (auto owned = storeschema::checkOwnership(m_database); !owned)
        return owned;
    auto mode = runStatement(m_database, QStringLiteral("PRAGMA journal_mode = WAL"), {},
                             "switching the store to WAL mode");
    if (!mode)
        return std::move(mode).error();
    const QString journal = mode->next() ? mode->value(0).toString() : QString();
    if (journal != QLatin1String("wal") && m_path != QLatin1String(":memory:"))
        return storeError(StoreFailure::Failed, "the store cannot use WAL mode");
    return {};
}

Status Store::vacuum()
{
    // The WAL holds the pages VACUUM rewrote until a checkpoint truncates it.
    if (auto vacuumed = executeSql(m_database, QStringLiteral("VACUUM"), "vacuuming the store");
        !vacuumed)
        return vacuumed;
    return executeSql(m_database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                      "vacuuming the store");
}

Result<QString> Store::setAside(const QString& path)
{
    if (!QFile::exists(path))
        return makeError(ErrorKind::NotFound, "no database at " + path.toStdString());
    const QString backup =
        path + QStringLiteral(".broken-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (QFile::exists(backup) || !QFile::rename(path, backup))
        return storeError(StoreFailure::ReadOnly,
                          "cannot rename " + path.toStdString() + " to " + backup.toStdString());
    // The WAL belongs to the file it was written for: it goes with it.
    for (const char* suffix : {"-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            (void)QFile::rename(path + QLatin1String(suffix), backup + QLatin1String(suffix));
    return backup;
}

Status Store::transaction(const std::function<Status()>& writes)
{
    if (auto begun = executeSql(m_database, QStringLiteral("BEGIN EXCLUSIVE"),
                                "starting a store transaction");
        !begun)
        return begun;
    Status done = writes();
    if (done)
        done = executeSql(m_database, QStringLiteral("COMMIT"), "committing to the store");
    if (!done)
        (void)executeSql(m_database, QStringLiteral("ROLLBACK"), "rolling back");
    return done;
}

} // namespace seismic::store
