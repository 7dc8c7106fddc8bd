// SPDX-License-Identifier: MIT
#include "app/AppLogging.h"

namespace seismic::app {

Q_LOGGING_CATEGORY(lcApp, "seismic.app")
Q_LOGGING_CATEGORY(lcSettings, "seismic.app.settings")
Q_LOGGING_CATEGORY(lcWallet, "seismic.app.wallet")
Q_LOGGING_CATEGORY(lcClient, "seismic.app.client")
Q_LOGGING_CATEGORY(lcConnection, "seismic.connection")

} // namespace seismic::app
