// SPDX-License-Identifier: MIT
#include "rpc/WsTransport.h"

#include "rpc/JsonRpc.h"
#include "rpc/WsIncoming.h"
#include "rpc/WsSubscription.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace seismic::rpc {

WsTransport::WsTransport(QUrl url, WsSettings settings, QObject* parent)
    : Transport(parent)
    , m_settings(settings)
    , m_link(std::move(url), std::move(settings))
{
    connect(&m_link, &WsLink::connecting, this, &WsTransport::onLinkConnecting);
    connect(&m_link, &WsLink::up, this, &WsTransport::onLinkUp);
    connect(&m_link, &WsLink::down, this, &WsTransport::onLinkDown);
    connect(&m_link, &WsLink::message, this, &WsTransport::onMessage);
}

WsTransport::~WsTransport()
{
    markClosed();
    m_link.stop();
    failAll(closedError(describe()));
}

QString WsTransport::describe() const
{
    return m_link.endpoint();
}

bool WsTransport::supportsSubscriptions() const
{
    return true;
}

void WsTransport::open()
{
    m_link.open();
}

// ---- calls -------------------------------------------------------------------------------

std::uint64_t WsTransport::enqueue(RpcRequest request)
{
    const auto id = m_nextId++;
    auto& pending = m_pending[id];
    pending.idempotent = m_settings.isIdempotent(request.method);
    pending.method = std::move(request.method);
    pending.params = std::move(request.params);
    if (request.cancel.canBeCancelled())
        pending.cancelRegistration = request.cancel.onCancel([this, id] { cancelPending(id); });
    return id;
}

void WsTransport::sendPending(const std::vector<std::uint64_t>& ids)
{
    if (!m_link.isUp() || ids.empty()) {
        m_link.open();
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
        m_link.send(QString::fromUtf8(frame));
}

QCoro::Task<Result<QJsonValue>> WsTransport::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    if (request.cancel.isCancelled())
        co_return makeError(ErrorKind::Cancelled, "cancelled");
    if (!m_link.isUp() && m_link.isFailing()) {
        m_link.open();
        co_return m_link.failureForCalls();
    }
    const auto id = enqueue(std::move(request));
    auto future = m_pending.at(id).promise.future();
    sendPending({id});
    co_return co_await future;
}

QCoro::Task<std::vector<Result<QJsonValue>>> WsTransport::batch(std::vector<RpcRequest> requests)
{
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(requests.size(), closedError(describe()));
    if (!m_link.isUp() && m_link.isFailing()) {
        m_link.open();
        co_return std::vector<Result<QJsonValue>>(requests.size(), m_link.failureForCalls());
    }
    std::vector<std::uint64_t> ids;
    std::vector<Future<Result<QJsonValue>>> futures;
    for (auto& call : requests) {
        ids.push_back(enqueue(std::move(call)));
        futures.push_back(m_pending.at(ids.back()).promise.future());
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

// ---- subscriptions ------------------------------------------------------------------------

QCoro::Task<Result<std::unique_ptr<Subscription>>> WsTransport::subscribe(QJsonArray params,
                                                                          CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    if (cancel.isCancelled())
        co_return makeError(ErrorKind::Cancelled, "cancelled");
    if (!m_link.isUp() && m_link.isFailing()) {
        m_link.open();
        co_return m_link.failureForCalls();
    }
    std::unique_ptr<WsSubscription> subscription(new WsSubscription(this, params));
    const auto joined = m_router.join(subscription.get());
    auto live = joined.live.future();
    CancelRegistration onCancel;
    if (cancel.canBeCancelled()) {
        onCancel = cancel.onCancel([promise = joined.live] {
            promise.resolve(makeError(ErrorKind::Cancelled, "subscription cancelled"));
        });
    }
    if (joined.isNew) {
        if (m_link.isUp())
            subscribeGroup(joined.group, std::move(params));
        else
            m_link.open(); // every group is subscribed once the link is up
    }
    auto status = co_await live;
    if (!status)
        co_return std::move(status).error(); // the subscription leaves as it is destroyed
    co_return std::unique_ptr<Subscription>(std::move(subscription));
}

void WsTransport::subscribeGroup(WsSubscriptionRouter::GroupId group, QJsonArray params)
{
    const auto id = enqueue(RpcRequest(QStringLiteral("eth_subscribe"), std::move(params)));
    m_pending.at(id).internal = true;
    m_pending.at(id).subscriptionGroup = group;
    sendPending({id});
}

void WsTransport::unsubscribeServer(const QString& serverId)
{
    if (!m_link.isUp() || isClosed())
        return; // the server subscription died with its connection
    const auto id = enqueue(RpcRequest(QStringLiteral("eth_unsubscribe"), {serverId}));
    m_pending.at(id).internal = true;
    sendPending({id});
}

std::optional<QString> WsTransport::leave(std::uint64_t localId)
{
    return m_router.leave(localId);
}

void WsTransport::release(std::uint64_t localId)
{
    if (const auto serverId = m_router.leave(localId))
        unsubscribeServer(*serverId);
}

// ---- connection -----------------------------------------------------------------------------

void WsTransport::onLinkConnecting(bool again)
{
    setState(again ? ConnectionState::Reconnecting : ConnectionState::Connecting);
}

void WsTransport::onLinkUp(bool again)
{
    std::vector<std::uint64_t> ids;
    for (auto& [group, params] : m_router.groups()) {
        const auto id = enqueue(RpcRequest(QStringLiteral("eth_subscribe"), params));
        m_pending.at(id).internal = true;
        m_pending.at(id).subscriptionGroup = group;
    }
    for (const auto& [id, pending] : m_pending) {
        if (!pending.sent)
            ids.push_back(id);
    }
    sendPending(ids); // in the order they were asked for
    // Signals last: a handler may destroy this.
    QPointer<WsTransport> self(this);
    setState(ConnectionState::Connected);
    if (again && self)
        Q_EMIT reconnected();
}

void WsTransport::onLinkDown(const Error& error, bool retrying)
{
    if (isClosed())
        return;
    // Calls the server may have acted on are not sent twice unless they are idempotent; the
    // router's own calls die with the server ids they name.
    std::vector<std::pair<Promise<Result<QJsonValue>>, Error>> lost;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        auto& pending = it->second;
        if (pending.internal) {
            it = m_pending.erase(it);
            continue;
        }
        if (pending.sent && !pending.idempotent) {
            lost.emplace_back(pending.promise,
                              makeError(ErrorKind::Transport,
                                        "connection to " + describe().toStdString() +
                                            " lost before " + pending.method.toStdString() +
                                            " was answered; not sent again because it is not "
                                            "idempotent (" +
                                            error.message + ")"));
            it = m_pending.erase(it);
            continue;
        }
        pending.sent = false;
        ++it;
    }
    // Signals and resumptions last: any of them may destroy this.
    QPointer<WsTransport> self(this);
    setState(retrying ? ConnectionState::Reconnecting : ConnectionState::Failed, error);
    if (self)
        m_router.interrupt();
    for (auto& [promise, failure] : lost)
        promise.resolve(std::move(failure));
    if (!self)
        return;
    if (!retrying)
        failAll(error);
    else if (m_link.isFailing())
        failWaiting(m_link.failureForCalls());
}

void WsTransport::failWaiting(const Error& error)
{
    std::vector<Promise<Result<QJsonValue>>> waiting;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.internal) {
            ++it;
            continue;
        }
        waiting.push_back(it->second.promise);
        it = m_pending.erase(it);
    }
    m_router.failWaiting(error); // may destroy this
    for (auto& promise : waiting)
        promise.resolve(error);
}

void WsTransport::failAll(const Error& error)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    // Handlers may destroy this; only locals are used after the router is done.
    m_router.endAll(isClosed() ? ConnectionState::Closed : ConnectionState::Failed, error);
    for (auto& [id, call] : pending)
        call.promise.resolve(error);
}

// ---- incoming -------------------------------------------------------------------------------

void WsTransport::onMessage(const QString& text)
{
    QPointer<WsTransport> self(this);
    for (auto& item : decodeWsMessage(text)) {
        if (!self)
            return;
        if (item.kind == WsIncoming::Kind::Notification) {
            if (m_router.route(item.subscription, item.result) && self)
                m_link.markHealthy();
        } else {
            handleResponse(item.id, item.response);
        }
    }
}

void WsTransport::handleResponse(std::uint64_t id, const QJsonObject& response)
{
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return; // cancelled meanwhile, or not ours
    // An answer to a call of ours, result or error: the server speaks JSON-RPC.
    m_link.markHealthy();
    auto pending = std::move(found->second);
    m_pending.erase(found);
    auto result = resultFromResponse(response);
    if (pending.subscriptionGroup != 0) {
        QPointer<WsTransport> self(this);
        const auto abandoned = m_router.subscribed(pending.subscriptionGroup, std::move(result));
        if (abandoned && self)
            unsubscribeServer(*abandoned);
        return;
    }
    pending.promise.resolve(std::move(result)); // last: the waiter may destroy this
}

// ---- shutdown -------------------------------------------------------------------------------

QCoro::Task<> WsTransport::close()
{
    if (!markClosed())
        co_return;
    QPointer<WsTransport> self(this);
    failAll(closedError(describe()));
    if (!self)
        co_return;
    co_await m_link.close();
    if (self)
        self->setState(ConnectionState::Closed);
}

} // namespace seismic::rpc
