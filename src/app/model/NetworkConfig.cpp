// SPDX-License-Identifier: MIT
#include "app/model/NetworkConfig.h"

#include <QUrl>

namespace seismic::app {

NetworkConfig NetworkConfig::fromPreset(const ChainPreset& preset)
{
    NetworkConfig network;
    network.name = QString::fromStdString(preset.name);
    network.chainId = preset.chainId;
    network.httpUrls = {QString::fromStdString(preset.rpcUrl)};
    if (!preset.wsUrl.empty())
        network.wsUrls = {QString::fromStdString(preset.wsUrl)};
    network.builtIn = true;
    return network;
}

QString NetworkConfig::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The network needs a name.");
    if (chainId == 0)
        return tr("The chain ID must be a positive whole number.");
    if (httpUrls.isEmpty())
        return tr("The network needs at least one HTTP or HTTPS endpoint.");
    for (const QString& url : httpUrls + wsUrls) {
        if (QString problem = endpointProblem(url); !problem.isEmpty())
            return problem;
    }
    for (const QString& url : httpUrls) {
        if (isWebSocketUrl(url))
            return tr("“%1” is a WebSocket endpoint, not an HTTP endpoint.").arg(url);
    }
    for (const QString& url : wsUrls) {
        if (!isWebSocketUrl(url))
            return tr("“%1” is an HTTP endpoint, not a WebSocket endpoint.").arg(url);
    }
    return {};
}

QString NetworkConfig::endpointProblem(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !parsed.isValid() || parsed.isRelative())
        return tr("“%1” is not a valid URL.").arg(url);
    static const QStringList kSchemes = {QStringLiteral("http"), QStringLiteral("https"),
                                         QStringLiteral("ws"), QStringLiteral("wss")};
    if (!kSchemes.contains(parsed.scheme()))
        //: %1 is a URL the user typed; the schemes are not translated.
        return tr("“%1” must start with http://, https://, ws:// or wss://.").arg(url);
    if (parsed.host().isEmpty())
        return tr("“%1” has no host name.").arg(url);
    return {};
}

bool NetworkConfig::isWebSocketUrl(const QString& url)
{
    const QString scheme = QUrl(url).scheme();
    return scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
}

} // namespace seismic::app
