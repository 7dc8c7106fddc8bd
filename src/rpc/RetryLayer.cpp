// SPDX-License-Identifier: MIT
#include "rpc/RetryLayer.h"

#include "rpc/Delay.h"
#include "rpc/Subscription.h"

#include <QPointer>

#include <algorithm>

namespace seismic::rpc {

RetryLayer::RetryLayer(std::unique_ptr<Transport> inner, RetrySettings settings, QObject* parent)
    : TransportLayer(std::move(inner), parent)
    , m_settings(std::move(settings))
{
    m_settings.maxAttempts = std::max(m_settings.maxAttempts, 1);
}

RetryLayer::~RetryLayer()
{
    shutdownLayer();
}

std::optional<std::chrono::milliseconds> RetryLayer::waitBefore(int failedAttempt,
                                                                const Error& error) const
{
    if (failedAttempt >= m_settings.maxAttempts || !m_settings.isRetryable(error))
        return std::nullopt;
    if (error.retryAfter) {
        if (*error.retryAfter > m_settings.maxRetryAfter)
            return std::nullopt;
        return *error.retryAfter;
    }
    return m_settings.backoff.delayFor(failedAttempt - 1);
}

QCoro::Task<Result<QJsonValue>> RetryLayer::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<RetryLayer> self(this);
    const QString endpoint = describe();
    const bool idempotent = m_settings.isIdempotent(request.method);
    const auto shutdown = shutdownToken();
    for (int attempt = 1;; ++attempt) {
        auto result = co_await self->inner()->request(request);
        if (result || !idempotent || !self || self->isClosed() || request.cancel.isCancelled())
            co_return result;
        const auto wait = self->waitBefore(attempt, result.error());
        if (!wait)
            co_return result;
        Q_EMIT self->retrying(request.method, attempt, *wait, result.error());
        if (!self)
            co_return result;
        const CancelSource wake{request.cancel, shutdown};
        auto slept = co_await delay(*wait, wake.token());
        if (!slept)
            co_return std::move(slept).error();
        if (!self || self->isClosed())
            co_return closedError(endpoint);
    }
}

QCoro::Task<std::vector<Result<QJsonValue>>> RetryLayer::batch(std::vector<RpcRequest> requests)
{
    const auto count = requests.size();
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(describe()));
    QPointer<RetryLayer> self(this);
    const auto shutdown = shutdownToken();
    std::vector<std::optional<Result<QJsonValue>>> outcome(count);
    std::vector<std::size_t> todo(count);
    for (std::size_t i = 0; i < count; ++i)
        todo[i] = i;
    for (int attempt = 1; !todo.empty(); ++attempt) {
        std::vector<RpcRequest> round;
        round.reserve(todo.size());
        for (const auto index : todo)
            round.push_back(requests[index]);
        auto results = co_await self->inner()->batch(std::move(round));
        const bool alive = self && !self->isClosed();
        std::vector<std::size_t> again;
        std::chrono::milliseconds wait{0};
        for (std::size_t k = 0; k < todo.size(); ++k) {
            const auto index = todo[k];
            auto& result = results[k];
            if (alive && !result && self->m_settings.isIdempotent(requests[index].method)) {
                if (const auto pause = self->waitBefore(attempt, result.error())) {
                    again.push_back(index);
                    wait = std::max(wait, *pause);
                    outcome[index] = std::move(result); // reported if the retry is cut short
                    continue;
                }
            }
            outcome[index] = std::move(result);
        }
        todo = std::move(again);
        if (todo.empty())
            break;
        Q_EMIT self->retrying(QStringLiteral("batch"), attempt, wait,
                              outcome[todo.front()]->error());
        if (!self)
            break;
        auto slept = co_await delay(wait, shutdown);
        if (!slept || !self || self->isClosed())
            break;
    }
    std::vector<Result<QJsonValue>> results;
    results.reserve(count);
    for (auto& result : outcome)
        results.push_back(std::move(*result));
    co_return results;
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> RetryLayer::subscribe(QJsonArray params,
                                                                         CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<RetryLayer> self(this);
    const QString endpoint = describe();
    const auto shutdown = shutdownToken();
    for (int attempt = 1;; ++attempt) {
        auto result = co_await self->inner()->subscribe(params, cancel);
        if (result || !self || self->isClosed() || cancel.isCancelled())
            co_return result;
        const auto wait = self->waitBefore(attempt, result.error());
        if (!wait)
            co_return result;
        Q_EMIT self->retrying(QStringLiteral("eth_subscribe"), attempt, *wait, result.error());
        if (!self)
            co_return result;
        const CancelSource wake{cancel, shutdown};
        auto slept = co_await delay(*wait, wake.token());
        if (!slept)
            co_return std::move(slept).error();
        if (!self || self->isClosed())
            co_return closedError(endpoint);
    }
}

} // namespace seismic::rpc
