// SPDX-License-Identifier: MIT
#include "app/model/NetworkConfig.h"

#include "core/EndpointEncryption.h"
#include "core/EndpointName.h"

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
    if (preset.chainId == kSeismicTestnetChainId)
        network.explorerUrl = QString::fromLatin1(kSeismicTestnetExplorer);
    return network;
}

QUrl NetworkConfig::explorerLink(ExplorerItem item, const QString& id) const
{
    const QString kind =
        item == ExplorerItem::Transaction ? QStringLiteral("tx") : QStringLiteral("address");
    QString text = explorerUrl.trimmed();
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1String("{id}"))) {
        text.replace(QLatin1String("{kind}"), kind);
        text.replace(QLatin1String("{id}"), id);
    } else {
        if (!text.endsWith(QLatin1Char('/')))
            text += QLatin1Char('/');
        text += kind + QLatin1Char('/') + id;
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return {};
    return url;
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
        if (QString problem = endpointProblem(url, allowUnencrypted); !problem.isEmpty())
            return problem;
    }
    for (const QString& url : httpUrls) {
        if (isWebSocketUrl(url))
            return tr("“%1” is a WebSocket endpoint, not an HTTP endpoint.").arg(endpointName(url));
    }
    for (const QString& url : wsUrls) {
        if (!isWebSocketUrl(url))
            return tr("“%1” is an HTTP endpoint, not a WebSocket endpoint.").arg(endpointName(url));
    }
    return {};
}

QString NetworkConfig::endpointProblem(const QString& url, bool allowUnencrypted)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !parsed.isValid() || parsed.isRelative())
        return tr("This is not a valid URL.");
    static const QStringList kSchemes = {QStringLiteral("http"), QStringLiteral("https"),
                                         QStringLiteral("ws"), QStringLiteral("wss")};
    if (!kSchemes.contains(parsed.scheme()))
        //: The schemes are not translated.
        return tr("An endpoint must start with http://, https://, ws:// or wss://.");
    if (parsed.host().isEmpty())
        return tr("The URL has no host name.");
    if (!allowUnencrypted && isUnencryptedRemote(parsed))
        //: %1 is an endpoint (scheme, host and port); %2 the encrypted scheme to use instead.
        return tr("“%1” is unencrypted and not on this computer: anyone on the way could read "
                  "and change the traffic, including the node's TEE key. Use %2://, or allow "
                  "unencrypted endpoints for this network.")
            .arg(endpointName(url),
                 isWebSocketUrl(url) ? QStringLiteral("wss") : QStringLiteral("https"));
    return {};
}

bool NetworkConfig::usesUnencryptedRemote() const
{
    for (const QString& url : httpUrls + wsUrls) {
        if (isUnencryptedRemote(QUrl(url)))
            return true;
    }
    return false;
}

QString NetworkConfig::unencryptedWarning()
{
    return tr("Warning: this network uses unencrypted endpoints (http:// or ws://) on other "
              "computers. Anyone on the way can read and change the traffic, including the "
              "node's TEE key, and so read your shielded transactions.");
}

QString NetworkConfig::endpointsText() const
{
    QStringList names;
    for (const QString& url : httpUrls + wsUrls)
        names.append(endpointName(url));
    return names.join(QLatin1Char('\n'));
}

bool NetworkConfig::isWebSocketUrl(const QString& url)
{
    const QString scheme = QUrl(url).scheme();
    return scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
}

} // namespace seismic::app
