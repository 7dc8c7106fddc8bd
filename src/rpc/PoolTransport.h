// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/MethodPolicy.h"
#include "rpc/Semaphore.h"
#include "rpc/Transport.h"

#include <chrono>
#include <memory>
#include <vector>

namespace seismic::rpc {

enum class PoolStrategy
{
    // Spread calls over the healthy endpoints in turn.
    RoundRobin,
    // Prefer the endpoint with the best health-weighted latency (untried endpoints first).
    BestLatency,
};

struct PoolSettings
{
    PoolStrategy strategy = PoolStrategy::BestLatency;
    // Calls in flight across the whole pool; more wait in arrival order.
    int maxInFlight = 64;
    // An endpoint failing this many calls in a row is skipped for `cooldown` (unless every
    // endpoint is cooling down).
    int failuresBeforeCooldown = 3;
    std::chrono::milliseconds cooldown{5'000};
    // Non-idempotent calls are not sent to a second endpoint after a failure.
    IdempotencyPolicy isIdempotent = isIdempotentMethod;
};

// What the pool knows about one endpoint, for choosing and for diagnostics.
struct EndpointHealth
{
    QString endpoint;
    ConnectionState state = ConnectionState::Idle;
    // Exponentially weighted success rate, 1.0 = every recent call worked.
    double score = 1.0;
    // Exponentially weighted latency of answered calls; zero until one was measured.
    std::chrono::microseconds latency{0};
    int consecutiveFailures = 0;
    bool coolingDown = false;
    std::uint64_t calls = 0;
    std::uint64_t failures = 0;
};

// Several endpoints (HTTP and/or WebSocket) behind one Transport. A call goes to the preferred
// endpoint; if that endpoint fails it (transport error, timeout, HTTP 429/5xx, rate limit,
// undecodable answer) an idempotent call moves on to the next one. JSON-RPC answers (reverts,
// invalid params) are the node's verdict and are returned as they are. Subscriptions go to the
// best endpoint that can push.
class PoolTransport : public Transport
{
    Q_OBJECT

public:
    explicit PoolTransport(std::vector<std::unique_ptr<Transport>> endpoints,
                           PoolSettings settings = {}, QObject* parent = nullptr);
    ~PoolTransport() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    bool supportsSubscriptions() const override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;
    QCoro::Task<> close() override;
    QString describe() const override;

    std::vector<EndpointHealth> health() const;
    std::size_t size() const { return m_endpoints.size(); }
    int inFlight() const;

Q_SIGNALS:
    void healthChanged();

private:
    struct Endpoint
    {
        Transport* transport;
        EndpointHealth health;
        std::chrono::steady_clock::time_point coolUntil;
    };

    // Endpoint indices in the order to try them.
    std::vector<std::size_t> order(bool needsSubscriptions);
    void record(std::size_t index, bool success, std::chrono::steady_clock::duration latency);
    void updateState();
    static bool isEndpointFault(const Error& error);
    // No connection was made, so the call was not sent: even a transaction may go elsewhere.
    static bool neverReachedServer(const Error& error);

    std::vector<Endpoint> m_endpoints;
    PoolSettings m_settings;
    Semaphore m_inFlight;
    std::size_t m_nextRoundRobin = 0;
};

} // namespace seismic::rpc
