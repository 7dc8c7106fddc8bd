// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "core/Scrypt.h"

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
    QString dataDirectory; // accounts and settings
    QString network;       // a network name or chain id to select; empty: the last one
    // Either replaces all of the network's endpoints for this session (both: both are used).
    QString rpcUrl;
    QString wsUrl;
    QString importKeyFile;           // a key file to import at start
    std::optional<QString> password; // read from --password-file, for unattended runs
    QString language;                // a locale name such as "de"; empty: the system's
    std::vector<Address> tokens;     // token contracts to add to the balances
    // The most a keystore's key derivation may take (--kdf-max-memory, in MiB on the command
    // line): 256 MiB unless the user allows more.
    std::uint64_t kdfMaxMemory = kScryptDefaultMaxMemory;

    // Parses the arguments of the running application. --help and --version print their text
    // and exit, as QCommandLineParser::process() does; a malformed value is an error.
    static Result<AppOptions> fromCommandLine(const QStringList& arguments);
};

} // namespace seismic::app
