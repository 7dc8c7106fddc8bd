// SPDX-License-Identifier: MIT
#include "rpc/TimeoutLayer.h"

#include "rpc/Subscription.h"
#include "rpc/WithTimeout.h"

#include <algorithm>

namespace seismic::rpc {

namespace {

// A batch as one Result, so that withTimeout can stand a Timeout error in for it.
QCoro::Task<Result<std::vector<Result<QJsonValue>>>>
asResult(QCoro::Task<std::vector<Result<QJsonValue>>> batch)
{
    co_return co_await batch;
}

} // namespace

TimeoutLayer::TimeoutLayer(std::unique_ptr<Transport> inner, TimeoutSettings settings,
                           QObject* parent)
    : TransportLayer(std::move(inner), parent)
    , m_settings(std::move(settings))
{}

TimeoutLayer::~TimeoutLayer()
{
    shutdownLayer();
}

std::chrono::milliseconds TimeoutLayer::timeoutFor(const QString& method) const
{
    return m_settings.perMethod.value(method, m_settings.timeout);
}

QCoro::Task<Result<QJsonValue>> TimeoutLayer::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    const auto timeout = timeoutFor(request.method);
    const std::string what = request.method.toStdString() + " to " + describe().toStdString();
    const CancelSource deadline{request.cancel};
    request.cancel = deadline.token();
    auto call = inner()->request(std::move(request));
    co_return co_await withTimeout(std::move(call), timeout, deadline, what);
}

QCoro::Task<std::vector<Result<QJsonValue>>> TimeoutLayer::batch(std::vector<RpcRequest> requests)
{
    const auto count = requests.size();
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(describe()));
    std::chrono::milliseconds timeout{0};
    for (const auto& call : requests)
        timeout = std::max(timeout, timeoutFor(call.method));
    const std::string what =
        "batch of " + std::to_string(count) + " to " + describe().toStdString();
    const CancelSource deadline;
    for (auto& call : requests)
        call.cancel = CancelSource{call.cancel, deadline.token()}.token();
    auto call = asResult(inner()->batch(std::move(requests)));
    auto results = co_await withTimeout(std::move(call), timeout, deadline, what);
    if (!results)
        co_return std::vector<Result<QJsonValue>>(count, results.error());
    co_return std::move(results).value();
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> TimeoutLayer::subscribe(QJsonArray params,
                                                                           CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    const auto timeout = timeoutFor(QStringLiteral("eth_subscribe"));
    const std::string what = "eth_subscribe to " + describe().toStdString();
    const CancelSource deadline{cancel};
    auto setup = inner()->subscribe(std::move(params), deadline.token());
    co_return co_await withTimeout(std::move(setup), timeout, deadline, what);
}

} // namespace seismic::rpc
