// SPDX-License-Identifier: MIT
#include "rpc/support/TestHttpProxy.h"

#include <QUrl>

namespace testing {

TestHttpProxy::TestHttpProxy()
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpProxy::onConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("TestHttpProxy: cannot listen on 127.0.0.1");
}

TestHttpProxy::~TestHttpProxy()
{
    for (auto* link : m_links) {
        // No handler of ours may run while a socket is half destroyed.
        for (QTcpSocket* socket : {link->client.data(), link->upstream.data()}) {
            if (socket)
                socket->disconnect(this);
        }
        delete link->client;
        delete link->upstream;
        delete link;
    }
}

QNetworkProxy TestHttpProxy::proxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port());
}

void TestHttpProxy::onConnection()
{
    while (auto* socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        auto* link = new Link{socket, nullptr, {}, false};
        m_links.append(link);
        connect(socket, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
        connect(socket, &QTcpSocket::disconnected, this, [link] {
            if (link->upstream)
                link->upstream->disconnectFromHost();
        });
    }
}

void TestHttpProxy::onClientData(Link* link)
{
    if (link->open) {
        link->upstream->write(link->client->readAll());
        return;
    }
    link->head += link->client->readAll();
    const auto end = link->head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const auto requestLine = link->head.left(link->head.indexOf("\r\n")).split(' ');
    if (requestLine.value(0) == "CONNECT") {
        openUpstream(link, requestLine.value(1), link->head.mid(end + 4), true);
        return;
    }
    // Absolute form: forwarded as it is (the test server ignores the form of the target).
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    openUpstream(link, target.host().toLatin1() + ':' + QByteArray::number(target.port(80)),
                 link->head, false);
}

void TestHttpProxy::openUpstream(Link* link, const QByteArray& target, QByteArray firstBytes,
                                 bool tunnel)
{
    m_targets.append(target);
    tunnel ? ++m_tunnels : ++m_forwarded;
    link->open = true;
    link->head.clear();
    const auto port = target.mid(target.lastIndexOf(':') + 1).toUShort();
    link->upstream = new QTcpSocket;
    auto* upstream = link->upstream.data();
    connect(upstream, &QTcpSocket::connected, this, [link, firstBytes, tunnel] {
        if (tunnel)
            link->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        link->upstream->write(firstBytes);
    });
    connect(upstream, &QTcpSocket::readyRead, this, [link] {
        if (link->client)
            link->client->write(link->upstream->readAll());
    });
    connect(upstream, &QTcpSocket::disconnected, this, [link] {
        if (link->client)
            link->client->disconnectFromHost();
    });
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace testing
