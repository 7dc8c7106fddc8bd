// SPDX-License-Identifier: MIT
#include "rpc/MockSubscription.h"

namespace seismic::rpc {

MockSubscription::MockSubscription(QJsonArray params, QObject* parent)
    : Subscription(std::move(params), parent)
{
    setState(ConnectionState::Connected);
}

QCoro::Task<Status> MockSubscription::unsubscribe()
{
    m_unsubscribed = true;
    setState(ConnectionState::Closed);
    co_return Status{};
}

void MockSubscription::push(const QJsonValue& result)
{
    if (!m_unsubscribed)
        Q_EMIT notification(result);
}

void MockSubscription::simulateReconnect()
{
    setState(ConnectionState::Reconnecting);
    setState(ConnectionState::Connected);
    Q_EMIT reconnected();
}

void MockSubscription::fail(const Error& failure)
{
    Q_EMIT error(failure);
    setState(ConnectionState::Failed);
}

} // namespace seismic::rpc
