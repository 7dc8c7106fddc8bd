// SPDX-License-Identifier: MIT
#include "rpc/support/TestWsServer.h"

#include <QJsonDocument>
#include <QTimer>

namespace testing {

TestWsServer::TestWsServer()
    : m_ws(QStringLiteral("test"), QWebSocketServer::NonSecureMode)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &TestWsServer::onTcpConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &TestWsServer::onWebSocket);
    startListening();
    m_handler = [](const QString& method, const QJsonArray&) {
        return Answer{QJsonObject{{"error", QJsonObject{{"code", -32601},
                                                        {"message", "no handler for " + method}}}},
                      {}};
    };
}

namespace {

QtMessageHandler previousHandler = nullptr;

void dropClosedDeviceWarnings(QtMsgType type, const QMessageLogContext& context,
                              const QString& message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("device not open")))
        return;
    previousHandler(type, context, message);
}

} // namespace

TestWsServer::~TestWsServer()
{
    // A connection whose signals stall() blocked never saw its peer leave; deleting its
    // QWebSocket then writes a close frame to a closed device. That warning is an artefact of
    // the stall trick, not of the code under test.
    previousHandler = qInstallMessageHandler(dropClosedDeviceWarnings);
    for (auto& client : m_clients) {
        if (client.tcp) {
            client.tcp->blockSignals(false); // let the WebSocket see the end of its TCP socket
            client.tcp->abort();
        }
        delete client.socket;
    }
    qInstallMessageHandler(previousHandler);
}

QUrl TestWsServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

void TestWsServer::setRpcHandler(RpcHandler handler)
{
    m_handler = std::move(handler);
}

void TestWsServer::startListening()
{
    if (!m_tcp.listen(QHostAddress::LocalHost, m_port))
        qFatal("TestWsServer: cannot listen on 127.0.0.1:%d", m_port);
    m_port = m_tcp.serverPort();
}

void TestWsServer::stopListening()
{
    m_tcp.close();
}

int TestWsServer::openConnections() const
{
    int open = 0;
    for (const auto& client : m_clients)
        open += client.socket && client.socket->state() == QAbstractSocket::ConnectedState;
    return open;
}

QList<QString> TestWsServer::receivedMethods() const
{
    QList<QString> methods;
    for (const auto& call : m_received)
        methods << call.value("method").toString();
    return methods;
}

int TestWsServer::liveSubscriptions(const QString& kind) const
{
    int live = 0;
    for (const auto& subscription : m_subscriptions)
        live += subscription.kind == kind && subscription.socket &&
                subscription.socket->state() == QAbstractSocket::ConnectedState;
    return live;
}

void TestWsServer::onTcpConnection()
{
    while (auto* tcp = m_tcp.nextPendingConnection()) {
        m_clients.append({tcp, nullptr});
        connect(tcp, &QTcpSocket::readyRead, this, [this] { ++m_reads; });
        m_ws.handleConnection(tcp);
    }
}

void TestWsServer::onWebSocket()
{
    while (auto* socket = m_ws.nextPendingConnection()) {
        ++m_connections;
        for (auto& client : m_clients) {
            if (!client.socket && client.tcp && socket->peerPort() == client.tcp->peerPort())
                client.socket = socket;
        }
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onMessage(socket, text); });
        if (m_stalled) {
            for (auto& client : m_clients) {
                if (client.socket == socket && client.tcp)
                    client.tcp->blockSignals(true);
            }
        }
    }
}

void TestWsServer::onMessage(QWebSocket* socket, const QString& text)
{
    const auto document = QJsonDocument::fromJson(text.toUtf8());
    const bool batch = document.isArray();
    const QJsonArray calls = batch ? document.array() : QJsonArray{document.object()};
    QJsonArray responses;
    std::chrono::milliseconds delay{0};
    for (const auto& entry : calls) {
        const auto call = entry.toObject();
        m_received.append(call);
        std::chrono::milliseconds callDelay{0};
        auto response = handle(socket, call, callDelay);
        if (!response)
            continue;
        if (!batch && callDelay.count() > 0) {
            QPointer<QWebSocket> guard(socket);
            const auto textOut =
                QString::fromUtf8(QJsonDocument(*response).toJson(QJsonDocument::Compact));
            QTimer::singleShot(callDelay, this, [guard, textOut] {
                if (guard)
                    guard->sendTextMessage(textOut);
            });
            continue;
        }
        delay = std::max(delay, callDelay);
        responses.append(*response);
    }
    if (responses.isEmpty())
        return;
    const auto out =
        batch ? QJsonDocument(responses).toJson(QJsonDocument::Compact)
              : QJsonDocument(responses.first().toObject()).toJson(QJsonDocument::Compact);
    socket->sendTextMessage(QString::fromUtf8(out));
}

std::optional<QJsonObject> TestWsServer::handle(QWebSocket* socket, const QJsonObject& call,
                                                std::chrono::milliseconds& delay)
{
    const auto method = call.value("method").toString();
    const auto params = call.value("params").toArray();
    QJsonObject response;
    if (method == QLatin1String("eth_subscribe")) {
        const auto id = QStringLiteral("0x%1").arg(m_nextSubscription++, 0, 16);
        m_subscriptions.append({id, params.at(0).toString(), socket});
        response = QJsonObject{{"result", id}};
    } else if (method == QLatin1String("eth_unsubscribe")) {
        const auto id = params.at(0).toString();
        bool found = false;
        for (qsizetype i = 0; i < m_subscriptions.size(); ++i) {
            if (m_subscriptions[i].id == id && m_subscriptions[i].socket == socket) {
                m_subscriptions.removeAt(i);
                found = true;
                break;
            }
        }
        response = QJsonObject{{"result", found}};
    } else {
        const auto answer = m_handler(method, params);
        response = answer.response;
        delay = answer.delay;
    }
    if (response.isEmpty())
        return std::nullopt;
    response.insert("jsonrpc", "2.0");
    if (!response.contains("id")) // a handler may answer under a wrong id on purpose
        response.insert("id", call.value("id"));
    return response;
}

int TestWsServer::notify(const QString& kind, const QJsonValue& result)
{
    int sent = 0;
    for (const auto& subscription : m_subscriptions) {
        if (subscription.kind != kind || !subscription.socket ||
            subscription.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        const QJsonObject message{
            {"jsonrpc", "2.0"},
            {"method", "eth_subscription"},
            {"params", QJsonObject{{"subscription", subscription.id}, {"result", result}}}};
        subscription.socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        ++sent;
    }
    return sent;
}

void TestWsServer::sendRaw(const QString& text)
{
    for (auto& client : m_clients) {
        if (client.socket && client.socket->state() == QAbstractSocket::ConnectedState)
            client.socket->sendTextMessage(text);
    }
}

void TestWsServer::dropConnections()
{
    for (auto& client : m_clients) {
        if (client.socket)
            client.socket->abort();
        else if (client.tcp)
            client.tcp->abort();
    }
}

void TestWsServer::stall(bool stalled)
{
    m_stalled = stalled;
    for (auto& client : m_clients) {
        if (!client.tcp)
            continue;
        if (stalled) {
            client.tcp->blockSignals(true);
        } else if (client.tcp->signalsBlocked()) {
            // A stalled connection is dead to its client; end it rather than wake it.
            client.tcp->blockSignals(false);
            if (client.socket)
                client.socket->abort();
            else
                client.tcp->abort();
        }
    }
}

} // namespace testing
