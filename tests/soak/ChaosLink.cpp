// SPDX-License-Identifier: MIT
#include "ChaosLink.h"

#include <QHostAddress>
#include <QTimer>

#include <algorithm>

namespace soak {

namespace {

constexpr qsizetype kMaxHeadBytes = 16 * 1024;
constexpr std::chrono::milliseconds kRetireDelay{2'000};

} // namespace

std::string_view cutKindName(CutKind kind)
{
    switch (kind) {
    case CutKind::MidRequest:
        return "mid-request";
    case CutKind::MidResponse:
        return "mid-response";
    case CutKind::MidWebSocketFrame:
        return "mid-WebSocket-frame";
    }
    return "?";
}

ChaosLink::ChaosLink(QTcpSocket* client, quint16 upstreamPort, CutPlan plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_plan(plan)
{
    client->setParent(this);
    connect(client, &QTcpSocket::readyRead, this,
            [this] { relay(m_client, m_upstream, CutDirection::Request); });
    connect(client, &QTcpSocket::disconnected, this, &ChaosLink::closeBoth);
    connect(client, &QTcpSocket::errorOccurred, this, &ChaosLink::closeBoth);
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        m_upstreamConnected = true;
        if (!m_toUpstreamBacklog.isEmpty())
            forward(m_upstream, std::exchange(m_toUpstreamBacklog, {}), CutDirection::Request);
    });
    connect(m_upstream, &QTcpSocket::readyRead, this,
            [this] { relay(m_upstream, m_client, CutDirection::Response); });
    connect(m_upstream, &QTcpSocket::disconnected, this, &ChaosLink::closeBoth);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_upstreamConnected && !m_closed)
            Q_EMIT upstreamUnreachable();
        closeBoth();
    });
    m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
}

void ChaosLink::relay(QTcpSocket* from, QTcpSocket* to, CutDirection direction)
{
    if (m_closed || !from || !to)
        return;
    const QByteArray chunk = from->readAll();
    if (chunk.isEmpty())
        return;
    if (direction == CutDirection::Request && !m_upstreamConnected) {
        m_toUpstreamBacklog += chunk;
        return;
    }
    forward(to, chunk, direction);
}

void ChaosLink::forward(QTcpSocket* to, const QByteArray& chunk, CutDirection direction)
{
    if (direction == CutDirection::Response && !m_headDone) {
        // The first response head and what follows it (WebSocket frames after an upgrade) go
        // as two chunks, so that a cut after the head knows it cuts frames.
        const qsizetype end = (m_responseHead + chunk).indexOf("\r\n\r\n");
        const qsizetype split = end < 0 ? -1 : end + 4 - m_responseHead.size();
        if (split > 0 && split < chunk.size()) {
            forward(to, chunk.first(split), direction);
            if (!m_closed)
                forward(to, chunk.sliced(split), direction);
            return;
        }
    }
    std::uint64_t& counted = direction == CutDirection::Request ? m_requestBytes : m_responseBytes;
    const bool cutsHere = m_plan.direction == direction &&
                          counted + static_cast<std::uint64_t>(chunk.size()) >= m_plan.atByte;
    CutKind kind = CutKind::MidRequest;
    const std::uint64_t sendable =
        cutsHere ? cutOffset(chunk, direction, &kind) : static_cast<std::uint64_t>(chunk.size());
    const QByteArray part = chunk.first(static_cast<qsizetype>(sendable));
    if (direction == CutDirection::Response) {
        qsizetype framesFrom = part.size();
        watchResponseHead(part, &framesFrom);
        if (m_upgraded)
            m_serverFrames.feed(QByteArrayView(part).sliced(framesFrom));
    }
    counted += sendable;
    to->write(part);
    if (!cutsHere)
        return;
    // The receiving side gets what was written, then the end of the stream; the other side is
    // reset.
    m_closed = true;
    to->flush();
    to->disconnectFromHost();
    QTcpSocket* other = to == m_client ? m_upstream.data() : m_client.data();
    if (other)
        other->abort();
    Q_EMIT cutMade(kind);
    retireSoon();
}

std::uint64_t ChaosLink::cutOffset(const QByteArray& chunk, CutDirection direction,
                                   CutKind* kind) const
{
    const std::uint64_t counted =
        direction == CutDirection::Request ? m_requestBytes : m_responseBytes;
    const auto size = static_cast<std::uint64_t>(chunk.size());
    std::uint64_t offset = m_plan.atByte > counted ? m_plan.atByte - counted : 0;
    // Inside the chunk where it has room, so the peer gets part of it.
    offset = size >= 2 ? std::clamp<std::uint64_t>(offset, 1, size - 1) : 0;
    if (direction == CutDirection::Request) {
        *kind = CutKind::MidRequest;
        return offset;
    }
    *kind = CutKind::MidResponse;
    if (!m_upgraded || offset == 0)
        return offset;
    // On a WebSocket, move the cut inside a frame if it fell on a boundary.
    for (std::uint64_t candidate = offset; candidate < size; ++candidate) {
        if (m_serverFrames.cutsAFrame(chunk, candidate)) {
            *kind = CutKind::MidWebSocketFrame;
            return candidate;
        }
    }
    return offset;
}

void ChaosLink::watchResponseHead(const QByteArray& chunk, qsizetype* frameBytesFrom)
{
    if (m_headDone) {
        *frameBytesFrom = 0;
        return;
    }
    const qsizetype before = m_responseHead.size();
    m_responseHead += chunk;
    const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_responseHead.size() > kMaxHeadBytes)
            m_headDone = true; // not HTTP as we know it: just relay
        return;
    }
    m_headDone = true;
    m_upgraded = m_responseHead.startsWith("HTTP/1.1 101");
    *frameBytesFrom = end + 4 - before;
    m_responseHead.clear();
}

void ChaosLink::closeBoth()
{
    if (m_closed)
        return;
    // What one side sent before closing still reaches the other.
    if (m_upstream && m_client && m_upstreamConnected) {
        relay(m_upstream, m_client, CutDirection::Response);
        relay(m_client, m_upstream, CutDirection::Request);
    }
    if (m_closed)
        return;
    m_closed = true;
    for (QTcpSocket* socket : {m_client.data(), m_upstream.data()}) {
        if (socket) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }
    retireSoon();
}

void ChaosLink::retireSoon()
{
    // Destroying a socket drops what it has not written yet: give the kernel a moment.
    QTimer::singleShot(kRetireDelay, this, &QObject::deleteLater);
}

} // namespace soak
