// SPDX-License-Identifier: MIT
#include "store/ExportFormat.h"

#include <QString>

namespace seismic::store {

std::optional<ExportFormat> exportFormatNamed(QStringView name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return ExportFormat::JsonLines;
    return std::nullopt;
}

} // namespace seismic::store
