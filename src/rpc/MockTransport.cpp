// SPDX-License-Identifier: MIT
#include "rpc/MockTransport.h"

#include "rpc/Delay.h"
#include "rpc/MockSubscription.h"

namespace seismic::rpc {

MockTransport::MockTransport(QObject* parent)
    : Transport(parent)
{
    setState(ConnectionState::Connected);
}

MockTransport::~MockTransport()
{
    markClosed();
    m_shutdown.cancel();
}

QString MockTransport::describe() const
{
    return QStringLiteral("mock");
}

void MockTransport::enqueue(Result<QJsonValue> answer)
{
    m_answers.push_back({std::nullopt, std::move(answer)});
}

void MockTransport::enqueue(QString method, Result<QJsonValue> answer)
{
    m_answers.push_back({std::move(method), std::move(answer)});
}

void MockTransport::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void MockTransport::setLatency(std::chrono::milliseconds latency)
{
    m_latency = latency;
}

void MockTransport::setSubscriptionsSupported(bool supported)
{
    m_subscriptions = supported;
}

std::vector<QString> MockTransport::methods() const
{
    std::vector<QString> names;
    for (const auto& request : m_requests)
        names.push_back(request.method);
    return names;
}

std::vector<MockSubscription*> MockTransport::subscriptions() const
{
    std::vector<MockSubscription*> live;
    for (const auto& subscription : m_live) {
        if (subscription)
            live.push_back(subscription);
    }
    return live;
}

Result<QJsonValue> MockTransport::answer(const RpcRequest& request)
{
    m_requests.push_back(request);
    if (!m_answers.empty()) {
        auto next = std::move(m_answers.front());
        m_answers.pop_front();
        if (next.method && *next.method != request.method)
            return makeError(ErrorKind::InvalidArgument, "mock: expected a call to " +
                                                             next.method->toStdString() + ", got " +
                                                             request.method.toStdString());
        return std::move(next.result);
    }
    if (m_handler)
        return m_handler(request);
    return makeError(ErrorKind::Unsupported,
                     "mock: no answer queued for " + request.method.toStdString());
}

QCoro::Task<Result<QJsonValue>> MockTransport::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    auto result = answer(request);
    const CancelSource wake{request.cancel, m_shutdown.token()};
    const QPointer<MockTransport> self(this);
    ++m_answersOwed;
    auto delivered = co_await delay(m_latency, wake.token());
    if (self)
        --m_answersOwed;
    if (!delivered)
        co_return std::move(delivered).error();
    co_return result;
}

QCoro::Task<std::vector<Result<QJsonValue>>> MockTransport::batch(std::vector<RpcRequest> requests)
{
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(requests.size(), closedError(describe()));
    m_batchSizes.push_back(requests.size());
    std::vector<Result<QJsonValue>> results;
    for (const auto& call : requests)
        results.push_back(answer(call));
    const QPointer<MockTransport> self(this);
    ++m_answersOwed;
    auto delivered = co_await delay(m_latency, m_shutdown.token());
    if (self)
        --m_answersOwed;
    if (!delivered)
        co_return std::vector<Result<QJsonValue>>(results.size(), delivered.error());
    co_return results;
}

bool MockTransport::supportsSubscriptions() const
{
    return m_subscriptions;
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> MockTransport::subscribe(QJsonArray params,
                                                                            CancelToken cancel)
{
    if (!m_subscriptions)
        co_return co_await Transport::subscribe(std::move(params), std::move(cancel));
    if (isClosed())
        co_return closedError(describe());
    auto subscription = std::make_unique<MockSubscription>(std::move(params));
    m_live.emplace_back(subscription.get());
    co_return std::unique_ptr<Subscription>(std::move(subscription));
}

} // namespace seismic::rpc
