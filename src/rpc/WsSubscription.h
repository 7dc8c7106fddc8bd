// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Subscription.h"

#include <QPointer>

namespace seismic::rpc {

class WsTransport;

// An eth_subscribe over a WsTransport. The transport re-subscribes it after every reconnect
// and routes notifications for its current server id to it.
class WsSubscription : public Subscription
{
    Q_OBJECT

public:
    ~WsSubscription() override;

    QCoro::Task<Status> unsubscribe() override;
    // The id the server gave this subscription on the current connection.
    const QString& serverId() const { return m_serverId; }

private:
    friend class WsTransport;
    WsSubscription(WsTransport* transport, QJsonArray params);

    void activate(QString serverId, bool afterReconnect);
    void interrupt();
    void end(ConnectionState state, std::optional<Error> error);

    QPointer<WsTransport> m_transport;
    QString m_serverId;
};

} // namespace seismic::rpc
