// SPDX-License-Identifier: MIT
#include "app/model/SendHistoryStore.h"

#include "app/model/NetworkConfig.h"
#include "app/model/TxRecordJson.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace seismic::app {

using store::blobOf;
using store::executeStatement;
using store::nullBlob;
using store::prepareStatement;
using store::readText;
using store::runStatement;
using store::Store;
using store::storeError;
using store::StoreFailure;
namespace {

constexpr qsizetype kMaxRecord = 1 << 20;
constexpr qint64 kMaxFile = 64 << 20;

QString fileSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    text.replace(unsafe, QStringLiteral("_"));
    return text.isEmpty() ? QStringLiteral("_") : text;
}

// Moves `path` to `<root>/<folder>/<its name>`, creating both folders private to the user.
Status moveInto(const QString& path, const QString& root, const QString& folder)
{
    const QString target = QDir(root).filePath(folder);
    if (!QDir().mkpath(target))
        return makeError(ErrorKind::Io, "cannot create " + target.toStdString());
    for (const QString& created : {root, target})
        QFile::setPermissions(created, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
    const QString moved = QDir(target).filePath(QFileInfo(path).fileName());
    if (QFile::exists(moved) || !QFile::rename(path, moved))
        return makeError(ErrorKind::Io, "imported, but cannot be moved to " + moved.toStdString());
    return {};
}

} // namespace

SendHistoryStore::SendHistoryStore(Store& store)
    : m_store(store)
{}

QString SendHistoryStore::networkKey(const NetworkConfig& network)
{
    return QString::number(network.chainId) + QLatin1Char('-') + fileSafe(network.name);
}

Result<qint64> SendHistoryStore::count(const NetworkConfig& network, const Address& account) const
{
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("SELECT count(*) FROM send_history WHERE network = ? AND account = ?"),
        {networkKey(network), blobOf(account)}, "counting the send history");
    if (!query)
        return std::move(query).error();
    if (!query->next())
        return storeError(StoreFailure::Corrupt, "the send history cannot be counted");
    return query->value(0).toLongLong();
}

Result<std::vector<TxRecord>> SendHistoryStore::readAfter(const NetworkConfig& network,
                                                          const Address& account, quint64 afterId,
                                                          qint64 limit) const
{
    auto query = runStatement(m_store.database(),
                              QStringLiteral("SELECT record FROM send_history WHERE network = ?"
                                             " AND account = ? AND id > ? ORDER BY id LIMIT ?"),
                              {networkKey(network), blobOf(account),
                               static_cast<qlonglong>(afterId), static_cast<qlonglong>(limit)},
                              "reading the send history");
    if (!query)
        return std::move(query).error();
    std::vector<TxRecord> records;
    while (query->next()) {
        auto text = readText(query->value(0), "send_history.record", kMaxRecord);
        if (!text)
            return std::move(text).error();
        const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
        auto record = txRecordFromJson(document.object());
        if (!document.isObject() || !record)
            return storeError(StoreFailure::Corrupt,
                              "the store's column send_history.record holds a damaged record");
        records.push_back(std::move(record).value());
    }
    return records;
}

Result<std::vector<TxRecord>> SendHistoryStore::load(const NetworkConfig& network,
                                                     const Address& account) const
{
    return readAfter(network, account, 0, -1);
}

Status SendHistoryStore::put(const NetworkConfig& network, const Address& account,
                             const std::vector<TxRecord>& records)
{
    return insert(networkKey(network), account, records, true);
}

Result<qint64> SendHistoryStore::forget(const NetworkConfig& network, const Address& account)
{
    auto deleted =
        runStatement(m_store.database(),
                     QStringLiteral("DELETE FROM send_history WHERE network = ? AND account = ?"),
                     {networkKey(network), blobOf(account)}, "forgetting the send history");
    if (!deleted)
        return std::move(deleted).error();
    const qint64 forgotten = deleted->numRowsAffected();
    deleted->finish();
    if (auto vacuumed = m_store.vacuum(); !vacuumed)
        return std::move(vacuumed).error();
    return forgotten;
}

Status SendHistoryStore::insert(const QString& network, const Address& account,
                                const std::vector<TxRecord>& records, bool replace)
{
    const std::string what = "storing the send history";
    return m_store.transaction([&]() -> Status {
        auto statement = prepareStatement(
            m_store.database(),
            replace ? QStringLiteral("INSERT INTO send_history"
                                     " (network, account, id, time, tx_hash, record)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"
                                     " ON CONFLICT (network, account, id) DO UPDATE SET"
                                     " time = excluded.time, tx_hash = excluded.tx_hash,"
                                     " record = excluded.record")
                    : QStringLiteral("INSERT INTO send_history"
                                     " (network, account, id, time, tx_hash, record)"
                                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            what);
        if (!statement)
            return std::move(statement).error();
        for (const TxRecord& record : records) {
            if (record.id == 0 || record.id > static_cast<quint64>(INT64_MAX))
                return makeError(ErrorKind::InvalidArgument, "a send history record has no id");
            const QVariantList row{
                network,
                blobOf(account),
                static_cast<qlonglong>(record.id),
                record.time.toUTC().toString(Qt::ISODateWithMs),
                record.hash ? QVariant(blobOf(record.hash->view())) : nullBlob(),
                QString::fromUtf8(
                    QJsonDocument(txRecordToJson(record)).toJson(QJsonDocument::Compact))};
            if (auto ran = executeStatement(*statement, row, what); !ran)
                return ran;
        }
        return {};
    });
}

SendHistoryStore::ImportReport SendHistoryStore::importJsonFiles(const QString& directory,
                                                                 const QString& backupDirectory)
{
    ImportReport report;
    QDirIterator folders(directory, QDir::Dirs | QDir::NoDotAndDotDot);
    while (folders.hasNext()) {
        const QString folder = folders.next();
        const QString network = QFileInfo(folder).fileName();
        QDirIterator files(folder, {QStringLiteral("*.json")}, QDir::Files);
        while (files.hasNext()) {
            const QString path = files.next();
            const auto fail = [&](Error error) {
                report.failures.emplace_back(path, error);
            };
            auto account = Address::parse(QFileInfo(path).completeBaseName().toStdString());
            if (!account) {
                fail(makeError(ErrorKind::Decode, "the file is not named after an account"));
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFile) {
                fail(makeError(ErrorKind::Io, "cannot read the file"));
                continue;
            }
            const LegacyHistoryFile contents = parseLegacyHistoryFile(file.readAll());
            file.close();
            if (!contents.problem.isEmpty()) {
                fail(makeError(ErrorKind::Decode, contents.problem.toStdString()));
                continue;
            }
            if (auto stored = insert(network, *account, contents.records, false); !stored) {
                fail(stored.error());
                continue;
            }
            if (auto moved = moveInto(path, backupDirectory, network); !moved) {
                fail(moved.error());
                continue;
            }
            ++report.files;
            report.records += static_cast<int>(contents.records.size());
        }
    }
    return report;
}

} // namespace seismic::app
