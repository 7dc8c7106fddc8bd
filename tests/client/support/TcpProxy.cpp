// SPDX-License-Identifier: MIT
#include "TcpProxy.h"

#include <QTcpSocket>

#include <algorithm>

namespace testing {

TcpProxy::TcpProxy(QHostAddress targetHost, quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    while (!m_links.empty())
        close(m_links.back().get(), true);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::dropAll()
{
    while (!m_links.empty()) {
        close(m_links.back().get(), true);
        ++m_dropped;
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_accepted;
        auto owned = std::make_unique<Link>();
        Link* link = owned.get();
        m_links.push_back(std::move(owned));
        link->client = client;
        link->upstream = new QTcpSocket(this);
        client->setParent(this);

        connect(client, &QTcpSocket::readyRead, this, [link] {
            const auto bytes = link->client->readAll();
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(bytes);
            else
                link->pending += bytes;
        });
        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            if (!link->pending.isEmpty())
                link->upstream->write(std::exchange(link->pending, {}));
        });
        connect(link->upstream, &QTcpSocket::readyRead, this,
                [link] { link->client->write(link->upstream->readAll()); });
        // Either side hanging up ends the pair (gracefully: what was received is passed on).
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link, false); });
        connect(link->upstream, &QTcpSocket::disconnected, this,
                [this, link] { close(link, false); });
        connect(link->upstream, &QTcpSocket::errorOccurred, this,
                [this, link](QAbstractSocket::SocketError) { close(link, false); });
        link->upstream->connectToHost(m_targetHost, m_targetPort);
    }
}

void TcpProxy::close(Link* link, bool abort)
{
    const auto found = std::find_if(m_links.begin(), m_links.end(),
                                    [link](const auto& owned) { return owned.get() == link; });
    if (found == m_links.end())
        return; // already closed (both sides report their end)
    auto owned = std::move(*found);
    m_links.erase(found);
    for (QTcpSocket* socket : {owned->client, owned->upstream}) {
        socket->disconnect(this);
        if (abort) {
            socket->abort();
        } else {
            socket->flush();
            socket->disconnectFromHost();
        }
        socket->deleteLater();
    }
}

} // namespace testing
