// SPDX-License-Identifier: MIT
#include "rpc/RpcClient.h"

#include "rpc/BlockPollingSubscription.h"
#include "rpc/FilterPollingSubscription.h"
#include "rpc/Transport.h"
#include "rpc/WithTimeout.h"

#include <QTimer>

namespace seismic::rpc {

namespace {

Error clientClosed()
{
    return makeError(ErrorKind::Cancelled, "the RPC client is closed");
}

} // namespace

RpcClient::RpcClient(std::unique_ptr<Transport> transport, ClientSettings settings, QObject* parent)
    : QObject(parent)
    , m_transport(transport.release())
    , m_settings(std::move(settings))
{
    m_settings.maxBatchSize = std::max(m_settings.maxBatchSize, 1);
    m_transport->setParent(this);
    connect(m_transport, &Transport::stateChanged, this, &RpcClient::stateChanged);
}

RpcClient::~RpcClient()
{
    m_closed = true;
    failQueued();
    // The transport (a child) goes next, in ~QObject, and fails its exchanges; the calls
    // waiting on them settle without touching this object.
}

ConnectionState RpcClient::state() const
{
    return m_transport->state();
}

QCoro::Task<Result<QJsonValue>> RpcClient::call(QString method, QJsonArray params,
                                                CallOptions options)
{
    // Not a coroutine itself: the direct path hands out the transport's task, saving a frame
    // and a resumption per call on the hot path.
    if (m_closed)
        return settled(clientClosed());
    if (options.cancel.isCancelled())
        return settled(makeError(ErrorKind::Cancelled, "cancelled"));
    RpcRequest request(std::move(method), std::move(params), std::move(options.cancel));
    if (m_settings.batching)
        return queue(std::move(request), options.timeout);
    if (options.timeout.count() > 0)
        return callWithDeadline(m_transport, std::move(request), options.timeout);
    return m_transport->request(std::move(request));
}

QCoro::Task<Result<QJsonValue>> RpcClient::settled(Result<QJsonValue> result)
{
    co_return result;
}

QCoro::Task<Result<QJsonValue>> RpcClient::callWithDeadline(Transport* transport,
                                                            RpcRequest request,
                                                            std::chrono::milliseconds timeout)
{
    const std::string what = request.method.toStdString();
    const CancelSource deadline{request.cancel};
    request.cancel = deadline.token();
    auto call = transport->request(std::move(request));
    co_return co_await withTimeout(std::move(call), timeout, deadline, what);
}

QCoro::Task<Result<QJsonValue>> RpcClient::queue(RpcRequest request,
                                                 std::chrono::milliseconds timeout)
{
    Promise<Result<QJsonValue>> promise;
    const auto cancelRegistration = request.cancel.onCancel(
        [promise] { promise.resolve(makeError(ErrorKind::Cancelled, "call cancelled")); });
    std::unique_ptr<QTimer> deadline;
    if (timeout.count() > 0) {
        deadline = std::make_unique<QTimer>();
        deadline->setSingleShot(true);
        QObject::connect(deadline.get(), &QTimer::timeout,
                         [promise, timeout, what = request.method.toStdString()] {
                             promise.resolve(timeoutError(timeout, what));
                         });
        deadline->start(timeout);
    }
    m_queue.push_back({std::move(request), promise});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &RpcClient::flush, Qt::QueuedConnection);
    }
    co_return co_await promise.future(); // nothing of this object is touched after it
}

void RpcClient::flush()
{
    m_flushScheduled = false;
    auto queue = std::move(m_queue);
    m_queue.clear();
    std::vector<QueuedCall> chunk;
    for (auto& call : queue) {
        if (call.promise.isSettled())
            continue; // cancelled or timed out before it left
        chunk.push_back(std::move(call));
        if (static_cast<int>(chunk.size()) == m_settings.maxBatchSize) {
            dispatch(m_transport, std::move(chunk));
            chunk.clear();
        }
    }
    if (!chunk.empty())
        dispatch(m_transport, std::move(chunk));
}

// Static: after its first suspension it touches nothing but its own frame, so it may outlive
// the client (the transport then fails the exchange and the promises still settle).
QCoro::Task<> RpcClient::dispatch(Transport* transport, std::vector<QueuedCall> calls)
{
    if (calls.size() == 1) {
        auto& call = calls.front();
        auto promise = call.promise;
        promise.resolve(co_await transport->request(std::move(call.request)));
        co_return;
    }
    std::vector<RpcRequest> requests;
    std::vector<Promise<Result<QJsonValue>>> promises;
    requests.reserve(calls.size());
    promises.reserve(calls.size());
    for (auto& call : calls) {
        // The transport abandons the shared exchange only once every member is cancelled.
        requests.push_back(std::move(call.request));
        promises.push_back(call.promise);
    }
    calls.clear();
    auto results = co_await transport->batch(std::move(requests));
    for (std::size_t i = 0; i < promises.size(); ++i)
        promises[i].resolve(std::move(results[i]));
}

void RpcClient::failQueued()
{
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (auto& call : queue)
        call.promise.resolve(clientClosed());
}

QCoro::Task<Result<std::unique_ptr<Subscription>>>
RpcClient::subscribe(QJsonArray params, CancelToken cancel, std::chrono::milliseconds pollInterval)
{
    if (m_closed)
        co_return clientClosed();
    if (m_transport->supportsSubscriptions())
        co_return co_await m_transport->subscribe(std::move(params), std::move(cancel));
    const auto kind = params.at(0).toString();
    if (kind == QLatin1String("newHeads"))
        co_return co_await BlockPollingSubscription::start(
            this, std::move(params),
            pollInterval.count() > 0 ? pollInterval : m_settings.pollInterval, std::move(cancel));
    if (kind == QLatin1String("logs"))
        co_return co_await FilterPollingSubscription::start(this, std::move(params),
                                                            std::move(cancel));
    co_return makeError(ErrorKind::Unsupported,
                        "eth_subscribe(" + kind.toStdString() + ") needs a WebSocket endpoint; " +
                            m_transport->describe().toStdString() + " cannot push notifications");
}

QCoro::Task<> RpcClient::close()
{
    if (m_closed)
        co_return;
    m_closed = true;
    failQueued();
    co_await m_transport->close();
}

} // namespace seismic::rpc
