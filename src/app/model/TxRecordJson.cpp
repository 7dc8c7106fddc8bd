// SPDX-License-Identifier: MIT
#include "app/model/TxRecordJson.h"

#include "core/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace seismic::app {
namespace {

constexpr int kVersion = 1;

constexpr std::pair<TxAction, const char*> kActionNames[] = {
    {TxAction::Payment, "payment"},           {TxAction::TokenTransfer, "transfer"},
    {TxAction::ContractCall, "call"},         {TxAction::ViewingKey, "viewing key"},
    {TxAction::Cancellation, "cancellation"},
};

// Records of earlier versions have no kind: an amount made them a transfer.
bool readKind(const QJsonValue& value, TxRecord& record)
{
    if (value.isUndefined()) {
        record.kind = record.amount.isEmpty() ? TxAction::ContractCall
                      : record.recipient      ? TxAction::TokenTransfer
                                              : TxAction::Payment;
        return true;
    }
    for (const auto& [kind, name] : kActionNames)
        if (value.toString() == QLatin1String(name)) {
            record.kind = kind;
            return true;
        }
    return false;
}

// Files of earlier versions say "encrypting" or "signing" while sending, and "failed" without a
// hash for a send the node refused.
bool readStatus(const QString& name, TxRecord& record)
{
    record.status = client::TxStatus::Pending;
    record.stage = SendStage::Sent;
    if (name == QLatin1String("sending") || name == QLatin1String("encrypting") ||
        name == QLatin1String("signing"))
        record.stage = SendStage::Sending;
    else if (name == QLatin1String("not sent") || (name == QLatin1String("failed") && !record.hash))
        record.stage = SendStage::NotSent;
    else if (name == QLatin1String("replaced") && !record.replacedBy)
        // Replaced by a transaction this history does not have (the tracker saw it mined).
        record.status = client::TxStatus::Replaced;
    else if (name == QLatin1String("replaced"))
        return true;
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

} // namespace

QString txActionName(TxAction action)
{
    for (const auto& [kind, name] : kActionNames)
        if (kind == action)
            return QLatin1String(name);
    Q_UNREACHABLE();
}

QString txRecordStatusName(const TxRecord& record)
{
    switch (record.stage) {
    case SendStage::Sending:
        return QStringLiteral("sending");
    case SendStage::NotSent:
        return QStringLiteral("not sent");
    case SendStage::Sent:
        break;
    }
    if (record.replacedBy)
        return QStringLiteral("replaced");
    if (record.status == client::TxStatus::Pending)
        return QStringLiteral("sent");
    return QString::fromLatin1(client::txStatusName(record.status));
}

Result<TxRecord> txRecordFromJson(const QJsonObject& object)
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
    if (!readKind(object.value(QLatin1String("kind")), record))
        return fail(QStringLiteral("'kind' is not a kind of transaction"));
    record.shielded = object.value(QLatin1String("shielded")).toBool();
    if (const QJsonValue hash = object.value(QLatin1String("hash")); !hash.isUndefined()) {
        auto parsed = Hash::fromHex(hash.toString().toStdString(), HexPrefix::Required);
        if (!parsed)
            return fail(QStringLiteral("'hash' is not a transaction hash"));
        record.hash = *parsed;
    }
    for (const auto& [key, field] :
         {std::pair{"nonce", &record.nonce}, std::pair{"expiresAt", &record.expiresAt},
          std::pair{"block", &record.block}, std::pair{"gasUsed", &record.gasUsed},
          std::pair{"replaces", &record.replaces}, std::pair{"replacedBy", &record.replacedBy}}) {
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
    auto priorityFee = uint256("priorityFee");
    auto gas = integer("gas");
    if (!value)
        return std::move(value).error();
    if (!gasPrice)
        return std::move(gasPrice).error();
    if (!priorityFee)
        return std::move(priorityFee).error();
    if (!gas)
        return std::move(gas).error();
    record.value = *value;
    record.gasPrice = *gasPrice;
    record.priorityFee = *priorityFee;
    record.gas = gas->value_or(0);
    return record;
}

QJsonObject txRecordToJson(const TxRecord& record)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), integerText(record.id));
    object.insert(QLatin1String("time"), record.time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("kind"), txActionName(record.kind));
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
    putOptional(object, "replaces", record.replaces);
    putOptional(object, "replacedBy", record.replacedBy);
    object.insert(QLatin1String("status"), txRecordStatusName(record));
    if (!record.error.isEmpty())
        object.insert(QLatin1String("error"), record.error);
    if (!record.data.empty())
        object.insert(QLatin1String("data"), QString::fromStdString(toHex(record.data)));
    object.insert(QLatin1String("value"), QString::fromStdString(toDecimal(record.value)));
    object.insert(QLatin1String("gas"), integerText(record.gas));
    object.insert(QLatin1String("gasPrice"), QString::fromStdString(toDecimal(record.gasPrice)));
    if (record.priorityFee != 0)
        object.insert(QLatin1String("priorityFee"),
                      QString::fromStdString(toDecimal(record.priorityFee)));
    return object;
}

LegacyHistoryFile parseLegacyHistoryFile(const QByteArray& json)
{
    LegacyHistoryFile contents;
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
        auto record = txRecordFromJson(transactions.at(i).toObject());
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

} // namespace seismic::app
