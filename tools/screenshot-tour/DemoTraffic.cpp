// SPDX-License-Identifier: MIT
#include "DemoTraffic.h"

#include <QFile>

#include <signal.h>

namespace seismic::app {
namespace {

// What scripts/run names the traffic loop ($0 of its bash).
constexpr char kTrafficMarker[] = "seismic-demo-traffic";
// A PID file holds a number; a command line of the loop is short.
constexpr qint64 kMaxReadBytes = 4096;

Error trafficError(const QString& why)
{
    return makeError(ErrorKind::NotFound,
                     QStringLiteral("the demo traffic: %1").arg(why).toStdString());
}

} // namespace

DemoTraffic::DemoTraffic(QString pidFile)
    : m_pidFile(std::move(pidFile))
{}

DemoTraffic::~DemoTraffic()
{
    resume();
}

Status DemoTraffic::pause()
{
    QFile file(m_pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return trafficError(QStringLiteral("%1: %2").arg(m_pidFile, file.errorString()));
    bool ok = false;
    const qint64 pid = file.read(kMaxReadBytes).trimmed().toLongLong(&ok);
    if (!ok || pid <= 1)
        return trafficError(QStringLiteral("%1 holds no process id").arg(m_pidFile));
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!commandLine.open(QIODevice::ReadOnly) ||
        !commandLine.read(kMaxReadBytes).contains(kTrafficMarker))
        return trafficError(QStringLiteral("process %1 is not the demo traffic").arg(pid));
    // The loop leads its own process group (setsid): its running `devnet traffic` stops too.
    if (::kill(static_cast<pid_t>(-pid), SIGSTOP) != 0)
        return trafficError(QStringLiteral("process group %1 cannot be stopped").arg(pid));
    m_stopped = pid;
    return {};
}

void DemoTraffic::resume()
{
    if (m_stopped == 0)
        return;
    ::kill(static_cast<pid_t>(-m_stopped), SIGCONT);
    m_stopped = 0;
}

} // namespace seismic::app
