// SPDX-License-Identifier: MIT
// A loopback HTTP proxy for transport tests: tunnels CONNECT requests and forwards
// absolute-form requests ("POST http://host:port/path"), to 127.0.0.1 whatever host the client
// named, so a URL with a host name nothing resolves reaches a loopback server only through it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace testing {

class TestHttpProxy : public QObject
{
    Q_OBJECT

public:
    TestHttpProxy();
    ~TestHttpProxy() override;

    // An HTTP proxy setting for this proxy.
    QNetworkProxy proxy() const;
    quint16 port() const { return m_server.serverPort(); }
    // The targets ("host:port") clients asked for, one per tunnel or forwarded connection.
    const QList<QByteArray>& targets() const { return m_targets; }
    int tunnels() const { return m_tunnels; }
    int forwarded() const { return m_forwarded; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray head;
        bool open = false;
    };

    void onConnection();
    void onClientData(Link* link);
    void openUpstream(Link* link, const QByteArray& target, QByteArray firstBytes, bool tunnel);

    QTcpServer m_server;
    QList<Link*> m_links;
    QList<QByteArray> m_targets;
    int m_tunnels = 0;
    int m_forwarded = 0;
};

} // namespace testing
