// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/PoolTransport.h"
#include "rpc/RateLimitLayer.h"
#include "rpc/RetryLayer.h"
#include "rpc/TimeoutLayer.h"
#include "rpc/TransportFactory.h"

#include <QList>
#include <QUrl>

#include <memory>
#include <optional>

namespace seismic::rpc {

// What a user configures for a network: endpoint options and which layers to use.
struct StackSettings
{
    EndpointSettings endpoint;
    std::optional<RetrySettings> retry = RetrySettings{};
    std::optional<TimeoutSettings> timeout = TimeoutSettings{};
    std::optional<RateLimitSettings> rateLimit; // off unless set
    // Used when there is more than one endpoint.
    PoolSettings pool;
};

// The standard stack over one or more endpoint URLs, outermost first:
//     Retry -> RateLimit -> Timeout -> Pool (several URLs) or the single transport.
// Retry sits outside so that every attempt gets a fresh deadline and a rate token; the rate
// limit sits outside the deadline so that waiting for a token does not eat into it.
Result<std::unique_ptr<Transport>> makeTransportStack(const QList<QUrl>& endpoints,
                                                      const StackSettings& settings = {});

} // namespace seismic::rpc
