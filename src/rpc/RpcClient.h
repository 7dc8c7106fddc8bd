// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/ConnectionState.h"
#include "rpc/Promise.h"
#include "rpc/RpcRequest.h"

#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

namespace seismic::rpc {

class Subscription;
class Transport;

struct ClientSettings
{
    // Calls issued in the same event-loop turn travel as one JSON-RPC batch.
    bool batching = true;
    int maxBatchSize = 100;
    // Subscriptions over a transport that cannot push are polled this often.
    std::chrono::milliseconds pollInterval{2000};
};

// Not an aggregate: see RpcRequest.
struct CallOptions
{
    CallOptions() = default;
    CallOptions(CancelToken cancel, std::chrono::milliseconds timeout = {})
        : cancel(std::move(cancel))
        , timeout(timeout)
    {}

    // Cancels the call: the caller gets Cancelled at once, the exchange is aborted if it is
    // not shared with other calls of a batch.
    CancelToken cancel;
    // A deadline for this call alone; zero means none beyond the transport stack's own.
    std::chrono::milliseconds timeout{0};
};

// The JSON-RPC client over a transport stack: automatic batching, per-call cancellation and
// deadlines, subscriptions (pushed over WebSocket, polled otherwise), connection state.
// It owns the transport; destroying it aborts every exchange and fails every pending call
// with Cancelled.
class RpcClient : public QObject
{
    Q_OBJECT

public:
    explicit RpcClient(std::unique_ptr<Transport> transport, ClientSettings settings = {},
                       QObject* parent = nullptr);
    ~RpcClient() override;

    QCoro::Task<Result<QJsonValue>> call(QString method, QJsonArray params = {},
                                         CallOptions options = {});

    // A call whose result is decoded by `decode` (a function QJsonValue -> Result<T>).
    template<typename T>
    QCoro::Task<Result<T>> callAs(QString method, QJsonArray params,
                                  Result<T> (*decode)(const QJsonValue&), CallOptions options = {})
    {
        auto result = co_await call(std::move(method), std::move(params), std::move(options));
        if (!result)
            co_return std::move(result).error();
        co_return decode(*result);
    }

    // eth_subscribe(params...) over a transport that can push; otherwise a polling stand-in
    // for "newHeads" (block polling, every `pollInterval`, or settings().pollInterval when it
    // is zero) and "logs" (eth_newFilter + eth_getFilterChanges).
    QCoro::Task<Result<std::unique_ptr<Subscription>>>
    subscribe(QJsonArray params, CancelToken cancel = {},
              std::chrono::milliseconds pollInterval = std::chrono::milliseconds{0});

    // Fails pending calls with Cancelled and closes the transport; completes when it is closed.
    QCoro::Task<> close();

    Transport* transport() const { return m_transport; }
    const ClientSettings& settings() const { return m_settings; }
    ConnectionState state() const;
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    void stateChanged(seismic::rpc::ConnectionState state);

private:
    struct QueuedCall
    {
        RpcRequest request;
        Promise<Result<QJsonValue>> promise;
    };

    static QCoro::Task<Result<QJsonValue>> settled(Result<QJsonValue> result);
    static QCoro::Task<Result<QJsonValue>>
    callWithDeadline(Transport* transport, RpcRequest request, std::chrono::milliseconds timeout);
    // The batching path: waits in the queue that flush() sends at the end of the loop turn.
    QCoro::Task<Result<QJsonValue>> queue(RpcRequest request, std::chrono::milliseconds timeout);
    void flush();
    static QCoro::Task<> dispatch(Transport* transport, std::vector<QueuedCall> calls);
    void failQueued();

    Transport* m_transport;
    ClientSettings m_settings;
    std::vector<QueuedCall> m_queue;
    bool m_flushScheduled = false;
    bool m_closed = false;
};

} // namespace seismic::rpc
