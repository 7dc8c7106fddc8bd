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

SendHistoryExport::SendHistoryExport(const SendHistoryStore& history, NetworkConfig network,
                                     Address account, store::ExportFormat format, QIODevice& output,
                                     Filter include)
    : m_history(history)
    , m_network(std::move(network))
    , m_account(account)
    , m_format(format)
    , m_output(output)
    , m_include(std::move(include))
{}

Status SendHistoryExport::begin()
{
    auto total = m_history.count(m_network, m_account);
    if (!total)
        return std::move(total).error();
    m_total = *total;
    m_written = 0;
    m_processed = 0;
    m_lastId = 0;
    if (m_format == store::ExportFormat::Csv)
        return put(store::csvLine(columns()));
    return {};
}

Result<bool> SendHistoryExport::step()
{
    static const QStringList keys = columns();
    auto page = m_history.readAfter(m_network, m_account, m_lastId, kPageRecords);
    if (!page)
        return std::move(page).error();
    for (const TxRecord& record : *page) {
        if (!m_include || m_include(record)) {
            if (auto line = put(store::exportLine(m_format, keys, fieldsOf(record))); !line)
                return std::move(line).error();
            ++m_written;
        }
        m_lastId = record.id;
        ++m_processed;
    }
    return static_cast<qint64>(page->size()) == kPageRecords;
}

Status SendHistoryExport::put(const QByteArray& line)
{
    if (m_output.write(line) != line.size())
        return makeError(ErrorKind::Io,
                         "cannot write the export: " + m_output.errorString().toStdString());
    return {};
}

} // namespace seismic::app
