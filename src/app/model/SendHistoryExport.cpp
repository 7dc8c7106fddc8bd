// SPDX-License-Identifier: MIT
#include "app/model/SendHistoryExport.h"

#include "app/model/SendHistoryStore.h"
#include "app/model/TxRecordJson.h"
#include "store/CsvLine.h"
#include "store/ExportLine.h"

#include <QIODevice>

namespace seismic::app {
namespace {

QVariant optionalNumber(const std::optional<quint64>& value)
{
    return value ? QVariant(static_cast<qulonglong>(*value)) : QVariant();
}

QVariant optionalText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The row's fields in columns() order. The amount is recorded as "<decimal> <symbol>".
QVariantList fieldsOf(const TxRecord& record)
{
    const qsizetype space = record.amount.indexOf(QLatin1Char(' '));
    const QString amount = space < 0 ? record.amount : record.amount.left(space);
    const QString symbol = space < 0 ? QString() : record.amount.mid(space + 1);
    return {
        record.time.toUTC().toString(Qt::ISODateWithMs),
        record.hash ? QVariant(QString::fromStdString(record.hash->hex())) : QVariant(),
        optionalNumber(record.nonce),
        txActionName(record.kind),
        optionalText(record.action),
        QString::fromStdString(record.to.checksummed()),
        record.recipient ? QVariant(QString::fromStdString(record.recipient->checksummed()))
                         : QVariant(),
        optionalText(amount),
        optionalText(symbol),
        record.shielded,
        txRecordStatusName(record),
        optionalNumber(record.block),
        optionalNumber(record.gasUsed),
        optionalNumber(record.expiresAt),
        optionalNumber(record.replaces),
        optionalNumber(record.replacedBy),
        optionalText(record.error),
    };
}

} // namespace

QStringList SendHistoryExport::columns()
{
    return {QStringLiteral("time"),       QStringLiteral("transactionHash"),
            QStringLiteral("nonce"),      QStringLiteral("kind"),
            QStringLiteral("function"),   QStringLiteral("to"),
            QStringLiteral("recipient"),  QStringLiteral("amount"),
            QStringLiteral("symbol"),     QStringLiteral("shielded"),
            QStringLiteral("status"),     QStringLiteral("blockNumber"),
            QStringLiteral("gasUsed"),    QStringLiteral("expiresAtBlock"),
            QStringLiteral("replacesId"), QStringLiteral("replacedById"),
            QStringLiteral("error")};
}

Result<qint64> SendHistoryExport::write(const SendHistoryStore& history,
                                        const NetworkConfig& network, const Address& account,
                                        store::ExportFormat format, QIODevice& output,
                                        const Filter& include)
{
    const QStringList keys = columns();
    const auto put = [&](const QByteArray& line) -> Status {
        if (output.write(line) != line.size())
            return makeError(ErrorKind::Io,
                             "cannot write the export: " + output.errorString().toStdString());
        return {};
    };
    if (format == store::ExportFormat::Csv)
        if (auto header = put(store::csvLine(keys)); !header)
            return std::move(header).error();
    qint64 written = 0;
    auto walked = history.forEach(network, account, [&](const TxRecord& record) -> Status {
        if (include && !include(record))
            return {};
        if (auto line = put(store::exportLine(format, keys, fieldsOf(record))); !line)
            return line;
        ++written;
        return {};
    });
    if (!walked)
        return std::move(walked).error();
    return written;
}

} // namespace seismic::app
