// SPDX-License-Identifier: MIT
#pragma once

namespace seismic::app {

// Names, version and icon of the application, set on the running QApplication; the standard
// paths (the default data directory) derive from the names. Also registers the compiled-in
// icons, which live in this static library.
void setApplicationIdentity();

} // namespace seismic::app
