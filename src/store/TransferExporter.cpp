// SPDX-License-Identifier: MIT
#include "store/TransferExporter.h"

#include "core/Units.h"
#include "store/CsvLine.h"
#include "store/ExportLine.h"
#include "store/TransferStore.h"

#include <QIODevice>

namespace seismic::store {
namespace {

QString hexOf(ByteView bytes)
{
    return QStringLiteral("0x") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                          static_cast<qsizetype>(bytes.size()))
                                   .toHex());
}

client::TransferDirection directionOf(const TransferRecord& record,
                                      const std::optional<Address>& account)
{
    if (!account)
        return client::TransferDirection::Unknown;
    const bool from = record.from == *account;
    const bool to = record.to == *account;
    if (from && to)
        return client::TransferDirection::Self;
    if (to)
        return client::TransferDirection::Incoming;
    if (from)
        return client::TransferDirection::Outgoing;
    return client::TransferDirection::Other;
}

QString viewText(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// The row's fields in columns() order; absent ones as null QVariants. A token the store has no
// metadata for (no symbol) has no known decimals, so no decimal amount.
QVariantList fieldsOf(const TransferRecord& record, const std::optional<Address>& account)
{
    const bool known = !record.tokenSymbol.isEmpty();
    const bool isPublic = record.isPublic();
    const QVariant raw =
        record.amount ? QVariant(QString::fromStdString(toDecimal(*record.amount))) : QVariant();
    const QVariant decimal =
        record.amount && known
            ? QVariant(QString::fromStdString(formatUnits(*record.amount, record.decimals)))
            : QVariant();
    return {
        record.time.isValid() ? QVariant(record.time.toUTC().toString(Qt::ISODate)) : QVariant(),
        static_cast<qint64>(record.blockNumber),
        hexOf(record.blockHash.view()),
        hexOf(record.txHash.view()),
        static_cast<qint64>(record.logIndex),
        QString::fromStdString(record.token.checksummed()),
        known ? QVariant(record.tokenSymbol) : QVariant(),
        known ? QVariant(static_cast<qint64>(record.decimals)) : QVariant(),
        QString::fromStdString(record.from.checksummed()),
        QString::fromStdString(record.to.checksummed()),
        viewText(client::transferDirectionName(directionOf(record, account))),
        raw,
        decimal,
        viewText(client::amountStatusName(record.amountStatus)),
        record.removed,
        viewText(client::transferKindName(record.kind)),
        static_cast<qint64>(record.logCount),
        // Who can read the amount: an ERC20 amount is public, so none of these.
        isPublic ? QVariant() : QVariant(record.visibility.senderHasKey),
        isPublic ? QVariant() : QVariant(record.visibility.recipientHasKey),
        isPublic ? QVariant() : QVariant(static_cast<qint64>(record.visibility.providers)),
        isPublic ? QVariant() : QVariant(record.visibility.complete),
    };
}

} // namespace

TransferExporter::TransferExporter(const TransferStore& transfers, TransferQuery query,
                                   ExportFormat format, QIODevice& output)
    : m_transfers(transfers)
    , m_query(std::move(query))
    , m_format(format)
    , m_output(output)
{}

QStringList TransferExporter::columns()
{
    return {QStringLiteral("time"),
            QStringLiteral("blockNumber"),
            QStringLiteral("blockHash"),
            QStringLiteral("transactionHash"),
            QStringLiteral("logIndex"),
            QStringLiteral("token"),
            QStringLiteral("tokenSymbol"),
            QStringLiteral("decimals"),
            QStringLiteral("from"),
            QStringLiteral("to"),
            QStringLiteral("direction"),
            QStringLiteral("amount"),
            QStringLiteral("amountDecimal"),
            QStringLiteral("amountStatus"),
            QStringLiteral("removed"),
            QStringLiteral("kind"),
            QStringLiteral("logCount"),
            QStringLiteral("senderHasKey"),
            QStringLiteral("recipientHasKey"),
            QStringLiteral("providers"),
            QStringLiteral("visibilityComplete")};
}

Status TransferExporter::begin()
{
    if (!m_query.upToId) {
        auto last = m_transfers.lastId();
        if (!last)
            return std::move(last).error();
        m_query.upToId = *last;
    }
    auto total = m_transfers.count(m_query);
    if (!total)
        return std::move(total).error();
    m_total = *total;
    m_written = 0;
    m_lastId = 0;
    if (m_format == ExportFormat::Csv)
        return put(csvLine(columns()));
    return {};
}

Result<bool> TransferExporter::step()
{
    auto page = m_transfers.readAfter(m_query, m_lastId, kPageRows);
    if (!page)
        return std::move(page).error();
    for (const TransferStore::Stored& row : *page) {
        if (auto written = write(row.record); !written)
            return std::move(written).error();
        m_lastId = row.id;
        ++m_written;
    }
    return static_cast<qint64>(page->size()) == kPageRows;
}

Status TransferExporter::write(const TransferRecord& record)
{
    static const QStringList keys = columns();
    return put(exportLine(m_format, keys, fieldsOf(record, m_query.account)));
}

Status TransferExporter::put(const QByteArray& bytes)
{
    if (m_output.write(bytes) != bytes.size())
        return makeError(ErrorKind::Io,
                         "cannot write the export: " + m_output.errorString().toStdString());
    return {};
}

} // namespace seismic::store
