// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Backoff.h"
#include "rpc/MethodPolicy.h"
#include "rpc/TransportLayer.h"

#include <chrono>

namespace seismic::rpc {

struct RetrySettings
{
    // Tries in total, the first included.
    int maxAttempts = 4;
    Backoff backoff;
    // A server asking to wait longer than this (Retry-After) gets its error returned instead.
    std::chrono::milliseconds maxRetryAfter{60'000};
    IdempotencyPolicy isIdempotent = isIdempotentMethod;
    RetryPolicy isRetryable = isRetryableError;
};

// Tries a call again after a retryable failure (transport error, timeout, HTTP 429/5xx,
// rate-limit error), waiting per Retry-After when the server says how long, else with
// exponential backoff and jitter. Only idempotent calls are repeated: eth_sendRawTransaction
// and the like are never blindly sent twice. Inside a batch each call is judged alone; the
// calls still to retry travel together.
class RetryLayer : public TransportLayer
{
    Q_OBJECT

public:
    explicit RetryLayer(std::unique_ptr<Transport> inner, RetrySettings settings = {},
                        QObject* parent = nullptr);
    ~RetryLayer() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    // Setting up a subscription is retried too: a failed eth_subscribe leaves nothing behind.
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;

    const RetrySettings& settings() const { return m_settings; }

Q_SIGNALS:
    // Before each wait: which call, which attempt failed, how long until the next, and why.
    void retrying(const QString& method, int failedAttempt, std::chrono::milliseconds wait,
                  const seismic::Error& error);

private:
    // How long to wait before the next attempt, or nothing if the error must be returned.
    std::optional<std::chrono::milliseconds> waitBefore(int failedAttempt,
                                                        const Error& error) const;

    RetrySettings m_settings;
};

} // namespace seismic::rpc
