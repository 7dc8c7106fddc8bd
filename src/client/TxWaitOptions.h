// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"

#include <chrono>

namespace seismic::client {

// How long to wait for a transaction's outcome. Not an aggregate (see rpc::RpcRequest).
struct TxWaitOptions
{
    TxWaitOptions() = default;
    explicit TxWaitOptions(std::chrono::milliseconds timeout, rpc::CancelToken cancel = {})
        : timeout(timeout)
        , cancel(std::move(cancel))
    {}

    // Zero: the client's ClientOptions::transactionTimeout.
    std::chrono::milliseconds timeout{0};
    rpc::CancelToken cancel;
};

} // namespace seismic::client
