// SPDX-License-Identifier: MIT
#include "rpc/ProxyFor.h"

#include <QNetworkProxyFactory>

namespace seismic::rpc {

QNetworkProxy proxyFor(const QUrl& url)
{
    QUrl target = url;
    if (url.scheme() == QLatin1String("ws"))
        target.setScheme(QStringLiteral("http"));
    else if (url.scheme() == QLatin1String("wss"))
        target.setScheme(QStringLiteral("https"));
    const auto proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(target));
    for (const auto& proxy : proxies) {
        if (proxy.type() == QNetworkProxy::NoProxy ||
            proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability))
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace seismic::rpc
