// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace seismic::app {

// A point in time as every table and dialog shows it: the local date and time to the second,
// "2025-01-02 03:04:05" (ISO 8601 order: unambiguous in every language, and sorts as text).
QString timeText(const QDateTime& time);

} // namespace seismic::app
