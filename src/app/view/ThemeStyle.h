// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/Theme.h"

namespace seismic::app {

// Applies a theme to the running application: the platform's own style and colours, or Qt's
// Fusion style with a light or a dark palette (Qt 6.4 cannot ask the platform for a scheme).
void applyTheme(Theme theme);

} // namespace seismic::app
