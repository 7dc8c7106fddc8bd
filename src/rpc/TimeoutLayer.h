// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/TransportLayer.h"

#include <QHash>

#include <chrono>

namespace seismic::rpc {

struct TimeoutSettings
{
    std::chrono::milliseconds timeout{30'000};
    // Methods that deserve their own deadline (eth_getLogs, eth_call on heavy contracts).
    QHash<QString, std::chrono::milliseconds> perMethod;
};

// A deadline per call: past it, the call fails with a Timeout error and its exchange below is
// cancelled (an HTTP request is aborted). A batch gets the longest deadline of its calls;
// setting up a subscription gets the deadline of eth_subscribe. This is the stack's one
// deadline for an exchange: the transports below only bound connecting (a stack built
// without this layer waits as long as a connection stays alive and a server stays silent,
// unless the caller cancels).
class TimeoutLayer : public TransportLayer
{
    Q_OBJECT

public:
    explicit TimeoutLayer(std::unique_ptr<Transport> inner, TimeoutSettings settings = {},
                          QObject* parent = nullptr);
    ~TimeoutLayer() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;

    std::chrono::milliseconds timeoutFor(const QString& method) const;

private:
    TimeoutSettings m_settings;
};

} // namespace seismic::rpc
