// SPDX-License-Identifier: MIT
#include "app/model/AddressBookCsv.h"

#include "store/CsvLine.h"

#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace seismic::app {
namespace {

const QString kLabelHeader = QStringLiteral("label");
const QString kAddressHeader = QStringLiteral("address");
// The characters that make a spreadsheet cell a formula (see store::csvLine).
const QString kFormulaStarts = QStringLiteral("=+-@\t\r");

Error lineError(int line, const QString& message)
{
    //: %1 is a line number of the imported file, %2 what is wrong with it.
    return makeError(ErrorKind::InvalidArgument,
                     AddressBookCsv::tr("Line %1: %2").arg(line).arg(message).toStdString());
}

// Splits RFC 4180 text into records of fields, each with the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
};

Result<std::vector<Record>> splitRecords(const QString& text)
{
    std::vector<Record> records;
    Record record{1, {}};
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a separator may follow
    int line = 1;
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        // A line with nothing on it is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.push_back(record);
        record = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
            afterQuote = false;
            // One more for the header.
            if (records.size() > static_cast<std::size_t>(AddressBookCsv::kMaxRows) + 1)
                return lineError(
                    records.back().line,
                    AddressBookCsv::tr("more than %1 contacts").arg(AddressBookCsv::kMaxRows));
        } else if (afterQuote) {
            return lineError(line, AddressBookCsv::tr("text after a closing quote"));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char('"')) {
            return lineError(line, AddressBookCsv::tr("a quote inside an unquoted field"));
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return lineError(record.line, AddressBookCsv::tr("a quoted field is not closed"));
    endRecord();
    return records;
}

bool isHeader(const Record& record)
{
    return record.fields.size() == 2 &&
           record.fields.at(0).trimmed().compare(kLabelHeader, Qt::CaseInsensitive) == 0 &&
           record.fields.at(1).trimmed().compare(kAddressHeader, Qt::CaseInsensitive) == 0;
}

// The label as written before the export protected it.
QString unprotected(const QString& label)
{
    if (label.size() >= 2 && label.front() == QLatin1Char('\'') &&
        kFormulaStarts.contains(label.at(1)))
        return label.mid(1);
    return label;
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

QByteArray AddressBookCsv::write(const std::vector<store::AddressLabel>& contacts)
{
    QByteArray csv = store::csvLine({kLabelHeader, kAddressHeader});
    for (const store::AddressLabel& contact : contacts)
        csv +=
            store::csvLine({contact.label, QString::fromStdString(contact.address.checksummed())});
    return csv;
}

Result<std::vector<store::AddressLabel>> AddressBookCsv::read(const QByteArray& data)
{
    if (data.size() > kMaxBytes)
        return makeError(ErrorKind::InvalidArgument,
                         tr("The file is larger than %1 KiB: it is no address book.")
                             .arg(kMaxBytes / 1024)
                             .toStdString());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar::Null))
        return makeError(ErrorKind::InvalidArgument,
                         tr("The file is not UTF-8 text.").toStdString());
    auto records = splitRecords(text.startsWith(QChar::ByteOrderMark) ? text.mid(1) : text);
    if (!records)
        return std::move(records).error();
    std::vector<store::AddressLabel> contacts;
    QSet<QString> seen;
    for (std::size_t i = 0; i < records->size(); ++i) {
        const Record& record = records->at(i);
        if (i == 0 && isHeader(record))
            continue;
        if (record.fields.size() != 2)
            return lineError(record.line, tr("expected a label and an address, found %n field(s)",
                                             nullptr, static_cast<int>(record.fields.size())));
        const QString label = unprotected(record.fields.at(0).trimmed());
        if (label.isEmpty())
            return lineError(record.line, tr("the label is empty"));
        if (label.size() > store::AddressLabelStore::kMaxLabelLength)
            return lineError(record.line, tr("the label is longer than %1 characters")
                                              .arg(store::AddressLabelStore::kMaxLabelLength));
        if (hasControlCharacter(label))
            return lineError(record.line, tr("the label contains control characters"));
        const QString addressText = record.fields.at(1).trimmed();
        auto address = addressText.size() > 64
                           ? Result<Address>(makeError(ErrorKind::InvalidArgument, "too long"))
                           : Address::parse(addressText.toStdString());
        if (!address)
            return lineError(record.line, tr("“%1” is not an address").arg(addressText.left(64)));
        const QString key = QString::fromStdString(address->lowerHex());
        if (seen.contains(key))
            //: %1 is an address.
            return lineError(
                record.line,
                tr("%1 is listed twice").arg(QString::fromStdString(address->checksummed())));
        seen.insert(key);
        if (contacts.size() >= static_cast<std::size_t>(kMaxRows))
            return lineError(record.line, tr("more than %1 contacts").arg(kMaxRows));
        contacts.push_back(store::AddressLabel{*address, label, true});
    }
    return contacts;
}

} // namespace seismic::app
