// SPDX-License-Identifier: MIT
#include "rpc/WsTransport.h"

#include "rpc/JsonRpc.h"
#include "rpc/SignalScope.h"
#include "rpc/WsSubscription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

#include <algorithm>

namespace seismic::rpc {

namespace {

using Clock = std::chrono::steady_clock;

std::string millis(std::chrono::milliseconds duration)
{
    return std::to_string(duration.count()) + " ms";
}

} // namespace

WsTransport::WsTransport(QUrl url, WsSettings settings, QObject* parent)
    : Transport(parent)
    , m_url(std::move(url))
    , m_description(m_url.toString(QUrl::RemoveUserInfo))
    , m_settings(std::move(settings))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        handleDisconnect(
            makeError(ErrorKind::Timeout, "could not connect to " + m_description.toStdString() +
                                              " within " + millis(m_settings.connectTimeout)));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &WsTransport::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &WsTransport::onPingTimer);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &WsTransport::onDeadlineTimer);
}

WsTransport::~WsTransport()
{
    markClosed();
    failAll(closedError(m_description));
    if (m_closing)
        m_closing->resolve(Status{});
    dropSocket();
}

QString WsTransport::describe() const
{
    return m_description;
}

bool WsTransport::supportsSubscriptions() const
{
    return true;
}

void WsTransport::open()
{
    ensureConnected();
}

// ---- calls -------------------------------------------------------------------------------

std::uint64_t WsTransport::enqueue(RpcRequest request, std::uint64_t subscriptionFor,
                                   bool resubscribe)
{
    const auto id = m_nextId++;
    auto& pending = m_pending[id];
    pending.idempotent = m_settings.isIdempotent(request.method);
    pending.method = std::move(request.method);
    pending.params = std::move(request.params);
    pending.subscriptionFor = subscriptionFor;
    pending.resubscribe = resubscribe;
    pending.deadline = Clock::now() + m_settings.requestTimeout;
    armDeadline(pending.deadline);
    if (request.cancel.canBeCancelled())
        pending.cancelRegistration = request.cancel.onCancel([this, id] { cancelPending(id); });
    return id;
}

Future<Result<QJsonValue>> WsTransport::futureOf(std::uint64_t id)
{
    return m_pending.at(id).promise.future();
}

void WsTransport::sendPending(const std::vector<std::uint64_t>& ids)
{
    if (m_link != Link::Up || ids.empty()) {
        ensureConnected();
        return;
    }
    QByteArray frame;
    if (ids.size() > 1)
        frame += '[';
    bool first = true;
    for (const auto id : ids) {
        auto found = m_pending.find(id);
        if (found == m_pending.end() || found->second.sent)
            continue;
        if (!first)
            frame += ',';
        first = false;
        frame += encodeRequest(id, found->second.method, found->second.params);
        found->second.sent = true;
    }
    if (ids.size() > 1)
        frame += ']';
    if (!first)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

QCoro::Task<Result<QJsonValue>> WsTransport::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(m_description);
    if (request.cancel.isCancelled())
        co_return makeError(ErrorKind::Cancelled, "cancelled");
    const auto id = enqueue(std::move(request));
    auto future = futureOf(id);
    sendPending({id});
    co_return co_await future;
}

QCoro::Task<std::vector<Result<QJsonValue>>> WsTransport::batch(std::vector<RpcRequest> requests)
{
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(requests.size(), closedError(m_description));
    std::vector<std::uint64_t> ids;
    std::vector<Future<Result<QJsonValue>>> futures;
    for (auto& call : requests) {
        ids.push_back(enqueue(std::move(call)));
        futures.push_back(futureOf(ids.back()));
    }
    sendPending(ids);
    std::vector<Result<QJsonValue>> results;
    results.reserve(futures.size());
    for (auto& future : futures)
        results.push_back(co_await future);
    co_return results;
}

void WsTransport::cancelPending(std::uint64_t id)
{
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    auto promise = found->second.promise;
    m_pending.erase(found);
    promise.resolve(makeError(ErrorKind::Cancelled, "request cancelled"));
}

void WsTransport::armDeadline(Clock::time_point when)
{
    if (m_deadlineTimer.isActive() && m_deadlineDue <= when)
        return;
    m_deadlineDue = when;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(when - Clock::now());
    m_deadlineTimer.start(std::max(wait, std::chrono::milliseconds(0)));
}

void WsTransport::onDeadlineTimer()
{
    const auto now = Clock::now();
    std::vector<std::pair<Promise<Result<QJsonValue>>, QString>> expired;
    std::optional<Clock::time_point> next;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.deadline <= now) {
            expired.emplace_back(it->second.promise, it->second.method);
            it = m_pending.erase(it);
        } else {
            next = next ? std::min(*next, it->second.deadline) : it->second.deadline;
            ++it;
        }
    }
    if (next)
        armDeadline(*next);
    // Say why when the connection is the reason: "no answer ... (not connected: refused)".
    std::string why;
    if (m_link != Link::Up && lastError())
        why = " (not connected: " + lastError()->message + ")";
    const auto endpoint = m_description.toStdString();
    const auto limit = millis(m_settings.requestTimeout);
    for (auto& [promise, method] : expired)
        promise.resolve(makeError(ErrorKind::Timeout, "no answer to " + method.toStdString() +
                                                          " from " + endpoint + " within " + limit +
                                                          why));
}

// ---- subscriptions ------------------------------------------------------------------------

QCoro::Task<Result<std::unique_ptr<Subscription>>> WsTransport::subscribe(QJsonArray params,
                                                                          CancelToken cancel)
{
    if (isClosed())
        co_return closedError(m_description);
    std::unique_ptr<WsSubscription> subscription(new WsSubscription(this, params));
    const auto localId = subscription->localId();
    m_subscriptions[localId] = subscription.get();
    const auto id = enqueue(
        RpcRequest(QStringLiteral("eth_subscribe"), std::move(params), std::move(cancel)), localId);
    auto future = futureOf(id);
    sendPending({id});
    QPointer<WsTransport> self(this);
    auto result = co_await future;
    if (!result) {
        if (self)
            self->m_subscriptions.erase(localId);
        co_return std::move(result).error();
    }
    co_return std::unique_ptr<Subscription>(std::move(subscription));
}

void WsTransport::forget(std::uint64_t localId, bool tellServer)
{
    const auto found = m_subscriptions.find(localId);
    if (found == m_subscriptions.end())
        return;
    const QString serverId = found->second ? found->second->serverId() : QString();
    m_subscriptions.erase(found);
    if (!serverId.isEmpty())
        m_routes.remove(serverId);
    if (tellServer && !serverId.isEmpty() && m_link == Link::Up && !isClosed())
        sendPending({enqueue(RpcRequest(QStringLiteral("eth_unsubscribe"), {serverId}))});
}

// ---- connection -----------------------------------------------------------------------------

void WsTransport::ensureConnected()
{
    if (isClosed() || m_link != Link::Down || m_connectScheduled || m_reconnectTimer.isActive())
        return;
    // Opening can fail synchronously; never call back into a caller from inside its call.
    m_connectScheduled = true;
    QMetaObject::invokeMethod(this, &WsTransport::connectNow, Qt::QueuedConnection);
}

void WsTransport::connectNow()
{
    m_connectScheduled = false;
    if (isClosed() || m_link != Link::Down)
        return;
    m_link = Link::Connecting;
    QPointer<WsTransport> self(this);
    setState(m_everConnected || m_attempts > 0 ? ConnectionState::Reconnecting
                                               : ConnectionState::Connecting);
    if (!self)
        return; // a stateChanged handler destroyed the transport
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_settings.maxMessageBytes));
    if (m_settings.tls)
        m_socket->setSslConfiguration(*m_settings.tls);
    auto* socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &WsTransport::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &WsTransport::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastReceived = Clock::now(); });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        SignalScope scope(this, m_inSocketSignal);
        QString reason = m_socket ? m_socket->closeReason() : QString();
        handleDisconnect(makeError(ErrorKind::Transport,
                                   "connection to " + m_description.toStdString() + " closed" +
                                       (reason.isEmpty() ? "" : ": " + reason.toStdString())));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                SignalScope scope(this, m_inSocketSignal);
                const QString reason = m_socket ? m_socket->errorString() : QString();
                handleDisconnect(makeError(ErrorKind::Transport, m_description.toStdString() +
                                                                     ": " + reason.toStdString()));
            });
    QNetworkRequest request(m_url);
    for (const auto& [name, value] : m_settings.headers)
        request.setRawHeader(name, value);
    m_connectTimer.start(m_settings.connectTimeout);
    socket->open(request);
}

void WsTransport::onConnected()
{
    SignalScope scope(this, m_inSocketSignal);
    m_connectTimer.stop();
    m_link = Link::Up;
    m_attempts = 0;
    m_lastReceived = m_lastHead = Clock::now();
    const bool again = m_everConnected;
    m_everConnected = true;
    if (again)
        ++m_reconnects;
    m_pingTimer.start(m_settings.pingInterval);

    std::vector<std::uint64_t> ids;
    for (auto& [localId, subscription] : m_subscriptions) {
        if (subscription && subscription->state() == ConnectionState::Reconnecting)
            ids.push_back(
                enqueue(RpcRequest(QStringLiteral("eth_subscribe"), subscription->params()),
                        localId, true));
    }
    for (auto& [id, pending] : m_pending) {
        if (!pending.sent && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    sendPending(ids);
    // Signals last: a handler may destroy this.
    QPointer<WsTransport> self(this);
    setState(ConnectionState::Connected);
    if (again && self)
        Q_EMIT reconnected();
}

void WsTransport::handleDisconnect(Error error)
{
    if (m_link == Link::Down)
        return;
    dropSocket();
    m_link = Link::Down;
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_routes.clear();
    if (isClosed()) {
        if (m_closing)
            m_closing->resolve(Status{});
        return;
    }

    // Calls the server may have acted on are not sent twice unless they are idempotent.
    std::vector<std::pair<Promise<Result<QJsonValue>>, Error>> lost;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        auto& pending = it->second;
        if (pending.sent && (!pending.idempotent || pending.resubscribe)) {
            if (!pending.resubscribe) {
                Error failure =
                    makeError(ErrorKind::Transport,
                              "connection to " + m_description.toStdString() + " lost before " +
                                  pending.method.toStdString() +
                                  " was answered; not sent again because it is not idempotent (" +
                                  error.message + ")");
                lost.emplace_back(pending.promise, std::move(failure));
            }
            it = m_pending.erase(it);
            continue;
        }
        pending.sent = false;
        ++it;
    }
    std::vector<QPointer<WsSubscription>> interrupted;
    for (auto& [localId, subscription] : m_subscriptions) {
        if (subscription && subscription->state() == ConnectionState::Connected)
            interrupted.push_back(subscription);
    }
    ++m_attempts;
    const bool giveUp =
        m_settings.maxReconnectAttempts >= 0 && m_attempts > m_settings.maxReconnectAttempts;
    if (giveUp)
        m_attempts = 0;
    else
        m_reconnectTimer.start(m_settings.reconnectBackoff.delayFor(m_attempts - 1));

    // Signals and resumptions last: any of them may destroy this.
    QPointer<WsTransport> self(this);
    setState(giveUp ? ConnectionState::Failed : ConnectionState::Reconnecting, error);
    for (auto& subscription : interrupted) {
        if (subscription)
            subscription->interrupt();
    }
    for (auto& [promise, failure] : lost)
        promise.resolve(std::move(failure));
    if (giveUp && self)
        self->failAll(error);
}

void WsTransport::failAll(const Error& error)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    auto subscriptions = std::move(m_subscriptions);
    m_subscriptions.clear();
    m_routes.clear();
    // Signal handlers may destroy this; only locals are used from here on.
    const auto ending = isClosed() ? ConnectionState::Closed : ConnectionState::Failed;
    for (auto& [localId, subscription] : subscriptions) {
        if (subscription)
            subscription->end(ending, error);
    }
    for (auto& [id, call] : pending)
        call.promise.resolve(error);
}

void WsTransport::onPingTimer()
{
    if (m_link != Link::Up)
        return;
    const auto now = Clock::now();
    if (now - m_lastReceived > m_settings.livenessTimeout) {
        handleDisconnect(makeError(ErrorKind::Timeout,
                                   "no message from " + m_description.toStdString() + " for " +
                                       millis(m_settings.livenessTimeout) + "; reconnecting"));
        return;
    }
    if (m_settings.headTimeout.count() > 0 && now - m_lastHead > m_settings.headTimeout) {
        const bool watchingHeads =
            std::any_of(m_subscriptions.begin(), m_subscriptions.end(), [](const auto& entry) {
                return entry.second && entry.second->kind() == QLatin1String("newHeads") &&
                       entry.second->state() == ConnectionState::Connected;
            });
        if (watchingHeads) {
            handleDisconnect(makeError(ErrorKind::Timeout,
                                       "no new head from " + m_description.toStdString() + " for " +
                                           millis(m_settings.headTimeout) + "; reconnecting"));
            return;
        }
    }
    m_socket->ping();
}

// ---- incoming -------------------------------------------------------------------------------

void WsTransport::onTextMessage(const QString& message)
{
    SignalScope scope(this, m_inSocketSignal);
    m_lastReceived = Clock::now();
    const auto document = QJsonDocument::fromJson(message.toUtf8());
    if (document.isObject()) {
        handleMessage(document.object());
        return;
    }
    // A batch answer. Malformed text is dropped: it cannot be matched to a call, which then
    // fails by its deadline.
    QPointer<WsTransport> self(this);
    for (const auto& entry : document.array()) {
        if (!self)
            return;
        handleMessage(entry.toObject());
    }
}

void WsTransport::handleMessage(const QJsonObject& message)
{
    if (message.value("method").toString() == QLatin1String("eth_subscription")) {
        handleNotification(message.value("params").toObject());
        return;
    }
    if (const auto id = responseId(message))
        handleResponse(*id, message);
}

void WsTransport::handleNotification(const QJsonObject& params)
{
    const auto route = m_routes.constFind(params.value("subscription").toString());
    if (route == m_routes.constEnd())
        return; // unsubscribed meanwhile
    const auto found = m_subscriptions.find(*route);
    if (found == m_subscriptions.end() || !found->second)
        return;
    auto subscription = found->second;
    if (subscription->kind() == QLatin1String("newHeads"))
        m_lastHead = Clock::now();
    Q_EMIT subscription->notification(params.value("result"));
}

void WsTransport::handleResponse(std::uint64_t id, const QJsonObject& response)
{
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return; // cancelled or timed out meanwhile
    auto pending = std::move(found->second);
    m_pending.erase(found);
    auto result = resultFromResponse(response);
    if (pending.subscriptionFor != 0) {
        const auto subscription = m_subscriptions.find(pending.subscriptionFor);
        if (subscription != m_subscriptions.end() && subscription->second) {
            if (result && result->isString()) {
                m_routes.insert(result->toString(), pending.subscriptionFor);
                subscription->second->activate(result->toString(), pending.resubscribe);
            } else if (pending.resubscribe) {
                auto sub = subscription->second;
                m_subscriptions.erase(subscription);
                sub->end(ConnectionState::Failed,
                         result ? makeError(ErrorKind::Decode, "eth_subscribe returned no id")
                                : result.error());
            }
        }
        if (result && !result->isString())
            result = makeError(ErrorKind::Decode, "eth_subscribe returned no subscription id");
    }
    pending.promise.resolve(std::move(result)); // last: the waiter may destroy this
}

// ---- shutdown -------------------------------------------------------------------------------

QCoro::Task<> WsTransport::close()
{
    if (!markClosed())
        co_return;
    failAll(closedError(m_description));
    m_reconnectTimer.stop();
    if (m_link == Link::Down || !m_socket) {
        setState(ConnectionState::Closed);
        co_return;
    }
    Promise<Status> closed;
    m_closing = closed;
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, [closed] { closed.resolve(Status{}); });
    patience.start(std::chrono::seconds(1));
    QPointer<WsTransport> self(this);
    m_socket->close();
    co_await closed.future();
    if (!self)
        co_return;
    self->m_closing.reset();
    self->m_link = Link::Down;
    self->dropSocket();
    self->setState(ConnectionState::Closed);
}

void WsTransport::dropSocket()
{
    if (!m_socket)
        return;
    auto socket = std::move(m_socket);
    socket->disconnect(this);
    socket->abort();
    if (m_inSocketSignal > 0)
        socket.release()->deleteLater();
}

} // namespace seismic::rpc
