// SPDX-License-Identifier: MIT
#include "rpc/support/HostileWsServer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace testing {

namespace {

QByteArray acceptKey(const QByteArray& key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

constexpr qint64 continuationBytes = 16 * 1024;
constexpr qint64 continuationCap = 64ll * 1024 * 1024;

// An unmasked server frame header, its payload length in the shortest form RFC 6455 allows
// (126 + 16 bits below 64 KiB, else 127 + 64 bits); `final` sets FIN.
QByteArray frameHeader(quint64 length, quint8 opcode, bool final = true)
{
    QByteArray header;
    header.append(static_cast<char>((final ? 0x80 : 0x00) | opcode));
    const bool short16 = length < 65536;
    header.append(static_cast<char>(short16 ? 126 : 127));
    for (int shift = short16 ? 8 : 56; shift >= 0; shift -= 8)
        header.append(static_cast<char>((length >> shift) & 0xff));
    return header;
}

} // namespace

HostileWsServer::HostileWsServer(Behaviour behaviour)
    : m_behaviour(behaviour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileWsServer::onConnection);
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("HostileWsServer: cannot listen on 127.0.0.1");
}

QUrl HostileWsServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileWsServer::onConnection()
{
    while (auto* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileWsServer::onReadyRead(QTcpSocket* socket)
{
    if (socket->property("upgraded").toBool()) {
        socket->readAll(); // whatever the client says now (pings, close frames) is ignored
        return;
    }
    auto request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("upgraded", true);
    ++m_handshakes;
    if (m_behaviour == Behaviour::RejectHandshake) {
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const auto match = QRegularExpression(QStringLiteral("Sec-WebSocket-Key:\\s*(\\S+)"),
                                          QRegularExpression::CaseInsensitiveOption)
                           .match(QString::fromLatin1(request));
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                  acceptKey(match.captured(1).toLatin1()) + "\r\n\r\n");
    QByteArray frame;
    switch (m_behaviour) {
    case Behaviour::CloseAfterHandshake:
        socket->disconnectFromHost();
        return;
    case Behaviour::OversizedFrame:
        frame = frameHeader(1536ull * 1024 * 1024, 0x1) + QByteArray(1024, 'x');
        break;
    case Behaviour::EndlessContinuation:
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, socket] { continueMessage(socket); });
        frame = frameHeader(continuationBytes, 0x1, false) + QByteArray(continuationBytes, 'x');
        break;
    case Behaviour::GarbageFrame:
        frame = QByteArray("\x83\x03"
                           "abc",
                           5); // opcode 3 is reserved
        break;
    case Behaviour::RejectHandshake:
        return;
    }
    m_frameBytes += frame.size();
    socket->write(frame);
}

// Keeps a little ahead of the client, so that what was sent is what the client took in.
void HostileWsServer::continueMessage(QTcpSocket* socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0 ||
        m_frameBytes >= continuationCap)
        return;
    const auto frame =
        frameHeader(continuationBytes, 0x0, false) + QByteArray(continuationBytes, 'x');
    m_frameBytes += frame.size();
    socket->write(frame);
}

} // namespace testing
