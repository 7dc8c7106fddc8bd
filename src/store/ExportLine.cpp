// SPDX-License-Identifier: MIT
#include "store/ExportLine.h"

#include "store/CsvLine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace seismic::store {

QByteArray exportLine(ExportFormat format, const QStringList& keys, const QVariantList& fields)
{
    if (format == ExportFormat::Csv) {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QVariant& field : fields)
            cells << (field.typeId() == QMetaType::Bool
                          ? (field.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : field.toString());
        return csvLine(cells);
    }
    QJsonObject object;
    for (qsizetype i = 0; i < keys.size() && i < fields.size(); ++i)
        object.insert(keys[i], QJsonValue::fromVariant(fields[i]));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace seismic::store
