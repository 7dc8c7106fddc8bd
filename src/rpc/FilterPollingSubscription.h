// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"
#include "rpc/Subscription.h"

#include <QPointer>

#include <memory>

namespace seismic::rpc {

class RpcClient;

// "logs" without a push channel: installs eth_newFilter with the subscription's address and
// topics and polls eth_getFilterChanges every ClientSettings::pollInterval, delivering each
// log (with its `removed` flag). A filter the node forgot (restart, expiry) is installed
// again; that, and recovering from failed polls, is announced with reconnected() because
// logs may have been missed in between.
class FilterPollingSubscription : public Subscription
{
    Q_OBJECT

public:
    static QCoro::Task<Result<std::unique_ptr<Subscription>>>
    start(RpcClient* client, QJsonArray params, CancelToken cancel);
    ~FilterPollingSubscription() override;

    QCoro::Task<Status> unsubscribe() override;

    const QString& filterId() const { return m_filterId; }

private:
    FilterPollingSubscription(RpcClient* client, QJsonArray params, QString filterId);
    QCoro::Task<> run();
    // Stops polling for good (unsubscribed, or the client closed or went away).
    void end();

    QPointer<RpcClient> m_client;
    QString m_filterId;
    CancelSource m_stop;
    bool m_stopped = false;
};

} // namespace seismic::rpc
