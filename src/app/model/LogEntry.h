// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace seismic::app {

// Message severities in increasing order (QtMsgType's values are not ordered).
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Critical,
    Fatal,
};

LogLevel logLevelOf(QtMsgType type);
// Lower-case English name, for diagnostics.
QString logLevelName(LogLevel level);

struct LogEntry
{
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString category;
    QString message;
};

} // namespace seismic::app
