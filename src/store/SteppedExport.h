// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QtGlobal>

#include <functional>

namespace seismic::store {

// An export that writes its rows a page at a time, so that the caller decides when the next
// page is written: all at once (run()), or one page per turn of an event loop with progress and
// cancel between them (app::ExportJob). Rows are gone through in a fixed order; a row may be
// left out (a filter), so written() can stay below processed().
class SteppedExport
{
public:
    // After each page: rows gone through so far and rows in the export. False cancels it.
    using Progress = std::function<bool(qint64 processed, qint64 total)>;

    virtual ~SteppedExport() = default;

    // Counts the rows and writes the header (CSV).
    virtual Status begin() = 0;
    // Writes the next page; true while rows are left.
    virtual Result<bool> step() = 0;
    // Rows written to the output so far.
    virtual qint64 written() const = 0;
    // Rows gone through so far, written or left out.
    virtual qint64 processed() const { return written(); }
    // Rows to go through, as counted by begin().
    virtual qint64 total() const = 0;

    // begin(), then step() until the last row; a Cancelled error if `progress` says stop.
    Status run(const Progress& progress = {});
};

} // namespace seismic::store
