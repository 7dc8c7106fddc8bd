// SPDX-License-Identifier: MIT
#include "rpc/WsSubscription.h"

#include "rpc/WsTransport.h"

namespace seismic::rpc {

WsSubscription::WsSubscription(WsTransport* transport, QJsonArray params)
    : Subscription(std::move(params))
    , m_transport(transport)
{}

WsSubscription::~WsSubscription()
{
    if (m_transport)
        m_transport->forget(localId(), true);
}

void WsSubscription::activate(QString serverId, bool afterReconnect)
{
    m_serverId = std::move(serverId);
    setState(ConnectionState::Connected);
    if (afterReconnect)
        Q_EMIT reconnected();
}

void WsSubscription::interrupt()
{
    m_serverId.clear();
    setState(ConnectionState::Reconnecting);
}

void WsSubscription::end(ConnectionState state, std::optional<Error> failure)
{
    m_transport = nullptr;
    m_serverId.clear();
    if (failure)
        Q_EMIT error(*failure);
    setState(state);
}

QCoro::Task<Status> WsSubscription::unsubscribe()
{
    auto transport = m_transport;
    const auto serverId = m_serverId;
    m_transport = nullptr;
    setState(ConnectionState::Closed);
    if (!transport)
        co_return Status{};
    transport->forget(localId(), false);
    if (serverId.isEmpty() || transport->isClosed())
        co_return Status{};
    const QJsonArray params{serverId};
    auto done = co_await transport->request(RpcRequest(QStringLiteral("eth_unsubscribe"), params));
    if (!done)
        co_return std::move(done).error();
    co_return Status{};
}

} // namespace seismic::rpc
