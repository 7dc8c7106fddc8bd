// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace seismic::store {

// The store's tables, as a list of forward migrations. The file's PRAGMA user_version is the
// number of migrations applied; each runs in one transaction together with the version bump, so
// a file is always at exactly one version. PRAGMA application_id marks the file as this
// application's.
namespace storeschema {

inline constexpr int kApplicationId = 0x53454953; // "SEIS"
// The version this build writes.
int currentVersion();

// Checks that the file is this application's (or empty) and not newer than this build: a Foreign
// or NewerSchema error otherwise. Reads only, so that a refused file stays byte for byte as it
// was.
Status checkOwnership(const QSqlDatabase& database);
// Applies the migrations from the file's version up to `target` (currentVersion() unless a
// test wants an older file), after checkOwnership().
Status migrate(const QSqlDatabase& database, int target = currentVersion());
// The file's user_version.
Result<int> versionOf(const QSqlDatabase& database);

} // namespace storeschema
} // namespace seismic::store
