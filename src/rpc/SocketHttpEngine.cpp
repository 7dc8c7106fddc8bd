// SPDX-License-Identifier: MIT
#include "rpc/SocketHttpEngine.h"

#include "rpc/HttpConnection.h"

#include <QPointer>

#include <algorithm>

namespace seismic::rpc {

namespace {

QByteArray requestHead(const QUrl& url, const HttpSettings& settings)
{
    auto path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    auto host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: " + host +
                      "\r\nContent-Type: application/json\r\nAccept: application/json\r\n";
    if (settings.compression)
        head += "Accept-Encoding: gzip\r\n";
    for (const auto& [name, value] : settings.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: ";
    return head;
}

} // namespace

SocketHttpEngine::SocketHttpEngine(QUrl url, HttpSettings settings, QObject* parent)
    : HttpEngine(parent)
    , m_url(std::move(url))
    , m_settings(std::move(settings))
    , m_head(requestHead(m_url, m_settings))
{
    m_settings.maxConnections = std::max(m_settings.maxConnections, 1);
}

SocketHttpEngine::~SocketHttpEngine()
{
    abortAll();
}

Future<Result<HttpResponse>> SocketHttpEngine::post(QByteArray body, bool retrySafe,
                                                    CancelToken cancel)
{
    if (cancel.isCancelled())
        return Future<Result<HttpResponse>>::ready(makeError(ErrorKind::Cancelled, "cancelled"));
    auto exchange = std::make_shared<Exchange>();
    exchange->request.reserve(m_head.size() + body.size() + 16);
    exchange->request += m_head;
    exchange->request += QByteArray::number(body.size());
    exchange->request += "\r\n\r\n";
    exchange->request += body;
    exchange->retrySafe = retrySafe;
    auto future = exchange->promise.future();
    if (cancel.canBeCancelled()) {
        std::weak_ptr<Exchange> weak = exchange;
        exchange->cancelRegistration = cancel.onCancel([this, weak] {
            if (auto exchange = weak.lock())
                this->cancel(exchange);
        });
    }
    m_queue.push_back(std::move(exchange));
    dispatch();
    return future;
}

void SocketHttpEngine::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    QPointer<SocketHttpEngine> self(this);
    while (!m_queue.empty()) {
        if (m_queue.front()->promise.isSettled()) {
            m_queue.pop_front();
            continue;
        }
        HttpConnection* connection = nullptr;
        if (!m_idle.empty()) {
            connection = m_idle.back();
            m_idle.pop_back();
        } else if (static_cast<int>(m_connections.size()) < m_settings.maxConnections) {
            m_connections.push_back(std::make_unique<HttpConnection>(
                m_url, m_settings,
                [this](HttpConnection* c, Result<HttpResponse> result, bool stale) {
                    onFinished(c, std::move(result), stale);
                }));
            connection = m_connections.back().get();
        } else {
            break;
        }
        auto exchange = std::move(m_queue.front());
        m_queue.pop_front();
        exchange->connection = connection;
        m_active[connection] = exchange;
        connection->start(exchange->request);
        if (!self)
            return;
    }
    m_dispatching = false;
}

void SocketHttpEngine::onFinished(HttpConnection* connection, Result<HttpResponse> result,
                                  bool stale)
{
    auto found = m_active.find(connection);
    if (found == m_active.end())
        return;
    auto exchange = std::move(found->second);
    m_active.erase(found);
    exchange->connection = nullptr;
    m_idle.push_back(connection);
    if (!result && stale && exchange->retrySafe && !exchange->retried) {
        // The server had closed this keep-alive connection; the request never reached it.
        exchange->retried = true;
        m_queue.push_front(std::move(exchange));
        dispatch();
        return;
    }
    exchange->cancelRegistration.reset();
    QPointer<SocketHttpEngine> self(this);
    dispatch();
    if (self)
        exchange->promise.resolve(std::move(result)); // last: the waiter may destroy this
}

void SocketHttpEngine::cancel(const std::shared_ptr<Exchange>& exchange)
{
    if (exchange->promise.isSettled())
        return;
    if (auto* connection = exchange->connection) {
        connection->abort();
        m_active.erase(connection);
        exchange->connection = nullptr;
        m_idle.push_back(connection);
    } else {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), exchange), m_queue.end());
    }
    QPointer<SocketHttpEngine> self(this);
    dispatch();
    if (self)
        exchange->promise.resolve(makeError(ErrorKind::Cancelled, "request cancelled"));
}

void SocketHttpEngine::abortAll()
{
    std::vector<std::shared_ptr<Exchange>> pending(m_queue.begin(), m_queue.end());
    m_queue.clear();
    for (auto& [connection, exchange] : m_active) {
        connection->abort();
        exchange->connection = nullptr;
        pending.push_back(exchange);
    }
    m_active.clear();
    m_idle.clear();
    for (auto& connection : m_connections)
        m_idle.push_back(connection.get());
    for (auto& exchange : pending) {
        exchange->cancelRegistration.reset();
        exchange->promise.resolve(
            makeError(ErrorKind::Cancelled, "request cancelled: the transport was closed"));
    }
}

} // namespace seismic::rpc
