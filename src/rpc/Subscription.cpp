// SPDX-License-Identifier: MIT
#include "rpc/Subscription.h"

#include <atomic>

namespace seismic::rpc {

namespace {
std::atomic<std::uint64_t> nextLocalId{1};
}

Subscription::Subscription(QJsonArray params, QObject* parent)
    : QObject(parent)
    , m_localId(nextLocalId.fetch_add(1))
    , m_params(std::move(params))
{}

Subscription::~Subscription() = default;

void Subscription::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace seismic::rpc
