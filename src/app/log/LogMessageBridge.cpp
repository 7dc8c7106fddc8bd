// SPDX-License-Identifier: MIT
#include "app/log/LogMessageBridge.h"

#include "app/model/LogModel.h"

#include <QMutex>

namespace seismic::app {
namespace {

// Guards s_bridge and the bridge's queue: the handler runs on any thread.
QMutex s_mutex;
LogMessageBridge* s_bridge = nullptr;
// The handler before ours (Qt's default: stderr). Written by the bridge's constructor only.
QtMessageHandler s_previous = nullptr;
// Set while this thread queues a message, so that a message logged meanwhile (a Qt warning
// about the queued call, say) does not try to take the mutex again.
thread_local bool t_queuing = false;

} // namespace

LogMessageBridge::LogMessageBridge(LogModel& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    const QMutexLocker lock(&s_mutex);
    Q_ASSERT(!s_bridge);
    s_bridge = this;
    s_previous = qInstallMessageHandler(&LogMessageBridge::handleMessage);
}

LogMessageBridge::~LogMessageBridge()
{
    const QMutexLocker lock(&s_mutex);
    qInstallMessageHandler(s_previous);
    s_bridge = nullptr;
}

void LogMessageBridge::handleMessage(QtMsgType type, const QMessageLogContext& context,
                                     const QString& message)
{
    if (!t_queuing) {
        const QMutexLocker lock(&s_mutex);
        t_queuing = true;
        if (s_bridge) {
            s_bridge->m_pending.append(LogEntry{
                QDateTime::currentDateTime(), logLevelOf(type),
                QString::fromUtf8(context.category ? context.category : "default"), message});
            if (!s_bridge->m_flushQueued) {
                s_bridge->m_flushQueued = true;
                QMetaObject::invokeMethod(
                    s_bridge, [bridge = s_bridge] { bridge->flush(); }, Qt::QueuedConnection);
            }
        }
        t_queuing = false;
    }
    s_previous(type, context, message);
}

void LogMessageBridge::flush()
{
    QList<LogEntry> entries;
    {
        const QMutexLocker lock(&s_mutex);
        entries.swap(m_pending);
        m_flushQueued = false;
    }
    m_model.append(entries);
}

} // namespace seismic::app
