// SPDX-License-Identifier: MIT
#include "rpc/HeadSubscription.h"

#include "rpc/BlockPollingSubscription.h"

namespace seismic::rpc {

HeadSubscription::HeadSubscription(std::unique_ptr<Subscription> subscription, QObject* parent)
    : QObject(parent)
    , m_subscription(std::move(subscription))
{
    auto* raw = m_subscription.get();
    connect(raw, &Subscription::notification, this, [this](const QJsonValue& result) {
        auto header = Block::fromJson(result);
        if (header)
            Q_EMIT head(*header);
        else
            Q_EMIT error(header.error());
    });
    connect(raw, &Subscription::reconnected, this, &HeadSubscription::reconnected);
    connect(raw, &Subscription::error, this, &HeadSubscription::error);
    connect(raw, &Subscription::stateChanged, this, &HeadSubscription::stateChanged);
    if (auto* polling = qobject_cast<BlockPollingSubscription*>(raw))
        connect(polling, &BlockPollingSubscription::polled, this, &HeadSubscription::polled);
}

HeadSubscription::~HeadSubscription() = default;

QCoro::Task<Status> HeadSubscription::unsubscribe()
{
    return m_subscription->unsubscribe();
}

bool HeadSubscription::isPolled() const
{
    return qobject_cast<BlockPollingSubscription*>(m_subscription.get()) != nullptr;
}

void HeadSubscription::setPollInterval(std::chrono::milliseconds interval)
{
    if (auto* polling = qobject_cast<BlockPollingSubscription*>(m_subscription.get()))
        polling->setPollInterval(interval);
}

} // namespace seismic::rpc
