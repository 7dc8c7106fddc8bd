// SPDX-License-Identifier: MIT
#include "app/model/TxHistoryStore.h"

#include "app/AppLogging.h"
#include "app/model/NetworkConfig.h"
#include "app/model/TxHistoryModel.h"
#include "core/Hex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace seismic::app {
namespace {

constexpr int kVersion = 1;

// The "status" of a record: what only the app knows before it is sent, then the chain's word.
// Files of earlier versions say "encrypting" or "signing" while sending, and "failed" without a
// hash for a send the node refused.
QString statusName(const TxRecord& record)
{
    switch (record.stage) {
    case SendStage::Sending:
        return QStringLiteral("sending");
    case SendStage::NotSent:
        return QStringLiteral("not sent");
    case SendStage::Sent:
        break;
    }
    if (record.status == client::TxStatus::Pending)
        return QStringLiteral("sent");
    return QString::fromLatin1(client::txStatusName(record.status));
}

bool readStatus(const QString& name, TxRecord& record)
{
    record.status = client::TxStatus::Pending;
    record.stage = SendStage::Sent;
    if (name == QLatin1String("sending") || name == QLatin1String("encrypting") ||
        name == QLatin1String("signing"))
        record.stage = SendStage::Sending;
    else if (name == QLatin1String("not sent") || (name == QLatin1String("failed") && !record.hash))
        record.stage = SendStage::NotSent;
    else if (name == QLatin1String("confirmed"))
        record.status = client::TxStatus::Confirmed;
    else if (name == QLatin1String("failed"))
        record.status = client::TxStatus::Failed;
    else if (name == QLatin1String("expired"))
        record.status = client::TxStatus::Expired;
    else if (name != QLatin1String("sent"))
        return false;
    return true;
}

QString fileSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    text.replace(unsafe, QStringLiteral("_"));
    return text.isEmpty() ? QStringLiteral("_") : text;
}

// Integers are written as decimal strings: JSON numbers are doubles.
QString integerText(quint64 value)
{
    return QString::number(value);
}

void putOptional(QJsonObject& object, const char* key, const std::optional<quint64>& value)
{
    if (value)
        object.insert(QLatin1String(key), integerText(*value));
}

// Reads one record; what is wrong with it as a message.
Result<TxRecord> readRecord(const QJsonObject& object)
{
    const auto fail = [](const QString& what) {
        return makeError(ErrorKind::Decode, what.toStdString());
    };
    const auto integer = [&](const char* key) -> Result<std::optional<quint64>> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::optional<quint64>();
        bool ok = false;
        const quint64 number = value.toString().toULongLong(&ok);
        if (!value.isString() || !ok)
            return fail(QStringLiteral("'%1' is not a decimal integer").arg(QLatin1String(key)));
        return std::optional<quint64>(number);
    };
    const auto uint256 = [&](const char* key) -> Result<Uint256> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return Uint256(0);
        auto parsed = parseUint256(value.toString().toStdString());
        if (!value.isString() || !parsed)
            return fail(QStringLiteral("'%1' is not a decimal integer").arg(QLatin1String(key)));
        return parsed;
    };
    const auto address = [&](const char* key) -> Result<std::optional<Address>> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::optional<Address>();
        auto parsed = Address::parse(value.toString().toStdString());
        if (!parsed)
            return fail(QStringLiteral("'%1' is not an address").arg(QLatin1String(key)));
        return std::optional<Address>(*parsed);
    };

    TxRecord record;
    auto id = integer("id");
    if (!id)
        return std::move(id).error();
    if (!*id || **id == 0)
        return fail(QStringLiteral("the record has no id"));
    record.id = **id;
    record.time =
        QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!record.time.isValid())
        return fail(QStringLiteral("'time' is not an ISO 8601 date"));
    record.action = object.value(QLatin1String("action")).toString();
    auto to = address("to");
    if (!to)
        return std::move(to).error();
    if (!*to)
        return fail(QStringLiteral("the record has no 'to'"));
    record.to = **to;
    auto recipient = address("recipient");
    if (!recipient)
        return std::move(recipient).error();
    record.recipient = *recipient;
    record.amount = object.value(QLatin1String("amount")).toString();
    record.shielded = object.value(QLatin1String("shielded")).toBool();
    if (const QJsonValue hash = object.value(QLatin1String("hash")); !hash.isUndefined()) {
        auto parsed = Hash::fromHex(hash.toString().toStdString(), HexPrefix::Required);
        if (!parsed)
            return fail(QStringLiteral("'hash' is not a transaction hash"));
        record.hash = *parsed;
    }
    for (const auto& [key, field] :
         {std::pair{"nonce", &record.nonce}, std::pair{"expiresAt", &record.expiresAt},
          std::pair{"block", &record.block}, std::pair{"gasUsed", &record.gasUsed}}) {
        auto value = integer(key);
        if (!value)
            return std::move(value).error();
        *field = *value;
    }
    const QString status = object.value(QLatin1String("status")).toString();
    if (!readStatus(status, record))
        return fail(QStringLiteral("'%1' is not a transaction status").arg(status));
    record.error = object.value(QLatin1String("error")).toString();
    if (const QJsonValue data = object.value(QLatin1String("data")); !data.isUndefined()) {
        auto parsed = parseHex(data.toString().toStdString(), HexPrefix::Required);
        if (!parsed)
            return fail(QStringLiteral("'data' is not hex"));
        record.data = std::move(parsed).value();
    }
    auto value = uint256("value");
    auto gasPrice = uint256("gasPrice");
    auto gas = integer("gas");
    if (!value)
        return std::move(value).error();
    if (!gasPrice)
        return std::move(gasPrice).error();
    if (!gas)
        return std::move(gas).error();
    record.value = *value;
    record.gasPrice = *gasPrice;
    record.gas = gas->value_or(0);
    return record;
}

QJsonObject writeRecord(const TxRecord& record)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), integerText(record.id));
    object.insert(QLatin1String("time"), record.time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("action"), record.action);
    object.insert(QLatin1String("to"), QString::fromStdString(record.to.checksummed()));
    if (record.recipient)
        object.insert(QLatin1String("recipient"),
                      QString::fromStdString(record.recipient->checksummed()));
    if (!record.amount.isEmpty())
        object.insert(QLatin1String("amount"), record.amount);
    object.insert(QLatin1String("shielded"), record.shielded);
    if (record.hash)
        object.insert(QLatin1String("hash"), QString::fromStdString(record.hash->hex()));
    putOptional(object, "nonce", record.nonce);
    putOptional(object, "expiresAt", record.expiresAt);
    putOptional(object, "block", record.block);
    putOptional(object, "gasUsed", record.gasUsed);
    object.insert(QLatin1String("status"), statusName(record));
    if (!record.error.isEmpty())
        object.insert(QLatin1String("error"), record.error);
    if (!record.data.empty())
        object.insert(QLatin1String("data"), QString::fromStdString(toHex(record.data)));
    object.insert(QLatin1String("value"), QString::fromStdString(toDecimal(record.value)));
    object.insert(QLatin1String("gas"), integerText(record.gas));
    object.insert(QLatin1String("gasPrice"), QString::fromStdString(toDecimal(record.gasPrice)));
    return object;
}

} // namespace

TxHistoryStore::TxHistoryStore(QString directory, TxHistoryModel& model, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_model(model)
{
    // Not on modelReset: the wallet clears the model before it switches accounts, and that
    // must not empty the previous account's file.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TxHistoryStore::changed);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TxHistoryStore::changed);
}

QJsonObject TxHistoryStore::recordToJson(const TxRecord& record)
{
    return writeRecord(record);
}

Result<TxRecord> TxHistoryStore::recordFromJson(const QJsonObject& object)
{
    return readRecord(object);
}

QString TxHistoryStore::networkFolder(const NetworkConfig& network)
{
    return QString::number(network.chainId) + QLatin1Char('-') + fileSafe(network.name);
}

QString TxHistoryStore::filePath(const QString& directory, const NetworkConfig& network,
                                 const Address& account)
{
    const QString folder = networkFolder(network);
    return QDir(directory).filePath(folder + QLatin1Char('/') +
                                    QString::fromStdString(account.checksummed()) +
                                    QStringLiteral(".json"));
}

TxHistoryStore::Contents TxHistoryStore::parse(const QByteArray& json)
{
    Contents contents;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        contents.problem =
            QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        return contents;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("version")).toInt() != kVersion ||
        !root.value(QLatin1String("transactions")).isArray()) {
        contents.problem = QStringLiteral("not a version %1 transaction history").arg(kVersion);
        return contents;
    }
    const QJsonArray transactions = root.value(QLatin1String("transactions")).toArray();
    QStringList problems;
    for (qsizetype i = 0; i < transactions.size(); ++i) {
        auto record = readRecord(transactions.at(i).toObject());
        const bool duplicate =
            record && std::any_of(contents.records.begin(), contents.records.end(),
                                  [&](const TxRecord& other) { return other.id == record->id; });
        if (record && !duplicate)
            contents.records.push_back(std::move(record).value());
        else
            problems << QStringLiteral("transaction %1: %2")
                            .arg(i)
                            .arg(duplicate ? QStringLiteral("duplicate id")
                                           : QString::fromStdString(record.error().message));
    }
    contents.problem = problems.join(QStringLiteral("; "));
    return contents;
}

QByteArray TxHistoryStore::serialize(const std::vector<TxRecord>& records)
{
    QJsonArray transactions;
    for (const TxRecord& record : records)
        transactions.append(writeRecord(record));
    QJsonObject root;
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("transactions"), transactions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void TxHistoryStore::open(const NetworkConfig& network, const std::optional<Address>& account)
{
    m_path = account ? filePath(m_directory, network, *account) : QString();
    std::vector<TxRecord> records;
    QFile file(m_path);
    if (!m_path.isEmpty() && file.exists()) {
        Contents contents;
        if (file.open(QIODevice::ReadOnly))
            contents = parse(file.readAll());
        else
            contents.problem = file.errorString();
        file.close();
        if (!contents.problem.isEmpty()) {
            const QString backup =
                m_path + QStringLiteral(".corrupt-") +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
            const bool kept = QFile::rename(m_path, backup);
            qCWarning(lcWallet).noquote()
                << "transaction history" << m_path << "is damaged (" << contents.problem
                << "); kept" << contents.records.size() << "readable records;"
                << (kept ? QStringLiteral("the damaged file is now %1").arg(backup)
                         : QStringLiteral("it could not be renamed to %1").arg(backup));
        }
        records = std::move(contents.records);
    }
    m_model.reset(std::move(records));
    Q_EMIT opened();
}

Status TxHistoryStore::save() const
{
    if (m_path.isEmpty())
        return {};
    return writeFile(m_path, m_model.records());
}

Status TxHistoryStore::amend(const NetworkConfig& network, const Address& account,
                             const TxRecord& record) const
{
    const QString path = filePath(m_directory, network, account);
    std::vector<TxRecord> records;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, "cannot read " + path.toStdString() + ": " +
                                                file.errorString().toStdString());
        Contents contents = parse(file.readAll());
        if (!contents.problem.isEmpty())
            return makeError(ErrorKind::Decode,
                             path.toStdString() + " is damaged: " + contents.problem.toStdString());
        records = std::move(contents.records);
    }
    const auto same = std::find_if(records.begin(), records.end(),
                                   [&](const TxRecord& other) { return other.id == record.id; });
    if (same != records.end())
        *same = record;
    else
        records.push_back(record);
    return writeFile(path, records);
}

Status TxHistoryStore::writeFile(const QString& path, const std::vector<TxRecord>& records)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorKind::Io, "cannot create the folder of " + path.toStdString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, "cannot write " + path.toStdString() + ": " +
                                            file.errorString().toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = serialize(records);
    if (file.write(json) != json.size() || !file.commit())
        return makeError(ErrorKind::Io, "cannot write " + path.toStdString() + ": " +
                                            file.errorString().toStdString());
    return {};
}

void TxHistoryStore::changed()
{
    if (auto saved = save(); !saved)
        qCWarning(lcWallet).noquote()
            << "transaction history not saved:" << QString::fromStdString(saved.error().message);
}

} // namespace seismic::app
