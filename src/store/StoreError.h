// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <optional>
#include <string>

class QSqlError;

namespace seismic::store {

// Why the store failed, carried in Error::code so that callers (and the user's message) can tell
// a busy file from a broken one. The file is never deleted or overwritten because of any of them.
enum class StoreFailure
{
    Unavailable = 1, // the Qt SQLite driver is missing, or the file cannot be created or opened
    Locked,          // another instance holds the database
    Corrupt,         // not an SQLite database, damaged pages, or a row that breaks the schema
    Foreign,         // an SQLite database, but not this application's
    NewerSchema,     // written by a newer version of the application
    DiskFull,
    ReadOnly, // the file or its directory cannot be written
    Failed,   // any other SQLite error
};

// An Io error (Decode for Corrupt) with the failure in Error::code.
Error storeError(StoreFailure failure, std::string message);
// The failure of a store error; nothing for any other error.
std::optional<StoreFailure> storeFailureOf(const Error& error);
// The error of a failed statement, classified by SQLite's result code; `what` says what was
// being done.
Error storeError(const QSqlError& error, const std::string& what);

} // namespace seismic::store
