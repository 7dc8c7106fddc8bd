// SPDX-License-Identifier: MIT
#include "core/EndpointName.h"

namespace seismic {
namespace {

int defaultPort(const QString& scheme)
{
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return 443;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return 80;
    return -1;
}

} // namespace

QString endpointName(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(unreadable URL)");
    const QString scheme = url.scheme().toLower();
    QUrl name;
    name.setScheme(scheme);
    name.setHost(url.host());
    name.setPort(url.port(defaultPort(scheme)));
    const bool hidden = !url.userInfo().isEmpty() ||
                        (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
                        url.hasQuery() || url.hasFragment();
    return name.toString() + (hidden ? QStringLiteral("/…") : QString());
}

QString endpointName(const QString& url)
{
    return endpointName(QUrl(url.trimmed()));
}

} // namespace seismic
