// SPDX-License-Identifier: MIT
#include "rpc/RateLimitLayer.h"

#include "rpc/Subscription.h"

#include <QPointer>

namespace seismic::rpc {

RateLimitLayer::RateLimitLayer(std::unique_ptr<Transport> inner, RateLimitSettings settings,
                               QObject* parent)
    : TransportLayer(std::move(inner), parent)
    , m_limiter(settings.requestsPerSecond, settings.burst)
{}

RateLimitLayer::~RateLimitLayer()
{
    shutdownLayer();
    m_limiter.close();
}

QCoro::Task<Result<QJsonValue>> RateLimitLayer::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<RateLimitLayer> self(this);
    const QString endpoint = describe();
    auto admitted = m_limiter.acquire(1.0, request.cancel);
    auto status = co_await admitted;
    if (!status)
        co_return std::move(status).error();
    if (!self || self->isClosed())
        co_return closedError(endpoint);
    co_return co_await self->inner()->request(std::move(request));
}

QCoro::Task<std::vector<Result<QJsonValue>>> RateLimitLayer::batch(std::vector<RpcRequest> requests)
{
    const auto count = requests.size();
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(describe()));
    QPointer<RateLimitLayer> self(this);
    const QString endpoint = describe();
    auto admitted = m_limiter.acquire(static_cast<double>(count));
    auto status = co_await admitted;
    if (!status)
        co_return std::vector<Result<QJsonValue>>(count, status.error());
    if (!self || self->isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(endpoint));
    co_return co_await self->inner()->batch(std::move(requests));
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> RateLimitLayer::subscribe(QJsonArray params,
                                                                             CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<RateLimitLayer> self(this);
    const QString endpoint = describe();
    auto admitted = m_limiter.acquire(1.0, cancel);
    auto status = co_await admitted;
    if (!status)
        co_return std::move(status).error();
    if (!self || self->isClosed())
        co_return closedError(endpoint);
    co_return co_await self->inner()->subscribe(std::move(params), std::move(cancel));
}

QCoro::Task<> RateLimitLayer::close()
{
    m_limiter.close();
    co_await TransportLayer::close();
}

} // namespace seismic::rpc
