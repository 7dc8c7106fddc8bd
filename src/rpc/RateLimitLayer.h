// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/RateLimiter.h"
#include "rpc/TransportLayer.h"

namespace seismic::rpc {

struct RateLimitSettings
{
    double requestsPerSecond = 25.0;
    // Calls that may go at once after a quiet period.
    double burst = 50.0;
};

// Keeps calls under a rate (a token bucket): a call waits for its token, in arrival order;
// nothing is dropped. A batch of n calls costs n tokens (at most the burst size).
class RateLimitLayer : public TransportLayer
{
    Q_OBJECT

public:
    explicit RateLimitLayer(std::unique_ptr<Transport> inner, RateLimitSettings settings = {},
                            QObject* parent = nullptr);
    ~RateLimitLayer() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;
    QCoro::Task<> close() override;

    // Calls waiting for a token.
    int waiting() const { return m_limiter.waiting(); }

private:
    RateLimiter m_limiter;
};

} // namespace seismic::rpc
