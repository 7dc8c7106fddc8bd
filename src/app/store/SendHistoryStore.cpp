// SPDX-License-Identifier: MIT
#include "app/store/SendHistoryStore.h"

#include "app/model/NetworkConfig.h"
#include "app/model/TxHistoryStore.h"
#include "app/store/Store.h"
#include "app/store/StoreError.h"
#include "app/store/StoreStatement.h"
#include "app/store/StoreValues.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

namespace seismic::app {
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
    auto query = prepareStatement(m_store.database(),
                                  QStringLiteral("SELECT record FROM send_history WHERE"
                                                 " network = ? AND account = ? ORDER BY id"),
                                  what);
    if (!query)
        return std::move(query).error();
    query->addBindValue(TxHistoryStore::networkFolder(network));
    query->addBindValue(blobOf(account));
    if (auto ran = executeStatement(*query, what); !ran)
        return std::move(ran).error();
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
            auto clear = prepareStatement(
                m_store.database(),
                QStringLiteral("DELETE FROM send_history WHERE network = ? AND account = ?"), what);
            if (!clear)
                return std::move(clear).error();
            clear->addBindValue(network);
            clear->addBindValue(blobOf(account));
            if (auto ran = executeStatement(*clear, what); !ran)
                return ran;
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
            statement->bindValue(0, network);
            statement->bindValue(1, blobOf(account));
            statement->bindValue(2, static_cast<qlonglong>(record.id));
            statement->bindValue(3, record.time.toUTC().toString(Qt::ISODateWithMs));
            statement->bindValue(4, record.hash ? QVariant(blobOf(record.hash->view()))
                                                : QVariant(QMetaType::fromType<QByteArray>()));
            statement->bindValue(
                5, QString::fromUtf8(QJsonDocument(TxHistoryStore::recordToJson(record))
                                         .toJson(QJsonDocument::Compact)));
            if (auto ran = executeStatement(*statement, what); !ran)
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
