// SPDX-License-Identifier: MIT
#include "rpc/Transport.h"

#include "rpc/Subscription.h"
#include "rpc/WhenAll.h"

namespace seismic::rpc {

Error closedError(const QString& what)
{
    return makeError(ErrorKind::Cancelled, what.toStdString() + " is closed");
}

Transport::Transport(QObject* parent)
    : QObject(parent)
{}

Transport::~Transport() = default;

QCoro::Task<std::vector<Result<QJsonValue>>> Transport::batch(std::vector<RpcRequest> requests)
{
    std::vector<QCoro::Task<Result<QJsonValue>>> calls;
    calls.reserve(requests.size());
    for (auto& call : requests)
        calls.push_back(request(std::move(call)));
    co_return co_await whenAll(std::move(calls));
}

bool Transport::supportsSubscriptions() const
{
    return false;
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> Transport::subscribe(QJsonArray params,
                                                                        CancelToken cancel)
{
    Q_UNUSED(cancel);
    co_return makeError(ErrorKind::Unsupported,
                        "eth_subscribe(" + params.at(0).toString().toStdString() +
                            ") needs a WebSocket endpoint; " + describe().toStdString() +
                            " cannot push notifications");
}

QCoro::Task<> Transport::close()
{
    if (markClosed())
        setState(ConnectionState::Closed);
    co_return;
}

void Transport::setState(ConnectionState state, std::optional<Error> error)
{
    if (error)
        m_lastError = std::move(error);
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Transport::markClosed()
{
    return !std::exchange(m_closed, true);
}

} // namespace seismic::rpc
