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

    // RFC 4180 text: CRLF line ends, fields quoted when they contain a comma, quote or line
    // break. Fields that a spreadsheet would run as a formula (starting with = + - @ or a tab)
    // get a leading apostrophe: token symbols come from contracts anyone can deploy.
    QByteArray toCsv() const;
    // Writes toCsv() to `path` atomically.
    Status write(const QString& path) const;
};

} // namespace seismic::app
