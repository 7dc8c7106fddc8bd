// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace seismic::rpc {

// "wss://node.example:443": how errors and logs name an endpoint. Scheme, host and port only:
// user info, path and query may carry credentials or API keys ("/v2/KEY", "?apikey=").
QString endpointName(const QUrl& url);

} // namespace seismic::rpc
