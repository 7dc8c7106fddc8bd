// SPDX-License-Identifier: MIT
#include "app/model/LogEntry.h"

namespace seismic::app {

LogLevel logLevelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
        return LogLevel::Critical;
    case QtFatalMsg:
        return LogLevel::Fatal;
    }
    return LogLevel::Warning;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Critical:
        return QStringLiteral("critical");
    case LogLevel::Fatal:
        return QStringLiteral("fatal");
    }
    Q_UNREACHABLE();
}

} // namespace seismic::app
