// SPDX-License-Identifier: MIT
#include "core/EndpointEncryption.h"

#include <QStringList>

namespace seismic {
namespace {

// 127.0.0.0/8 in the dotted form QUrl normalises IPv4 hosts to.
bool isIpv4Loopback(const QString& host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok, 10);
        if (!ok || value > 255)
            return false;
    }
    return parts.front() == QLatin1String("127");
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    QString name = host.toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost") || name == QLatin1String("::1"))
        return true;
    // An IPv4-mapped IPv6 address is its IPv4 address.
    if (name.startsWith(QLatin1String("::ffff:")))
        name = name.mid(7);
    return isIpv4Loopback(name);
}

bool isUnencryptedRemote(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    const bool plain = scheme == QLatin1String("http") || scheme == QLatin1String("ws");
    return plain && !isLoopbackHost(url.host());
}

} // namespace seismic
