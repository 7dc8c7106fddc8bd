// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/ConnectionState.h"
#include "rpc/Promise.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace seismic::rpc {

class WsSubscription;

// Which local subscriptions each server subscription feeds, as alloy's subscription manager
// does: local subscriptions with the same eth_subscribe parameters share one server
// subscription (two newHeads subscribers, one eth_subscribe), which is unsubscribed when the
// last of them goes. Server ids die with their connection; after a reconnect every group is
// subscribed again and routed by its new id, while local ids never change.
//
// Methods that emit or settle do so last, from locals: a handler may destroy the owner.
class WsSubscriptionRouter
{
public:
    using GroupId = std::uint64_t;

    struct Joined
    {
        GroupId group = 0;
        // A new group: its eth_subscribe is to be sent (at once if the link is up, else with
        // the others once it is).
        bool isNew = false;
        // Settles when the subscription is live, or with the error that prevented it.
        Promise<Status> live;
    };

    WsSubscriptionRouter() = default;
    WsSubscriptionRouter(const WsSubscriptionRouter&) = delete;
    WsSubscriptionRouter& operator=(const WsSubscriptionRouter&) = delete;

    Joined join(WsSubscription* subscription);
    // The answer to a group's eth_subscribe. Returns a server id to eth_unsubscribe when the
    // group was abandoned while it was on its way.
    std::optional<QString> subscribed(GroupId group, Result<QJsonValue> answer);
    // A local subscription goes. Returns the server id to eth_unsubscribe when it was the last
    // subscriber of a live server subscription.
    std::optional<QString> leave(std::uint64_t localId);
    // Hands a notification to every subscriber of its server subscription; false if the id is
    // unknown (unsubscribed meanwhile, or a server mistake).
    bool route(const QString& serverId, const QJsonValue& result);

    // Every group with its parameters: all are subscribed again on a new connection.
    std::vector<std::pair<GroupId, QJsonArray>> groups() const;
    bool isEmpty() const { return m_groups.empty(); }

    // The connection is gone: server ids are void, live subscribers turn Reconnecting.
    void interrupt();
    // Subscribers still waiting for their first server id fail with `error` and leave.
    void failWaiting(const Error& error);
    // Every subscriber ends in `state` (Failed or Closed) with `error`; the router is empty.
    void endAll(ConnectionState state, const Error& error);

private:
    struct Member
    {
        std::uint64_t localId = 0;
        QPointer<WsSubscription> subscription;
        // Unset once the subscription was live for the first time.
        std::optional<Promise<Status>> waiting;
    };

    struct Group
    {
        QString key;
        QJsonArray params;
        QString serverId; // empty while (re)subscribing
        std::vector<Member> members;
    };

    void remove(std::map<GroupId, Group>::iterator group);

    std::map<GroupId, Group> m_groups;
    QHash<QString, GroupId> m_byParams;
    QHash<QString, GroupId> m_byServerId;
    std::unordered_map<std::uint64_t, GroupId> m_groupOf;
    GroupId m_nextGroup = 1;
};

} // namespace seismic::rpc
