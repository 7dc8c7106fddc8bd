// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/HttpSettings.h"
#include "rpc/Transport.h"
#include "rpc/WsSettings.h"

#include <QUrl>

#include <memory>

namespace seismic::rpc {

// Settings for whichever kind of endpoint a URL names.
struct EndpointSettings
{
    HttpSettings http;
    WsSettings ws;
};

// The transport for an endpoint URL: http/https -> HttpTransport, ws/wss -> WsTransport.
Result<std::unique_ptr<Transport>> makeTransport(const QUrl& url,
                                                 const EndpointSettings& settings = {});

} // namespace seismic::rpc
