// SPDX-License-Identifier: MIT
#include "rpc/WsSubscriptionRouter.h"

#include "rpc/WsSubscription.h"

#include <QJsonDocument>

#include <algorithm>

namespace seismic::rpc {

namespace {

QString keyOf(const QJsonArray& params)
{
    return QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

} // namespace

WsSubscriptionRouter::Joined WsSubscriptionRouter::join(WsSubscription* subscription)
{
    Joined joined;
    const auto key = keyOf(subscription->params());
    auto existing = m_byParams.constFind(key);
    if (existing == m_byParams.constEnd()) {
        joined.group = m_nextGroup++;
        joined.isNew = true;
        m_groups[joined.group] = Group{key, subscription->params(), {}, {}};
        m_byParams.insert(key, joined.group);
    } else {
        joined.group = *existing;
    }
    auto& group = m_groups.at(joined.group);
    m_groupOf[subscription->localId()] = joined.group;
    if (!group.serverId.isEmpty()) {
        group.members.push_back({subscription->localId(), subscription, std::nullopt});
        subscription->activate(false);
        joined.live.resolve(Status{});
    } else {
        group.members.push_back({subscription->localId(), subscription, joined.live});
    }
    return joined;
}

std::optional<QString> WsSubscriptionRouter::subscribed(GroupId id, Result<QJsonValue> answer)
{
    auto found = m_groups.find(id);
    if (found == m_groups.end()) {
        if (answer && answer->isString())
            return answer->toString(); // nobody wants it any more
        return std::nullopt;
    }
    auto members = found->second.members;
    if (!answer || !answer->isString()) {
        const Error error =
            answer ? makeError(ErrorKind::Decode, "eth_subscribe returned no subscription id")
                   : std::move(answer).error();
        remove(found);
        for (auto& member : members) {
            if (member.waiting)
                member.waiting->resolve(error);
            else if (member.subscription)
                member.subscription->end(ConnectionState::Failed, error);
        }
        return std::nullopt;
    }
    auto& group = found->second;
    group.serverId = answer->toString();
    m_byServerId.insert(group.serverId, id);
    for (auto& member : group.members)
        member.waiting.reset();
    for (auto& member : members) {
        if (!member.subscription)
            continue;
        member.subscription->activate(!member.waiting); // a live one comes back
        if (member.waiting)
            member.waiting->resolve(Status{});
    }
    return std::nullopt;
}

std::optional<QString> WsSubscriptionRouter::leave(std::uint64_t localId)
{
    const auto owner = m_groupOf.find(localId);
    if (owner == m_groupOf.end())
        return std::nullopt;
    const auto found = m_groups.find(owner->second);
    m_groupOf.erase(owner);
    auto& members = found->second.members;
    members.erase(
        std::remove_if(members.begin(), members.end(),
                       [localId](const Member& member) { return member.localId == localId; }),
        members.end());
    if (!members.empty())
        return std::nullopt;
    const QString serverId = found->second.serverId;
    remove(found);
    if (serverId.isEmpty())
        return std::nullopt;
    return serverId;
}

bool WsSubscriptionRouter::route(const QString& serverId, const QJsonValue& result)
{
    const auto found = m_byServerId.constFind(serverId);
    if (found == m_byServerId.constEnd())
        return false;
    std::vector<QPointer<WsSubscription>> receivers;
    for (const auto& member : m_groups.at(*found).members)
        receivers.push_back(member.subscription);
    for (auto& receiver : receivers) {
        if (receiver)
            Q_EMIT receiver->notification(result);
    }
    return true;
}

std::vector<std::pair<WsSubscriptionRouter::GroupId, QJsonArray>>
WsSubscriptionRouter::groups() const
{
    std::vector<std::pair<GroupId, QJsonArray>> out;
    for (const auto& [id, group] : m_groups)
        out.emplace_back(id, group.params);
    return out;
}

void WsSubscriptionRouter::interrupt()
{
    m_byServerId.clear();
    std::vector<QPointer<WsSubscription>> interrupted;
    for (auto& [id, group] : m_groups) {
        group.serverId.clear();
        for (const auto& member : group.members) {
            if (!member.waiting && member.subscription)
                interrupted.push_back(member.subscription);
        }
    }
    for (auto& subscription : interrupted) {
        if (subscription)
            subscription->interrupt();
    }
}

void WsSubscriptionRouter::failWaiting(const Error& error)
{
    std::vector<Promise<Status>> failed;
    for (auto group = m_groups.begin(); group != m_groups.end();) {
        auto& members = group->second.members;
        for (auto member = members.begin(); member != members.end();) {
            if (member->waiting) {
                failed.push_back(*member->waiting);
                m_groupOf.erase(member->localId);
                member = members.erase(member);
            } else {
                ++member;
            }
        }
        if (members.empty()) {
            auto next = std::next(group);
            remove(group);
            group = next;
        } else {
            ++group;
        }
    }
    for (auto& promise : failed)
        promise.resolve(error);
}

void WsSubscriptionRouter::endAll(ConnectionState state, const Error& error)
{
    auto groups = std::move(m_groups);
    m_groups.clear();
    m_byParams.clear();
    m_byServerId.clear();
    m_groupOf.clear();
    for (auto& [id, group] : groups) {
        for (auto& member : group.members) {
            if (member.subscription)
                member.subscription->end(state, error);
            if (member.waiting)
                member.waiting->resolve(error);
        }
    }
}

void WsSubscriptionRouter::remove(std::map<GroupId, Group>::iterator group)
{
    m_byParams.remove(group->second.key);
    if (!group->second.serverId.isEmpty())
        m_byServerId.remove(group->second.serverId);
    for (const auto& member : group->second.members)
        m_groupOf.erase(member.localId);
    m_groups.erase(group);
}

} // namespace seismic::rpc
