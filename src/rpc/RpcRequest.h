// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"

#include <QJsonArray>
#include <QString>

namespace seismic::rpc {

// One JSON-RPC call as it travels down the transport stack. The wire id is not part of it:
// each transport numbers what it sends (a WebSocket multiplexes, and re-sends after a
// reconnect, under ids only it knows).
//
// Not an aggregate on purpose: GCC 12 destroys brace-initialised aggregate temporaries twice
// when they appear in a co_await expression, so parameter types get constructors.
struct RpcRequest
{
    RpcRequest() = default;
    RpcRequest(QString method, QJsonArray params = {}, CancelToken cancel = {})
        : method(std::move(method))
        , params(std::move(params))
        , cancel(std::move(cancel))
    {}

    QString method;
    QJsonArray params;
    // Cancels this call; a transport aborts the exchange if nothing else shares it.
    CancelToken cancel;
};

} // namespace seismic::rpc
