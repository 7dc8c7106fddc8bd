// SPDX-License-Identifier: MIT
#include "app/model/SendHistoryStore.h"

#include "app/model/NetworkConfig.h"
#include "app/model/TxHistoryStore.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

namespace seismic::app {

using store::blobOf;
using store::executeSql;
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

} // namespace

SendHistoryStore::SendHistoryStore(Store& store)
    : m_store(store)
{}

Result<std::vector<TxRecord>> SendHistoryStore::load(const NetworkConfig& network,
                                                     const Address& account) const
{
    const std::string what = "reading the send history";
    auto query = runStatement(m_store.database(),
                              QStringLiteral("SELECT record FROM send_history WHERE"
                                             " network = ? AND account = ? ORDER BY id"),
                              {TxHistoryStore::networkFolder(network), blobOf(account)}, what);
    if (!query)
        return std::move(query).error();
    std::vector<TxRecord> records;
    while (query->next()) {
        auto text = readText(query->value(0), "send_history.record", kMaxRecord);
        if (!text)
            return std::move(text).error();
        const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
        auto record = TxHistoryStore::recordFromJson(document.object());
        if (!document.isObject() || !record)
            return storeError(StoreFailure::Corrupt,
                              "the store's column send_history.record holds a damaged record");
        records.push_back(std::move(record).value());
    }
    return records;
}

Status SendHistoryStore::save(const NetworkConfig& network, const Address& account,
                              const std::vector<TxRecord>& records)
{
    return insert(TxHistoryStore::networkFolder(network), account, records, true);
}

Status SendHistoryStore::insert(const QString& network, const Address& account,
                                const std::vector<TxRecord>& records, bool replace)
{
    const std::string what = "storing the send history";
    return m_store.transaction([&]() -> Status {
        if (replace) {
            if (auto cleared = executeSql(
                    m_store.database(),
                    QStringLiteral("DELETE FROM send_history WHERE network = ? AND account = ?"),
                    {network, blobOf(account)}, what);
                !cleared)
                return cleared;
        }
        auto statement = prepareStatement(
            m_store.database(),
            QStringLiteral("INSERT INTO send_history (network, account, id, time, tx_hash, record)"
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
                QString::fromUtf8(QJsonDocument(TxHistoryStore::recordToJson(record))
                                      .toJson(QJsonDocument::Compact))};
            if (auto ran = executeStatement(*statement, row, what); !ran)
                return ran;
        }
        return {};
    });
}

SendHistoryStore::ImportReport SendHistoryStore::importJsonFiles(const QString& directory)
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
            const TxHistoryStore::Contents contents = TxHistoryStore::parse(file.readAll());
            file.close();
            if (!contents.problem.isEmpty()) {
                fail(makeError(ErrorKind::Decode, contents.problem.toStdString()));
                continue;
            }
            if (auto stored = insert(network, *account, contents.records, false); !stored) {
                fail(stored.error());
                continue;
            }
            const QString backup = path + QStringLiteral(".bak");
            if (QFile::exists(backup) || !QFile::rename(path, backup)) {
                fail(makeError(ErrorKind::Io,
                               "imported, but cannot be renamed to " + backup.toStdString()));
                continue;
            }
            ++report.files;
            report.records += static_cast<int>(contents.records.size());
        }
    }
    return report;
}

} // namespace seismic::app
