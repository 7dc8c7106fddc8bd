// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"
#include "rpc/Transport.h"

#include <memory>

namespace seismic::rpc {

// Base of the decorators (retry, timeout, rate limit): owns the transport it wraps (as a Qt
// child, so it outlives this layer's own state), mirrors its connection state and forwards
// what the layer does not change.
class TransportLayer : public Transport
{
    Q_OBJECT

public:
    ~TransportLayer() override;

    Transport* inner() const { return m_inner; }

    bool supportsSubscriptions() const override;
    QCoro::Task<Result<std::unique_ptr<Subscription>>> subscribe(QJsonArray params,
                                                                 CancelToken cancel) override;
    QCoro::Task<> close() override;
    QString describe() const override;

protected:
    TransportLayer(std::unique_ptr<Transport> inner, QObject* parent);

    // Marks the layer closed and cancels shutdownToken(), waking the layer's own waits
    // (backoff sleeps) while the object is still whole. Derived destructors call it first.
    void shutdownLayer();
    CancelToken shutdownToken() const { return m_shutdown.token(); }

private:
    Transport* m_inner;
    CancelSource m_shutdown;
};

} // namespace seismic::rpc
