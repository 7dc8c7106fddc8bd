// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/ConnectionState.h"

#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>

#include <cstdint>

namespace seismic::rpc {

// A stream of notifications for one eth_subscribe (or its polling stand-in) under a local id
// that stays the same across reconnects, whatever ids the server hands out.
//
// reconnected() means: the stream was interrupted and is live again; notifications may have
// been missed in between, so a watcher backfills from the last block it saw. error() reports
// a problem without ending the stream; stateChanged(Failed) or (Closed) ends it.
// Destroying the object unsubscribes (best effort, without waiting).
class Subscription : public QObject
{
    Q_OBJECT

public:
    ~Subscription() override;

    std::uint64_t localId() const { return m_localId; }
    // The eth_subscribe parameters: ["newHeads"], ["logs", {address, topics}].
    const QJsonArray& params() const { return m_params; }
    QString kind() const { return m_params.at(0).toString(); }
    ConnectionState state() const { return m_state; }

    // Stops the stream and tells the server. No notification is delivered after it starts.
    virtual QCoro::Task<Status> unsubscribe() = 0;

Q_SIGNALS:
    void notification(const QJsonValue& result);
    void reconnected();
    void error(const seismic::Error& error);
    void stateChanged(seismic::rpc::ConnectionState state);

protected:
    explicit Subscription(QJsonArray params, QObject* parent = nullptr);
    void setState(ConnectionState state);

private:
    std::uint64_t m_localId;
    QJsonArray m_params;
    ConnectionState m_state = ConnectionState::Connecting;
};

} // namespace seismic::rpc
