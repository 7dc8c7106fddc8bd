// SPDX-License-Identifier: MIT
// An in-process HTTP/1.1 server for transport tests: keep-alive, scripted answers that can be
// delayed, dropped, truncated, never sent, compressed or chunked; JSON-RPC helpers.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace testing {

struct HttpExchange
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    int connection = 0; // 1-based connection number
};

struct HttpReply
{
    enum class Mode
    {
        Normal,
        Drop,     // close the connection without answering
        Truncate, // send the head and half the body, then close
        Hang,     // never answer
        Garbage,  // answer with bytes that are not HTTP
    };

    int status = 200;
    QByteArray reason = "OK";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds delay{0};
    Mode mode = Mode::Normal;
    bool gzip = false;
    bool chunked = false;
    bool close = false; // "Connection: close" and close after sending
    // Sent as they are instead of a response made of the fields above (which are ignored but
    // for delay and close); the connection stays open unless `close`.
    QByteArray raw{};
};

class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpExchange& exchange)>;
    // One JSON-RPC call to its response fragment: {"result": …} or {"error": {…}}; the server
    // adds "jsonrpc" and the call's "id". An empty object: leave the call unanswered.
    using RpcHandler = std::function<QJsonObject(const QString& method, const QJsonArray& params)>;

    // Plain HTTP, or HTTPS with the certificate and key in `tls`.
    explicit TestHttpServer(std::optional<QSslConfiguration> tls = std::nullopt);
    ~TestHttpServer() override;

    QUrl url() const;
    void setHandler(Handler handler);
    // Answers single and batch bodies call by call with `handler`, status 200.
    void setRpcHandler(RpcHandler handler);

    static QJsonObject result(const QJsonValue& value);
    static QJsonObject rpcError(int code, const QString& message,
                                const QJsonValue& data = QJsonValue::Undefined);
    // The reply a JSON-RPC handler gives to a whole body.
    static HttpReply rpcReply(const HttpExchange& exchange, const RpcHandler& handler);
    // gzip-compresses (for Content-Encoding: gzip answers).
    static QByteArray gzip(const QByteArray& data);

    int requestCount() const { return m_exchanges.size(); }
    int connectionCount() const { return m_connections; }
    int openConnections() const;
    // Requests being handled right now (answer pending), and the most there ever were.
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    const QList<HttpExchange>& exchanges() const { return m_exchanges; }
    // Connections that the client closed while their request was unanswered.
    int abandoned() const { return m_abandoned; }
    // Closes every idle keep-alive connection (as servers do after a while).
    void closeIdleConnections();
    // Whether every answer was handed to the kernel.
    bool allWritten() const;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        int number = 0;
        bool busy = false;
    };

    void onNewConnection();
    void onReadyRead(Connection* connection);
    void send(Connection* connection, const HttpReply& reply);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Connection*> m_open;
    QList<HttpExchange> m_exchanges;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_abandoned = 0;
};

} // namespace testing
