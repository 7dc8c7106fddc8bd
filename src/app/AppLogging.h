// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace seismic::app {

// Logging categories of the desktop app; the log view and "Copy diagnostics" show them. Nothing
// logged may contain a secret: no key bytes, no passwords.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcWallet)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
// Every transition of the connection, one line each, starting with "connection:".
Q_DECLARE_LOGGING_CATEGORY(lcConnection)

} // namespace seismic::app
