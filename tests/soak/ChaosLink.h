// SPDX-License-Identifier: MIT
// One client connection through the chaos proxy and its connection to the node: bytes relayed
// both ways as they come, until either side closes or the planned cut, which forwards a chunk
// only in part and then drops both sides.
#pragma once

#include "WebSocketFrameTracker.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <cstdint>
#include <string_view>

namespace soak {

// Which way the cut goes: client to node (inside a request or a client frame) or node to client
// (inside a response or a server frame).
enum class CutDirection
{
    None,
    Request,
    Response,
};

enum class CutKind
{
    MidRequest,        // the node got part of a request (or of a client WebSocket frame)
    MidResponse,       // the client got part of an HTTP response (possibly none of it)
    MidWebSocketFrame, // the client got part of a server WebSocket frame
};

// "mid-request", "mid-response", "mid-WebSocket-frame".
std::string_view cutKindName(CutKind kind);

// Cut after `atByte` bytes have gone in `direction` (counted from the connection's start).
struct CutPlan
{
    CutDirection direction = CutDirection::None;
    std::uint64_t atByte = 0;
};

class ChaosLink : public QObject
{
    Q_OBJECT

public:
    // Takes `client` (a connection the proxy accepted) and connects to the node.
    ChaosLink(QTcpSocket* client, quint16 upstreamPort, CutPlan plan, QObject* parent);

    // From now on only relays (the quiet end of a soak).
    void disarm() { m_plan.direction = CutDirection::None; }

Q_SIGNALS:
    void cutMade(soak::CutKind kind);
    // The node did not accept the connection (it is restarting); the client's is closed.
    void upstreamUnreachable();

private:
    void relay(QTcpSocket* from, QTcpSocket* to, CutDirection direction);
    // Forwards `chunk` in full, or only its first bytes if the plan cuts inside it.
    void forward(QTcpSocket* to, const QByteArray& chunk, CutDirection direction);
    // Where inside `chunk` (0 < offset < size where possible) the cut falls, and what it cuts.
    std::uint64_t cutOffset(const QByteArray& chunk, CutDirection direction, CutKind* kind) const;
    void watchResponseHead(const QByteArray& chunk, qsizetype* frameBytesFrom);
    void closeBoth();
    void retireSoon();

    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    QByteArray m_toUpstreamBacklog; // client bytes before the node accepted
    bool m_upstreamConnected = false;
    bool m_closed = false;
    CutPlan m_plan;
    std::uint64_t m_requestBytes = 0;
    std::uint64_t m_responseBytes = 0;
    // The first response head (to see an upgrade to WebSocket), then the server's frames.
    QByteArray m_responseHead;
    bool m_headDone = false;
    bool m_upgraded = false;
    WebSocketFrameTracker m_serverFrames;
};

} // namespace soak
