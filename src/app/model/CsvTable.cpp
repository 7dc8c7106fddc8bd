// SPDX-License-Identifier: MIT
#include "app/model/CsvTable.h"

#include <QSaveFile>

namespace seismic::app {
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

void appendLine(QByteArray& out, const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(csvField(field));
    out.append(escaped.join(QLatin1Char(',')).toUtf8());
    out.append("\r\n");
}

} // namespace

CsvTable CsvTable::fromModel(const QAbstractItemModel& model)
{
    CsvTable table;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        table.header.append(model.headerData(column, Qt::Horizontal).toString());
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QStringList fields;
        fields.reserve(columns);
        for (int column = 0; column < columns; ++column)
            fields.append(model.index(row, column).data().toString());
        table.rows.append(std::move(fields));
    }
    return table;
}

QByteArray CsvTable::toCsv() const
{
    QByteArray out;
    appendLine(out, header);
    for (const QStringList& row : rows)
        appendLine(out, row);
    return out;
}

Status CsvTable::write(const QString& path) const
{
    const QByteArray csv = toCsv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return makeError(
            ErrorKind::Io,
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    return {};
}

} // namespace seismic::app
