// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/LogEntry.h"

#include <QList>
#include <QObject>

namespace seismic::app {

class LogModel;

// Routes every Qt log message (qDebug, qCWarning, … from any thread) into a LogModel while it
// exists, and on to the previous handler (stderr). Messages are queued under a mutex and
// appended on the model's thread in one batch per event-loop turn, so that a flood of messages
// costs one model update. Only one bridge may exist at a time.
class LogMessageBridge : public QObject
{
    Q_OBJECT

public:
    explicit LogMessageBridge(LogModel& model, QObject* parent = nullptr);
    ~LogMessageBridge() override;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext& context,
                              const QString& message);
    void flush();

    LogModel& m_model;
    // Guarded by the handler's mutex.
    QList<LogEntry> m_pending;
    bool m_flushQueued = false;
};

} // namespace seismic::app
