// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace seismic::app {

// The command line of seismic-desktop.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QString dataDirectory;           // accounts and settings
    QString network;                 // a network name or chain id to select; empty: the last one
    QString rpcUrl;                  // replaces the network's HTTP endpoints for this session
    QString wsUrl;                   // replaces the network's WebSocket endpoints for this session
    QString importKeyFile;           // a key file to import at start
    std::optional<QString> password; // read from --password-file, for unattended runs
    QString language;                // a locale name such as "de"; empty: the system's
    std::vector<Address> tokens;     // token contracts to add to the balances

    // Parses the arguments of the running application. --help and --version print their text
    // and exit, as QCommandLineParser::process() does; a malformed value is an error.
    static Result<AppOptions> fromCommandLine(const QStringList& arguments);
};

} // namespace seismic::app
