// SPDX-License-Identifier: MIT
#include "rpc/support/TestHttpServer.h"

#include <QJsonDocument>
#include <QSslServer>
#include <QTimer>

#include <algorithm>
#include <array>

namespace testing {

namespace {

std::uint32_t crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<std::uint8_t>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray& out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
}

} // namespace

TestHttpServer::TestHttpServer(std::optional<QSslConfiguration> tls)
    : m_tls(tls.has_value())
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // A TLS connection becomes pending only after its handshake.
    connect(m_server.get(), &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("TestHttpServer: cannot listen on 127.0.0.1");
    m_handler = [](const HttpExchange&) {
        return HttpReply{404, "Not Found", "no handler", {}};
    };
}

TestHttpServer::~TestHttpServer()
{
    for (auto* connection : m_open) {
        if (connection->socket)
            connection->socket->abort();
        delete connection->socket;
        delete connection;
    }
}

QUrl TestHttpServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/rpc")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server->serverPort()));
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::setRpcHandler(RpcHandler handler)
{
    m_handler = [handler](const HttpExchange& exchange) {
        return rpcReply(exchange, handler);
    };
}

QJsonObject TestHttpServer::result(const QJsonValue& value)
{
    return QJsonObject{{"result", value}};
}

QJsonObject TestHttpServer::rpcError(int code, const QString& message, const QJsonValue& data)
{
    QJsonObject error{{"code", code}, {"message", message}};
    if (!data.isUndefined())
        error.insert("data", data);
    return QJsonObject{{"error", error}};
}

HttpReply TestHttpServer::rpcReply(const HttpExchange& exchange, const RpcHandler& handler)
{
    const auto answer = [&](const QJsonObject& call) -> std::optional<QJsonObject> {
        auto response = handler(call.value("method").toString(), call.value("params").toArray());
        if (response.isEmpty())
            return std::nullopt;
        response.insert("jsonrpc", "2.0");
        response.insert("id", call.value("id"));
        return response;
    };
    const auto document = QJsonDocument::fromJson(exchange.body);
    HttpReply reply;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (document.isArray()) {
        QJsonArray responses;
        for (const auto& call : document.array()) {
            if (auto response = answer(call.toObject()))
                responses.append(*response);
        }
        reply.body = QJsonDocument(responses).toJson(QJsonDocument::Compact);
    } else {
        const auto response = answer(document.object());
        if (!response) {
            reply.mode = HttpReply::Mode::Hang;
            return reply;
        }
        reply.body = QJsonDocument(*response).toJson(QJsonDocument::Compact);
    }
    return reply;
}

QByteArray TestHttpServer::gzip(const QByteArray& data)
{
    // qCompress: 4-byte length, then a zlib stream (2-byte header, raw deflate, 4-byte adler).
    const auto zlib = qCompress(data, 6);
    const auto deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, static_cast<std::uint32_t>(data.size()));
    return out;
}

int TestHttpServer::openConnections() const
{
    int open = 0;
    for (const auto* connection : m_open)
        open +=
            connection->socket && connection->socket->state() == QAbstractSocket::ConnectedState;
    return open;
}

void TestHttpServer::closeIdleConnections()
{
    for (auto* connection : m_open) {
        if (connection->socket && !connection->busy)
            connection->socket->disconnectFromHost();
    }
}

bool TestHttpServer::allWritten() const
{
    return std::all_of(m_open.begin(), m_open.end(), [](const Connection* connection) {
        return !connection->socket || connection->socket->bytesToWrite() == 0;
    });
}

void TestHttpServer::onNewConnection()
{
    while (auto* socket = m_server->nextPendingConnection()) {
        auto* connection = new Connection{socket, {}, ++m_connections, false};
        m_open.append(connection);
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (connection->busy) {
                ++m_abandoned;
                connection->busy = false;
                --m_inFlight;
            }
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(connection);
    }
}

void TestHttpServer::onReadyRead(Connection* connection)
{
    connection->buffer += connection->socket->readAll();
    for (;;) {
        if (connection->busy)
            return; // one exchange at a time per connection
        const auto headEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const auto head = connection->buffer.left(headEnd);
        const auto lines = head.split('\n');
        HttpExchange exchange;
        const auto requestLine = lines.value(0).trimmed().split(' ');
        exchange.method = requestLine.value(0);
        exchange.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto colon = lines[i].indexOf(':');
            if (colon > 0)
                exchange.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
        }
        const auto length = exchange.headers.value("content-length").toInt();
        if (connection->buffer.size() < headEnd + 4 + length)
            return;
        exchange.body = connection->buffer.mid(headEnd + 4, length);
        connection->buffer.remove(0, headEnd + 4 + length);
        exchange.connection = connection->number;
        m_exchanges.append(exchange);
        connection->busy = true;
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        const auto reply = m_handler(exchange);
        if (reply.mode == HttpReply::Mode::Hang)
            return;
        if (reply.delay.count() > 0) {
            QPointer<QTcpSocket> socket = connection->socket;
            QTimer::singleShot(reply.delay, this, [this, connection, socket, reply] {
                if (socket && connection->busy)
                    send(connection, reply);
            });
            return;
        }
        send(connection, reply);
    }
}

void TestHttpServer::send(Connection* connection, const HttpReply& reply)
{
    connection->busy = false;
    --m_inFlight;
    auto* socket = connection->socket.data();
    switch (reply.mode) {
    case HttpReply::Mode::Drop:
        socket->abort();
        return;
    case HttpReply::Mode::Garbage:
        socket->write("this is not HTTP\r\n\r\n");
        socket->disconnectFromHost();
        return;
    default:
        break;
    }
    if (!reply.raw.isEmpty()) {
        socket->write(reply.raw);
        if (reply.close)
            socket->disconnectFromHost();
        return;
    }
    QByteArray body = reply.gzip ? gzip(reply.body) : reply.body;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (reply.gzip)
        out += "Content-Encoding: gzip\r\n";
    if (reply.close)
        out += "Connection: close\r\n";
    if (reply.chunked) {
        out += "Transfer-Encoding: chunked\r\n\r\n";
        for (qsizetype at = 0; at < body.size(); at += 7) {
            const auto piece = body.mid(at, 7);
            out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        out += "0\r\n\r\n";
    } else {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        out += reply.mode == HttpReply::Mode::Truncate ? body.left(body.size() / 2) : body;
    }
    socket->write(out);
    if (reply.mode == HttpReply::Mode::Truncate || reply.close)
        socket->disconnectFromHost();
}

} // namespace testing
