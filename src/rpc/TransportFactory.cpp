// SPDX-License-Identifier: MIT
#include "rpc/TransportFactory.h"

#include "core/EndpointName.h"
#include "rpc/HttpTransport.h"
#include "rpc/WsTransport.h"

namespace seismic::rpc {

Result<std::unique_ptr<Transport>> makeTransport(const QUrl& url, const EndpointSettings& settings)
{
    const auto scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorKind::InvalidArgument,
                         "not an endpoint URL (it needs a scheme and a host): " +
                             endpointName(url).toStdString());
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return std::unique_ptr<Transport>(std::make_unique<HttpTransport>(url, settings.http));
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
        return std::unique_ptr<Transport>(std::make_unique<WsTransport>(url, settings.ws));
    return makeError(ErrorKind::InvalidArgument, "unsupported endpoint scheme \"" +
                                                     scheme.toStdString() + "\" in " +
                                                     endpointName(url).toStdString());
}

} // namespace seismic::rpc
