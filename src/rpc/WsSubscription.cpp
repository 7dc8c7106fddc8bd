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
        m_transport->release(localId());
}

void WsSubscription::activate(bool afterReconnect)
{
    setState(ConnectionState::Connected);
    if (afterReconnect)
        Q_EMIT reconnected();
}

void WsSubscription::interrupt()
{
    setState(ConnectionState::Reconnecting);
}

void WsSubscription::end(ConnectionState state, std::optional<Error> failure)
{
    m_transport = nullptr;
    if (failure)
        Q_EMIT error(*failure);
    setState(state);
}

QCoro::Task<Status> WsSubscription::unsubscribe()
{
    auto transport = m_transport;
    m_transport = nullptr;
    setState(ConnectionState::Closed);
    if (!transport)
        co_return Status{};
    const auto serverId = transport->leave(localId());
    if (!serverId || transport->isClosed())
        co_return Status{};
    const QJsonArray params{*serverId};
    auto done = co_await transport->request(RpcRequest(QStringLiteral("eth_unsubscribe"), params));
    if (!done)
        co_return std::move(done).error();
    co_return Status{};
}

} // namespace seismic::rpc
