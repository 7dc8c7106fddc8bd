// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxy>
#include <QUrl>

namespace seismic::rpc {

// The proxy a socket to `url` (http, https, ws, wss) goes through, by Qt's proxy settings: the
// application proxy or proxy factory, or the system configuration once the application asked
// for it (QNetworkProxyFactory::setUseSystemConfiguration: http_proxy, https_proxy, no_proxy
// on Linux). ws and wss are looked up as http and https. Only a proxy that can tunnel a TCP
// connection (HTTP CONNECT, SOCKS5) qualifies; NoProxy if there is none. Loopback hosts never
// use a proxy (Qt's rule).
QNetworkProxy proxyFor(const QUrl& url);

} // namespace seismic::rpc
