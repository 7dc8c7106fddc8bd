// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/Log.h"
#include "rpc/Subscription.h"

#include <memory>

namespace seismic::rpc {

// "logs", decoded: one log() per matching log, with `removed` set for logs undone by a reorg.
// The stream semantics (reconnected(): backfill from the last block seen) are those of
// Subscription.
class LogSubscription : public QObject
{
    Q_OBJECT

public:
    explicit LogSubscription(std::unique_ptr<Subscription> subscription, QObject* parent = nullptr);
    ~LogSubscription() override;

    Subscription* subscription() const { return m_subscription.get(); }
    std::uint64_t localId() const { return m_subscription->localId(); }
    ConnectionState state() const { return m_subscription->state(); }
    QCoro::Task<Status> unsubscribe();

Q_SIGNALS:
    void log(const seismic::rpc::Log& log);
    void reconnected();
    void error(const seismic::Error& error);
    void stateChanged(seismic::rpc::ConnectionState state);

private:
    std::unique_ptr<Subscription> m_subscription;
};

} // namespace seismic::rpc
