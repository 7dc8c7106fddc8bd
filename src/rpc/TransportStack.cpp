// SPDX-License-Identifier: MIT
#include "rpc/TransportStack.h"

namespace seismic::rpc {

Result<std::unique_ptr<Transport>> makeTransportStack(const QList<QUrl>& endpoints,
                                                      const StackSettings& settings)
{
    if (endpoints.isEmpty())
        return makeError(ErrorKind::InvalidArgument, "no endpoint URL given");
    std::vector<std::unique_ptr<Transport>> transports;
    for (const auto& url : endpoints) {
        auto transport = makeTransport(url, settings.endpoint);
        if (!transport)
            return std::move(transport).error();
        transports.push_back(std::move(transport).value());
    }
    std::unique_ptr<Transport> stack =
        transports.size() == 1
            ? std::move(transports.front())
            : std::make_unique<PoolTransport>(std::move(transports), settings.pool);
    if (settings.timeout)
        stack = std::make_unique<TimeoutLayer>(std::move(stack), *settings.timeout);
    if (settings.rateLimit)
        stack = std::make_unique<RateLimitLayer>(std::move(stack), *settings.rateLimit);
    if (settings.retry)
        stack = std::make_unique<RetryLayer>(std::move(stack), *settings.retry);
    return stack;
}

} // namespace seismic::rpc
