// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Subscription.h"

#include <QPointer>

namespace seismic::rpc {

class WsTransport;

// A local eth_subscribe over a WsTransport. Its WsSubscriptionRouter feeds it from the server
// subscription it shares with every local subscription of the same parameters, and renews
// that after every reconnect.
class WsSubscription : public Subscription
{
    Q_OBJECT

public:
    ~WsSubscription() override;

    // Leaves the shared server subscription; the last one to leave unsubscribes it.
    QCoro::Task<Status> unsubscribe() override;

private:
    friend class WsTransport;
    friend class WsSubscriptionRouter;
    WsSubscription(WsTransport* transport, QJsonArray params);

    void activate(bool afterReconnect);
    void interrupt();
    void end(ConnectionState state, std::optional<Error> error);

    QPointer<WsTransport> m_transport;
};

} // namespace seismic::rpc
