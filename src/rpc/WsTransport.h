// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Promise.h"
#include "rpc/Transport.h"
#include "rpc/WsLink.h"
#include "rpc/WsSettings.h"
#include "rpc/WsSubscriptionRouter.h"

#include <QUrl>

#include <map>
#include <memory>
#include <optional>

namespace seismic::rpc {

class WsSubscription;

// JSON-RPC over a WebSocket: a WsLink (connection, reconnect, liveness, typed failures), calls
// multiplexed by id over it, and a WsSubscriptionRouter (local subscriptions sharing server
// ones, surviving reconnects). After a reconnect, calls in flight that are idempotent are sent
// again, the others fail with a Transport error; every subscription is renewed under its
// local id (its reconnected() signal tells the owner to backfill).
//
// No deadline of its own: a call ends with its answer, its cancel token (the TimeoutLayer's
// deadline), or when the link fails it: at once for a host that does not resolve or a
// rejected certificate, after WsSettings::attemptsBeforeFailingCalls failed attempts in a row
// otherwise (refused, or connections lost before a healthy exchange), and when the link gives
// up. A transport used without a TimeoutLayer waits for a server that accepts a call and never
// answers for as long as the connection stays alive.
class WsTransport : public Transport
{
    Q_OBJECT

public:
    explicit WsTransport(QUrl url, WsSettings settings = {}, QObject* parent = nullptr);
    ~WsTransport() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    bool supportsSubscriptions() const override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;
    // Sends a close frame and completes once the server closed the connection (at most a
    // second later).
    QCoro::Task<> close() override;
    QString describe() const override;

    // Connects now instead of on the first call.
    void open();
    // For diagnostics: connections established after a loss, and attempts to connect.
    int reconnectCount() const { return m_link.reconnectCount(); }
    int connectionAttempts() const { return m_link.attempts(); }

Q_SIGNALS:
    // The connection is back after a loss; subscriptions are being renewed.
    void reconnected();

private:
    friend class WsSubscription;

    struct Pending
    {
        QString method;
        QJsonArray params;
        Promise<Result<QJsonValue>> promise;
        bool idempotent = true;
        bool sent = false;
        CancelRegistration cancelRegistration;
        // An eth_subscribe or eth_unsubscribe of the router's: nobody awaits it, and it dies
        // with the connection (server ids do).
        bool internal = false;
        // The router group an internal eth_subscribe is for.
        WsSubscriptionRouter::GroupId subscriptionGroup = 0;
    };

    std::uint64_t enqueue(RpcRequest request);
    void sendPending(const std::vector<std::uint64_t>& ids);
    void subscribeGroup(WsSubscriptionRouter::GroupId group, QJsonArray params);
    void unsubscribeServer(const QString& serverId);
    void onLinkConnecting(bool again);
    void onLinkUp(bool again);
    void onLinkDown(const Error& error, bool retrying);
    void onMessage(const QString& text);
    void handleResponse(std::uint64_t id, const QJsonObject& response);
    void cancelPending(std::uint64_t id);
    // Calls waiting for the link fail with `error`, and so do subscriptions not yet live.
    void failWaiting(const Error& error);
    // Everything pending fails and every subscription ends.
    void failAll(const Error& error);
    // A subscription leaves its group; returns the server id to unsubscribe if it was last.
    std::optional<QString> leave(std::uint64_t localId);
    // The same, telling the server without waiting (a destroyed subscription).
    void release(std::uint64_t localId);

    WsSettings m_settings;
    WsLink m_link;
    WsSubscriptionRouter m_router;
    std::uint64_t m_nextId = 1;
    std::map<std::uint64_t, Pending> m_pending;
};

} // namespace seismic::rpc
