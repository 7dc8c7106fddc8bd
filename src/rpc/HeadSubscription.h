// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Block.h"
#include "rpc/Subscription.h"

#include <memory>

namespace seismic::rpc {

// newHeads, decoded: one head() per new block header. The stream semantics (reconnected(),
// error(), states) are those of Subscription.
class HeadSubscription : public QObject
{
    Q_OBJECT

public:
    explicit HeadSubscription(std::unique_ptr<Subscription> subscription,
                              QObject* parent = nullptr);
    ~HeadSubscription() override;

    Subscription* subscription() const { return m_subscription.get(); }
    std::uint64_t localId() const { return m_subscription->localId(); }
    ConnectionState state() const { return m_subscription->state(); }
    QCoro::Task<Status> unsubscribe();

Q_SIGNALS:
    void head(const seismic::rpc::Block& header);
    void reconnected();
    void error(const seismic::Error& error);
    void stateChanged(seismic::rpc::ConnectionState state);

private:
    std::unique_ptr<Subscription> m_subscription;
};

} // namespace seismic::rpc
