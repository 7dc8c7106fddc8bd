// SPDX-License-Identifier: MIT
#include "support/OwnDevnet.h"

#include "support/DevnetManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testing {

namespace {

// A port the system hands out as free now (this support library links no Qt Network).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

OwnDevnet::OwnDevnet(QString tool, QString manifestPath)
    : m_tool(std::move(tool))
    , m_manifest(std::move(manifestPath))
    , m_port(freePort())
{}

OwnDevnet::~OwnDevnet()
{
    if (m_started)
        stop();
}

seismic::Result<QString> OwnDevnet::findTool()
{
    auto manifest = DevnetManifest::load();
    if (!manifest)
        return std::move(manifest).error();
    QDir devnet(manifest->artifactsDir); // tests/devnet/build/contracts
    const QString tool =
        devnet.cd(QStringLiteral("../..")) ? devnet.filePath(QStringLiteral("devnet")) : QString();
    if (!QFileInfo(tool).isExecutable())
        return seismic::makeError(seismic::ErrorKind::NotFound,
                                  "no devnet tool next to " + manifest->artifactsDir.toStdString());
    return tool;
}

bool OwnDevnet::start()
{
    m_started = run({QStringLiteral("start"), QStringLiteral("--manifest"), m_manifest,
                     QStringLiteral("--port"), QString::number(m_port)});
    return m_started;
}

bool OwnDevnet::stop()
{
    const bool stopped = run({QStringLiteral("stop"), QStringLiteral("--manifest"), m_manifest});
    m_started = m_started && !stopped;
    return stopped;
}

QUrl OwnDevnet::url(const QString& scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

bool OwnDevnet::run(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(m_tool, arguments);
    if (!process.waitForFinished(120'000))
        return false;
    process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace testing
