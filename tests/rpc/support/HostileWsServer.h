// SPDX-License-Identifier: MIT
// A WebSocket server on 127.0.0.1 that completes the opening handshake by hand and then
// misbehaves in one chosen way, on every connection: the handshake-then-misbehave server of a
// reconnect loop.
#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace testing {

class HostileWsServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        // Handshake, then close the TCP connection at once.
        CloseAfterHandshake,
        // Handshake, then the header of one text frame of 1.5 GiB and a few bytes of it.
        OversizedFrame,
        // Handshake, then a text frame without FIN followed by continuation frames of 16 KiB,
        // sent for as long as the client reads them (up to 64 MiB).
        EndlessContinuation,
        // Handshake, then a frame with a reserved opcode.
        GarbageFrame,
        // Answer the handshake with HTTP 400.
        RejectHandshake,
    };

    explicit HostileWsServer(Behaviour behaviour);

    QUrl url() const;
    // Handshakes completed (or rejected, for RejectHandshake).
    int handshakes() const { return m_handshakes; }
    // Total bytes of WebSocket frames sent to clients.
    qint64 frameBytesSent() const { return m_frameBytes; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void continueMessage(QTcpSocket* socket);

    Behaviour m_behaviour;
    QTcpServer m_server;
    int m_handshakes = 0;
    qint64 m_frameBytes = 0;
};

} // namespace testing
