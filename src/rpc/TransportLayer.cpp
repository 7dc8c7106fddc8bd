// SPDX-License-Identifier: MIT
#include "rpc/TransportLayer.h"

#include "rpc/Subscription.h"

namespace seismic::rpc {

TransportLayer::TransportLayer(std::unique_ptr<Transport> inner, QObject* parent)
    : Transport(parent)
    , m_inner(inner.release())
{
    m_inner->setParent(this);
    setState(m_inner->state(), m_inner->lastError());
    connect(m_inner, &Transport::stateChanged, this,
            [this](ConnectionState state) { setState(state, m_inner->lastError()); });
}

TransportLayer::~TransportLayer()
{
    shutdownLayer();
}

void TransportLayer::shutdownLayer()
{
    markClosed();
    m_shutdown.cancel();
}

bool TransportLayer::supportsSubscriptions() const
{
    return m_inner->supportsSubscriptions();
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> TransportLayer::subscribe(QJsonArray params,
                                                                             CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    co_return co_await m_inner->subscribe(std::move(params), std::move(cancel));
}

QCoro::Task<> TransportLayer::close()
{
    shutdownLayer();
    co_await m_inner->close();
}

QString TransportLayer::describe() const
{
    return m_inner->describe();
}

} // namespace seismic::rpc
