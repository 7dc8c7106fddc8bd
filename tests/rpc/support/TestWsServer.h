// SPDX-License-Identifier: MIT
// An in-process WebSocket JSON-RPC server for transport tests: scripted answers (delayed,
// withheld), built-in eth_subscribe/eth_unsubscribe, notifications on demand, and controls
// to drop connections, stall them (no reads, no pongs) or stop accepting new ones.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <chrono>
#include <functional>
#include <optional>

namespace testing {

class TestWsServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        // {"result": …} or {"error": {…}}, answered under the call's id unless it has "id";
        // empty: never answer.
        QJsonObject response;
        std::chrono::milliseconds delay{0};
    };
    using RpcHandler = std::function<Answer(const QString& method, const QJsonArray& params)>;

    struct Subscription
    {
        QString id;
        QString kind;
        QPointer<QWebSocket> socket;
    };

    TestWsServer();
    ~TestWsServer() override;

    QUrl url() const;
    void setRpcHandler(RpcHandler handler);

    // Sends a notification to every live subscription of `kind`.
    int notify(const QString& kind, const QJsonValue& result);
    // Sends `text` as it is on every connection.
    void sendRaw(const QString& text);
    // Aborts every connection (as a crash or network cut would).
    void dropConnections();
    // Stops reading from every connection (no answers, no pongs), new ones included; resuming
    // ends the stalled connections.
    void stall(bool stalled);
    // Stops listening (connections are refused) or listens again on the same port.
    void stopListening();
    void startListening();

    int connectionCount() const { return m_connections; }
    // How often a connection had bytes to read (a ping arrives as one read): a clock that runs
    // at the client's ping interval.
    int readsTaken() const { return m_reads; }
    int openConnections() const;
    const QList<QJsonObject>& received() const { return m_received; }
    QList<QString> receivedMethods() const;
    const QList<Subscription>& subscriptions() const { return m_subscriptions; }
    int liveSubscriptions(const QString& kind) const;

private:
    struct Client
    {
        QPointer<QTcpSocket> tcp;
        QPointer<QWebSocket> socket;
    };

    void onTcpConnection();
    void onWebSocket();
    void onMessage(QWebSocket* socket, const QString& text);
    std::optional<QJsonObject> handle(QWebSocket* socket, const QJsonObject& call,
                                      std::chrono::milliseconds& delay);

    QTcpServer m_tcp;
    QWebSocketServer m_ws;
    quint16 m_port = 0;
    RpcHandler m_handler;
    QList<Client> m_clients;
    QList<Subscription> m_subscriptions;
    QList<QJsonObject> m_received;
    int m_connections = 0;
    int m_reads = 0;
    int m_nextSubscription = 1;
    bool m_stalled = false;
};

} // namespace testing
