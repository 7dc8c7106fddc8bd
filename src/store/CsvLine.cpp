// SPDX-License-Identifier: MIT
#include "store/CsvLine.h"

namespace seismic::store {
namespace {

QString csvField(QString field)
{
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

} // namespace

QByteArray csvLine(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(csvField(field));
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace seismic::store
