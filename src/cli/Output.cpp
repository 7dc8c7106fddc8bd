// SPDX-License-Identifier: MIT
#include "cli/Output.h"

#include "cli/ExitCode.h"
#include "core/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace seismic::cli {

namespace {

bool isBidiControl(char16_t unit)
{
    return unit == 0x061C || unit == 0x200E || unit == 0x200F ||
           (unit >= 0x202A && unit <= 0x202E) || (unit >= 0x2066 && unit <= 0x2069);
}

QString plainText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    // A one-element array renders a scalar exactly as JSON does ("true", "42").
    const auto text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

} // namespace

Record& Record::add(const QString& name, QJsonValue value)
{
    m_fields.emplace_back(name, std::move(value));
    return *this;
}

Record& Record::add(const Record& other)
{
    m_fields.insert(m_fields.end(), other.m_fields.begin(), other.m_fields.end());
    return *this;
}

QJsonObject Record::toJson() const
{
    QJsonObject object;
    for (const auto& [name, value] : m_fields)
        object.insert(name, value);
    return object;
}

void Record::print(bool json) const
{
    if (json) {
        printJsonLine(toJson());
        return;
    }
    QTextStream out(stdout);
    for (const auto& [name, value] : m_fields)
        out << terminalText(name) << ": " << terminalText(plainText(value)) << '\n';
    out.flush();
}

void printJsonLine(const QJsonObject& object)
{
    QTextStream out(stdout);
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

int Reporter::fail(const Error& error) const
{
    // "execution reverted: execution reverted: …" says it once.
    const bool kindSaid = error.message.starts_with(errorKindName(error.kind));
    warn(QString::fromStdString(kindSaid ? error.message : error.describe()));
    return exitCode(exitCodeFor(error));
}

void Reporter::warn(const QString& message) const
{
    QTextStream(stderr) << path << ": " << terminalText(message) << '\n';
}

int Reporter::usageError(const QString& message) const
{
    QTextStream(stderr) << path << ": " << terminalText(message) << "; `" << path
                        << " --help` lists the options\n";
    return exitCode(ExitCode::Usage);
}

QString terminalText(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if (unit < 0x20 || (unit >= 0x7F && unit <= 0x9F))
            safe += QStringLiteral("\\x%1").arg(unit, 2, 16, QLatin1Char('0'));
        else if (isBidiControl(unit))
            safe += QStringLiteral("\\u%1").arg(unit, 4, 16, QLatin1Char('0'));
        else
            safe += character;
    }
    return safe;
}

QString hexText(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

QString viewText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString decimalText(const Uint256& value)
{
    return QString::fromStdString(toDecimal(value));
}

QJsonValue abiValueJson(const AbiValue& value)
{
    switch (value.kind()) {
    case AbiValue::Kind::Uint:
        return decimalText(value.asUint());
    case AbiValue::Kind::Int:
        return QString::fromStdString(toDecimal(value.asInt()));
    case AbiValue::Kind::Address:
        return QString::fromStdString(value.asAddress().checksummed());
    case AbiValue::Kind::Bool:
        return value.asBool();
    case AbiValue::Kind::Bytes:
        return hexText(value.asBytes());
    case AbiValue::Kind::String:
        return QString::fromStdString(value.asString());
    case AbiValue::Kind::Array:
    case AbiValue::Kind::Tuple:
        break;
    }
    QJsonArray items;
    for (const auto& item : value.items())
        items.append(abiValueJson(item));
    return items;
}

Error withContext(Error error, const QString& context)
{
    error.message = context.toStdString() + ": " + error.message;
    return error;
}

} // namespace seismic::cli
