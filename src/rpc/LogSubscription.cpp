// SPDX-License-Identifier: MIT
#include "rpc/LogSubscription.h"

namespace seismic::rpc {

LogSubscription::LogSubscription(std::unique_ptr<Subscription> subscription, QObject* parent)
    : QObject(parent)
    , m_subscription(std::move(subscription))
{
    auto* raw = m_subscription.get();
    connect(raw, &Subscription::notification, this, [this](const QJsonValue& result) {
        auto decoded = Log::fromJson(result);
        if (decoded)
            Q_EMIT log(*decoded);
        else
            Q_EMIT error(decoded.error());
    });
    connect(raw, &Subscription::reconnected, this, &LogSubscription::reconnected);
    connect(raw, &Subscription::error, this, &LogSubscription::error);
    connect(raw, &Subscription::stateChanged, this, &LogSubscription::stateChanged);
}

LogSubscription::~LogSubscription() = default;

QCoro::Task<Status> LogSubscription::unsubscribe()
{
    return m_subscription->unsubscribe();
}

} // namespace seismic::rpc
