// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/ChainModel.h"

#include <QIcon>
#include <QString>

namespace seismic::app {

// What the status bar and the overview say about the connection: "Connected to chain 5124 at
// block 1234", "Connection failed: …", translated.
QString connectionStatusText(const ChainModel& chain);
QIcon connectionStatusIcon(ConnectionStatus status);

} // namespace seismic::app
