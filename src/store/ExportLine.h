// SPDX-License-Identifier: MIT
#pragma once

#include "store/ExportFormat.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

namespace seismic::store {

// One exported row: a CSV line (csvLine(); booleans as true/false, null fields empty) or a JSON
// line with `keys` as the names of `fields` (nulls as null), newline-terminated.
QByteArray exportLine(ExportFormat format, const QStringList& keys, const QVariantList& fields);

} // namespace seismic::store
