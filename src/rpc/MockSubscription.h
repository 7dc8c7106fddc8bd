// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Subscription.h"

namespace seismic::rpc {

// A subscription a test drives by hand (created by MockTransport::subscribe).
class MockSubscription : public Subscription
{
    Q_OBJECT

public:
    explicit MockSubscription(QJsonArray params, QObject* parent = nullptr);

    QCoro::Task<Status> unsubscribe() override;

    // Delivers a notification, as the server would.
    void push(const QJsonValue& result);
    // Plays a lost connection and its recovery: Reconnecting, then Connected and reconnected().
    void simulateReconnect();
    void fail(const Error& failure);
    bool isUnsubscribed() const { return m_unsubscribed; }

private:
    bool m_unsubscribed = false;
};

} // namespace seismic::rpc
