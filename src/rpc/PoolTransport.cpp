// SPDX-License-Identifier: MIT
#include "rpc/PoolTransport.h"

#include "rpc/Subscription.h"

#include <QPointer>
#include <QStringList>

#include <algorithm>

namespace seismic::rpc {

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kWeight = 0.2; // of the newest sample in the moving averages

Error allFailed(std::size_t tried, const Error& last)
{
    Error error = last;
    error.message = "all " + std::to_string(tried) + " endpoints failed; last: " + last.message;
    return error;
}

} // namespace

PoolTransport::PoolTransport(std::vector<std::unique_ptr<Transport>> endpoints,
                             PoolSettings settings, QObject* parent)
    : Transport(parent)
    , m_settings(std::move(settings))
    , m_inFlight(m_settings.maxInFlight)
{
    for (auto& owned : endpoints) {
        auto* transport = owned.release();
        transport->setParent(this);
        Endpoint endpoint{transport, {}, {}};
        endpoint.health.endpoint = transport->describe();
        endpoint.health.state = transport->state();
        m_endpoints.push_back(std::move(endpoint));
        connect(transport, &Transport::stateChanged, this, [this] { updateState(); });
    }
    updateState();
}

PoolTransport::~PoolTransport()
{
    markClosed();
    m_inFlight.close();
}

QString PoolTransport::describe() const
{
    QStringList names;
    for (const auto& endpoint : m_endpoints)
        names << endpoint.health.endpoint;
    return QStringLiteral("pool[") + names.join(QLatin1String(", ")) + QLatin1Char(']');
}

int PoolTransport::inFlight() const
{
    return m_settings.maxInFlight - m_inFlight.available();
}

std::vector<EndpointHealth> PoolTransport::health() const
{
    const auto now = Clock::now();
    std::vector<EndpointHealth> out;
    for (const auto& endpoint : m_endpoints) {
        auto health = endpoint.health;
        health.state = endpoint.transport->state();
        health.coolingDown = endpoint.coolUntil > now;
        out.push_back(std::move(health));
    }
    return out;
}

bool PoolTransport::isEndpointFault(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::TlsCertificate:
    case ErrorKind::Protocol:
    case ErrorKind::Transport:
    case ErrorKind::Timeout:
    case ErrorKind::Decode:
        return true;
    case ErrorKind::HttpStatus:
        return error.code == 429 || error.code >= 500 || error.code == 401 || error.code == 403;
    case ErrorKind::JsonRpc:
        return isRateLimitError(error);
    default:
        return false;
    }
}

bool PoolTransport::neverReachedServer(const Error& error)
{
    return error.kind == ErrorKind::HostNotFound || error.kind == ErrorKind::ConnectionRefused ||
           error.kind == ErrorKind::TlsCertificate;
}

std::vector<std::size_t> PoolTransport::order(bool needsSubscriptions)
{
    const auto now = Clock::now();
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
        if (!needsSubscriptions || m_endpoints[i].transport->supportsSubscriptions())
            indices.push_back(i);
    }
    const auto rotation = m_nextRoundRobin++;
    const auto size = m_endpoints.size();
    auto cost = [&](std::size_t i) {
        const auto& health = m_endpoints[i].health;
        if (m_settings.strategy == PoolStrategy::RoundRobin)
            return static_cast<double>((i + size - rotation % size) % size);
        return static_cast<double>(health.latency.count()) / std::max(health.score, 0.05);
    };
    // Endpoints cooling down go last, and before them those busy reconnecting (a WebSocket
    // would only hold the call until it is back). HTTP endpoints never reconnect by
    // themselves: their failures count towards the cooldown instead.
    auto demotion = [&](std::size_t i) {
        if (m_endpoints[i].coolUntil > now)
            return 2;
        return m_endpoints[i].transport->state() == ConnectionState::Reconnecting ? 1 : 0;
    };
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        if (demotion(a) != demotion(b))
            return demotion(a) < demotion(b);
        return cost(a) < cost(b);
    });
    return indices;
}

void PoolTransport::record(std::size_t index, bool success, Clock::duration latency)
{
    auto& endpoint = m_endpoints[index];
    auto& health = endpoint.health;
    ++health.calls;
    health.score = (1.0 - kWeight) * health.score + kWeight * (success ? 1.0 : 0.0);
    if (success) {
        const auto sample = std::chrono::duration_cast<std::chrono::microseconds>(latency);
        health.latency = health.latency.count() == 0
                             ? sample
                             : std::chrono::microseconds(static_cast<long long>(
                                   (1.0 - kWeight) * static_cast<double>(health.latency.count()) +
                                   kWeight * static_cast<double>(sample.count())));
        health.consecutiveFailures = 0;
        endpoint.coolUntil = {};
    } else {
        ++health.failures;
        if (++health.consecutiveFailures >= m_settings.failuresBeforeCooldown)
            endpoint.coolUntil = Clock::now() + m_settings.cooldown;
    }
    health.coolingDown = endpoint.coolUntil > Clock::now();
    Q_EMIT healthChanged();
}

void PoolTransport::updateState()
{
    if (isClosed())
        return;
    bool anyConnected = false;
    bool allFailed = !m_endpoints.empty();
    bool anyReconnecting = false;
    const Error* lastError = nullptr;
    for (auto& endpoint : m_endpoints) {
        const auto state = endpoint.transport->state();
        endpoint.health.state = state;
        anyConnected |= state == ConnectionState::Connected;
        allFailed &= state == ConnectionState::Failed;
        anyReconnecting |= state == ConnectionState::Reconnecting;
        if (endpoint.transport->lastError())
            lastError = &*endpoint.transport->lastError();
    }
    std::optional<Error> error = lastError ? std::optional<Error>(*lastError) : std::nullopt;
    if (anyConnected)
        setState(ConnectionState::Connected);
    else if (allFailed)
        setState(ConnectionState::Failed, error);
    else if (anyReconnecting)
        setState(ConnectionState::Reconnecting, error);
    else if (state() == ConnectionState::Idle)
        setState(ConnectionState::Connecting);
}

QCoro::Task<Result<QJsonValue>> PoolTransport::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<PoolTransport> self(this);
    const QString name = describe();
    auto admission = m_inFlight.acquire(request.cancel);
    auto permit = co_await admission;
    if (!permit)
        co_return std::move(permit).error();
    if (!self || self->isClosed())
        co_return closedError(name);
    const bool idempotent = self->m_settings.isIdempotent(request.method);
    const auto candidates = self->order(false);
    std::optional<Error> last;
    std::size_t tried = 0;
    for (const auto index : candidates) {
        ++tried;
        const auto start = Clock::now();
        auto result = co_await self->m_endpoints[index].transport->request(request);
        if (!self || self->isClosed())
            co_return result;
        const bool fault = !result && isEndpointFault(result.error());
        if (result || result.error().kind != ErrorKind::Cancelled)
            self->record(index, !fault, Clock::now() - start);
        // A call that never reached the server may go to the next one, idempotent or not.
        const bool resendable = idempotent || (fault && neverReachedServer(result.error()));
        if (!self || !fault || !resendable || request.cancel.isCancelled())
            co_return result; // (a healthChanged handler may have destroyed the pool)
        last = std::move(result).error();
    }
    if (!last)
        co_return makeError(ErrorKind::Transport, "the pool has no endpoints");
    co_return tried > 1 ? allFailed(tried, *last) : *last;
}

QCoro::Task<std::vector<Result<QJsonValue>>> PoolTransport::batch(std::vector<RpcRequest> requests)
{
    const auto count = requests.size();
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(describe()));
    QPointer<PoolTransport> self(this);
    const QString name = describe();
    auto admission = m_inFlight.acquire();
    auto permit = co_await admission;
    if (!permit)
        co_return std::vector<Result<QJsonValue>>(count, permit.error());
    if (!self || self->isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(name));
    const bool idempotent = std::all_of(requests.begin(), requests.end(), [&](const auto& call) {
        return self->m_settings.isIdempotent(call.method);
    });
    const auto candidates = self->order(false);
    std::vector<Result<QJsonValue>> results;
    for (const auto index : candidates) {
        const auto start = Clock::now();
        results = co_await self->m_endpoints[index].transport->batch(requests);
        if (!self || self->isClosed())
            co_return results;
        // A whole-exchange failure shows in every slot with the same fault.
        const bool fault =
            !results.empty() &&
            std::all_of(results.begin(), results.end(), [](const Result<QJsonValue>& result) {
                return !result && isEndpointFault(result.error());
            });
        self->record(index, !fault, Clock::now() - start);
        if (!self || !fault || !idempotent)
            co_return results;
    }
    if (results.empty())
        co_return std::vector<Result<QJsonValue>>(
            count, makeError(ErrorKind::Transport, "the pool has no endpoints"));
    co_return results;
}

bool PoolTransport::supportsSubscriptions() const
{
    return std::any_of(m_endpoints.begin(), m_endpoints.end(), [](const Endpoint& endpoint) {
        return endpoint.transport->supportsSubscriptions();
    });
}

QCoro::Task<Result<std::unique_ptr<Subscription>>> PoolTransport::subscribe(QJsonArray params,
                                                                            CancelToken cancel)
{
    if (isClosed())
        co_return closedError(describe());
    QPointer<PoolTransport> self(this);
    const auto candidates = order(true);
    std::optional<Error> last;
    for (const auto index : candidates) {
        const auto start = Clock::now();
        auto result = co_await self->m_endpoints[index].transport->subscribe(params, cancel);
        if (!self || self->isClosed())
            co_return result;
        const bool fault = !result && isEndpointFault(result.error());
        self->record(index, !fault, Clock::now() - start);
        if (!self || !fault || cancel.isCancelled())
            co_return result;
        last = std::move(result).error();
    }
    if (!last)
        co_return makeError(ErrorKind::Unsupported,
                            "no endpoint of " + describe().toStdString() +
                                " can push notifications (add a ws:// or wss:// URL)");
    co_return *last;
}

QCoro::Task<> PoolTransport::close()
{
    if (!markClosed())
        co_return;
    m_inFlight.close();
    std::vector<QPointer<Transport>> endpoints;
    for (const auto& endpoint : m_endpoints)
        endpoints.emplace_back(endpoint.transport);
    QPointer<PoolTransport> self(this);
    for (auto& endpoint : endpoints) {
        if (endpoint)
            co_await endpoint->close();
    }
    if (self)
        self->setState(ConnectionState::Closed);
}

} // namespace seismic::rpc
