// SPDX-License-Identifier: MIT
#pragma once

#include "seismic/ChainPreset.h"

#include <QCoreApplication>
#include <QStringList>

namespace seismic::app {

// A network the app can connect to: a built-in preset or one the user added, with several
// endpoints of each kind that the client uses as a pool with failover.
struct NetworkConfig
{
    Q_DECLARE_TR_FUNCTIONS(NetworkConfig)

public:
    QString name;
    quint64 chainId = 0;
    QStringList httpUrls; // at least one
    QStringList wsUrls;   // may be empty: subscriptions then fall back to polling
    bool builtIn = false;

    static NetworkConfig fromPreset(const ChainPreset& preset);

    // What makes this network unusable, translated, or an empty string when it is usable.
    QString problem() const;
    // What is wrong with one endpoint URL (it must be http(s) or ws(s) with a host), translated,
    // or an empty string.
    static QString endpointProblem(const QString& url);
    static bool isWebSocketUrl(const QString& url);

    friend bool operator==(const NetworkConfig&, const NetworkConfig&) = default;
};

} // namespace seismic::app
