// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Block.h"
#include "rpc/Subscription.h"

#include <chrono>
#include <memory>

namespace seismic::rpc {

// newHeads, decoded: one head() per new block header. The stream semantics (reconnected(),
// error(), states) are those of Subscription. Over a transport that cannot push, the heads are
// polled: polled() then reports every answered poll and setPollInterval() sets the period.
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
    // Whether the heads are polled (no push channel).
    bool isPolled() const;
    // The polling period from the next poll on; nothing for a pushed stream.
    void setPollInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void head(const seismic::rpc::Block& header);
    // Polled streams: a poll was answered (the node is there, with or without a new block).
    void polled();
    void reconnected();
    void error(const seismic::Error& error);
    void stateChanged(seismic::rpc::ConnectionState state);

private:
    std::unique_ptr<Subscription> m_subscription;
};

} // namespace seismic::rpc
