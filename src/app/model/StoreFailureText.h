// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"

#include <QString>

namespace seismic::app {

// What the user reads when the store file cannot be used: what is wrong with `path` (`detail`:
// the store's own message), that nothing is kept this session, and whether a rebuild can help.
QString storeFailureText(store::StoreFailure failure, const QString& path, const QString& detail);
// A rebuild (the file set aside, a fresh one filled from the chain) is offered for every failure
// but a lock: the other instance is using the file, and it is fine.
bool canRebuildAfter(store::StoreFailure failure);

} // namespace seismic::app
