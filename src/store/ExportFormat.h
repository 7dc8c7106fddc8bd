// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

namespace seismic::store {

// How an export is written: RFC 4180 CSV with a header line, or JSON lines (one object per
// line, the CSV header's names as keys).
enum class ExportFormat
{
    Csv,
    JsonLines,
};

// "csv" or "json" (case-insensitive); nothing for anything else.
std::optional<ExportFormat> exportFormatNamed(QStringView name);

} // namespace seismic::store
