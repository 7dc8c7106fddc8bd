// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"
#include "rpc/Transport.h"

#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace seismic::rpc {

class MockSubscription;

// A transport for unit tests of the layers above: answers come from a queue of canned results
// (optionally bound to the method they expect), else from a handler. Answers are delivered
// asynchronously, on a later event-loop turn, as a network would. Every call and every batch
// is recorded.
class MockTransport : public Transport
{
    Q_OBJECT

public:
    using Handler = std::function<Result<QJsonValue>(const RpcRequest& request)>;

    explicit MockTransport(QObject* parent = nullptr);
    ~MockTransport() override;

    // The answer to the next call, whatever its method.
    void enqueue(Result<QJsonValue> answer);
    // The answer to the next call, which must be `method`; another method gets an
    // InvalidArgument error naming both.
    void enqueue(QString method, Result<QJsonValue> answer);
    // Answers calls when the queue is empty.
    void setHandler(Handler handler);
    // How long answers take (default: the next event-loop turn).
    void setLatency(std::chrono::milliseconds latency);
    // Whether subscribe() works (creating MockSubscriptions) or answers Unsupported.
    void setSubscriptionsSupported(bool supported);

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    bool supportsSubscriptions() const override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;
    QString describe() const override;

    // Every call received, in order (batch members included).
    const std::vector<RpcRequest>& requests() const { return m_requests; }
    std::vector<QString> methods() const;
    // The size of each batch() call.
    const std::vector<std::size_t>& batchSizes() const { return m_batchSizes; }
    // Live subscriptions created by subscribe(), oldest first.
    std::vector<MockSubscription*> subscriptions() const;
    // Calls and batches received whose answers are not delivered yet (tests wait for zero
    // before checking that nothing more happened).
    int answersOwed() const { return m_answersOwed; }

private:
    struct Answer
    {
        std::optional<QString> method;
        Result<QJsonValue> result;
    };

    Result<QJsonValue> answer(const RpcRequest& request);

    std::deque<Answer> m_answers;
    Handler m_handler;
    std::chrono::milliseconds m_latency{0};
    bool m_subscriptions = false;
    std::vector<RpcRequest> m_requests;
    std::vector<std::size_t> m_batchSizes;
    int m_answersOwed = 0;
    std::vector<QPointer<MockSubscription>> m_live;
    CancelSource m_shutdown;
};

} // namespace seismic::rpc
