// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Promise.h"
#include "rpc/Transport.h"
#include "rpc/WsSettings.h"

#include <QAbstractSocket>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QWebSocket;

namespace seismic::rpc {

class WsSubscription;

// JSON-RPC over one WebSocket: calls multiplexed by id, eth_subscribe/eth_unsubscribe with
// notifications routed to their Subscription, pings and liveness checks, automatic reconnect
// with capped exponential backoff. After a reconnect, calls in flight that are idempotent are
// sent again, the others fail with a Transport error; every active subscription is subscribed
// again and keeps its local id (its reconnected() signal tells the owner to backfill).
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
    // Connections established after a loss, for diagnostics.
    int reconnectCount() const { return m_reconnects; }

Q_SIGNALS:
    // The connection is back after a loss; subscriptions are being renewed.
    void reconnected();

private:
    friend class WsSubscription;

    enum class Link
    {
        Down,
        Connecting,
        Up,
    };

    struct Pending
    {
        QString method;
        QJsonArray params;
        Promise<Result<QJsonValue>> promise;
        bool idempotent = true;
        bool sent = false;
        std::chrono::steady_clock::time_point deadline;
        CancelRegistration cancelRegistration;
        // eth_subscribe sent on behalf of this subscription (local id), routed on success.
        std::uint64_t subscriptionFor = 0;
        bool resubscribe = false;
    };

    std::uint64_t enqueue(RpcRequest request, std::uint64_t subscriptionFor = 0,
                          bool resubscribe = false);
    Future<Result<QJsonValue>> futureOf(std::uint64_t id);
    void sendPending(const std::vector<std::uint64_t>& ids);
    void ensureConnected();
    void connectNow();
    void onConnected();
    void onTextMessage(const QString& message);
    void handleMessage(const QJsonObject& message);
    void handleNotification(const QJsonObject& params);
    void handleResponse(std::uint64_t id, const QJsonObject& response);
    void handleDisconnect(Error error);
    void onPingTimer();
    void onDeadlineTimer();
    void armDeadline(std::chrono::steady_clock::time_point when);
    void cancelPending(std::uint64_t id);
    void failAll(const Error& error);
    void forget(std::uint64_t localId, bool tellServer);
    void dropSocket();

    QUrl m_url;
    QString m_description;
    WsSettings m_settings;
    std::unique_ptr<QWebSocket> m_socket;
    Link m_link = Link::Down;
    bool m_connectScheduled = false;
    bool m_everConnected = false;
    int m_attempts = 0;
    int m_reconnects = 0;
    std::uint64_t m_nextId = 1;
    std::map<std::uint64_t, Pending> m_pending;
    std::map<std::uint64_t, QPointer<WsSubscription>> m_subscriptions;
    QHash<QString, std::uint64_t> m_routes;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_deadlineTimer;
    std::chrono::steady_clock::time_point m_deadlineDue;
    std::chrono::steady_clock::time_point m_lastReceived;
    std::chrono::steady_clock::time_point m_lastHead;
    std::optional<Promise<Status>> m_closing;
    int m_inSocketSignal = 0;
};

} // namespace seismic::rpc
