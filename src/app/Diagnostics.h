// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace seismic::app {

class ChainModel;
class LogModel;
class WalletModel;

// The text of "Copy diagnostics", for bug reports: app, Qt and OS versions, the network and
// the connection state with its last error, the account's address and lock state, and the last
// `logLines` log messages. In English whatever the interface language, because maintainers
// read it. It never contains a secret: no key material, no password, and endpoint URLs are
// cut to scheme, host and port (paths and queries often carry API keys).
QString diagnosticsReport(const ChainModel& chain, const WalletModel& wallet, const LogModel& log,
                          int logLines = 200);

} // namespace seismic::app
