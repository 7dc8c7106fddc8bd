// SPDX-License-Identifier: MIT
#include "ChaosProxy.h"

#include <QHostAddress>

namespace soak {

ChaosProxy::ChaosProxy(quint16 upstreamPort, std::uint64_t seed, ChaosSettings settings,
                       QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_random(seed)
    , m_settings(settings)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::accept);
}

bool ChaosProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ChaosProxy::calm()
{
    m_calm = true;
    for (const QPointer<ChaosLink>& link : std::as_const(m_links)) {
        if (link)
            link->disarm();
    }
}

void ChaosProxy::accept()
{
    m_links.removeAll(nullptr);
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_stats.connections;
        auto* link = new ChaosLink(client, m_upstreamPort, nextPlan(), this);
        const std::uint64_t connection = m_stats.connections;
        connect(link, &ChaosLink::cutMade, this,
                [this, connection](CutKind kind) { count(connection, kind); });
        connect(link, &ChaosLink::upstreamUnreachable, this,
                [this] { ++m_stats.upstreamUnreachable; });
        m_links.append(link);
    }
}

CutPlan ChaosProxy::nextPlan()
{
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<std::uint64_t> byte(1, m_settings.maxCutByte);
    // Drawn whether used or not, so the sequence depends on the seed and the count only.
    const double cut = chance(m_random);
    const double towardsNode = chance(m_random);
    const std::uint64_t atByte = byte(m_random);
    if (m_calm || cut >= m_settings.cutRate)
        return {};
    return {towardsNode < m_settings.requestShare ? CutDirection::Request : CutDirection::Response,
            atByte};
}

void ChaosProxy::count(std::uint64_t connection, CutKind kind)
{
    Q_EMIT cutMade(connection, kind);
    switch (kind) {
    case CutKind::MidRequest:
        ++m_stats.midRequest;
        break;
    case CutKind::MidResponse:
        ++m_stats.midResponse;
        break;
    case CutKind::MidWebSocketFrame:
        ++m_stats.midWebSocketFrame;
        break;
    }
}

} // namespace soak
