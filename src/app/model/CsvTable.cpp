// SPDX-License-Identifier: MIT
#include "app/model/CsvTable.h"

#include "store/CsvLine.h"

#include <QSaveFile>

namespace seismic::app {

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
    QByteArray out = store::csvLine(header);
    for (const QStringList& row : rows)
        out.append(store::csvLine(row));
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
