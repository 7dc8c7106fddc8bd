// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/ConnectionState.h"
#include "rpc/RpcRequest.h"

#include <QCoro/QCoroTask>
#include <QJsonValue>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace seismic::rpc {

class Subscription;

// The one interface every transport and every layer implements: a JSON-RPC request in, a
// Result<json> out. Layers (retry, timeout, rate limit, pool) wrap a Transport and are one.
//
// Lifetime: a transport fails everything still pending with Cancelled when it is closed or
// destroyed, and every coroutine it runs checks that it is still alive after each await. A
// closed transport answers every new call with Cancelled at once.
class Transport : public QObject
{
    Q_OBJECT

public:
    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    virtual QCoro::Task<Result<QJsonValue>> request(RpcRequest request) = 0;

    // Several calls in one round trip where the transport can; one result per request, in
    // order. A failure of the whole exchange is reported in every slot. This default issues
    // the calls concurrently through request().
    virtual QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests);

    // eth_subscribe, where the transport can push (WebSocket). The default answers Unsupported.
    virtual bool supportsSubscriptions() const;
    virtual QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                         CancelToken cancel);

    // Ends the transport: pending calls fail with Cancelled, connections close. Completes once
    // they are closed. Idempotent. The destructor does the same without waiting.
    virtual QCoro::Task<> close();

    // "http://127.0.0.1:8545", "pool(3)": for diagnostics.
    virtual QString describe() const = 0;

    bool isClosed() const { return m_closed; }
    ConnectionState state() const { return m_state; }
    const std::optional<Error>& lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(seismic::rpc::ConnectionState state);

protected:
    // Records the state (and, for failures, why) and signals a change.
    void setState(ConnectionState state, std::optional<Error> error = std::nullopt);
    // Marks the transport closed; returns false if it already was.
    bool markClosed();

private:
    ConnectionState m_state = ConnectionState::Idle;
    std::optional<Error> m_lastError;
    bool m_closed = false;
};

Error closedError(const QString& what);

} // namespace seismic::rpc
