// SPDX-License-Identifier: MIT
// An in-process TCP relay on 127.0.0.1 for tests that cut connections on command: every
// accepted connection is piped to the target; dropAll() aborts them all (both sides), as a
// network failure would. New connections keep being accepted.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace testing {

class TcpProxy : public QObject
{
    Q_OBJECT

public:
    TcpProxy(QHostAddress targetHost, quint16 targetPort, QObject* parent = nullptr);
    ~TcpProxy() override;

    // Listens on a free port of 127.0.0.1.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void dropAll();
    int openConnections() const { return static_cast<int>(m_links.size()); }
    int acceptedConnections() const { return m_accepted; }
    int droppedConnections() const { return m_dropped; }

private:
    struct Link
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* upstream = nullptr;
        QByteArray pending; // client bytes that arrived before the upstream connected
    };

    void onNewConnection();
    void close(Link* link, bool abort);

    QHostAddress m_targetHost;
    quint16 m_targetPort;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_accepted = 0;
    int m_dropped = 0;
};

} // namespace testing
