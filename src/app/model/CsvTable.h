// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QStringList>

namespace seismic::app {

// A snapshot of a table for CSV export: taken on the GUI thread (models live there), written on
// a worker thread.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;

    // The model's horizontal headers and display texts, as the user sees them (after any proxy).
    static CsvTable fromModel(const QAbstractItemModel& model);

    // RFC 4180 text, one store::csvLine() per row (formula-safe).
    QByteArray toCsv() const;
    // Writes toCsv() to `path` atomically.
    Status write(const QString& path) const;
};

} // namespace seismic::app
