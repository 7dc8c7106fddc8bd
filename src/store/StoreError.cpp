// SPDX-License-Identifier: MIT
#include "store/StoreError.h"

#include <QSqlError>

namespace seismic::store {
namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

StoreFailure failureOfCode(int code)
{
    switch (code & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreFailure::Locked;
    case kSqliteReadOnly:
        return StoreFailure::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return StoreFailure::Corrupt;
    case kSqliteFull:
        return StoreFailure::DiskFull;
    case kSqliteCantOpen:
        return StoreFailure::Unavailable;
    default:
        return StoreFailure::Failed;
    }
}

} // namespace

Error storeError(StoreFailure failure, std::string message)
{
    Error error = makeError(failure == StoreFailure::Corrupt ? ErrorKind::Decode : ErrorKind::Io,
                            std::move(message));
    error.code = static_cast<int>(failure);
    return error;
}

std::optional<StoreFailure> storeFailureOf(const Error& error)
{
    if ((error.kind != ErrorKind::Io && error.kind != ErrorKind::Decode) ||
        error.code < static_cast<int>(StoreFailure::Unavailable) ||
        error.code > static_cast<int>(StoreFailure::Failed))
        return std::nullopt;
    return static_cast<StoreFailure>(error.code);
}

Error storeError(const QSqlError& error, const std::string& what)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const StoreFailure failure = numeric ? failureOfCode(code) : StoreFailure::Failed;
    // SQLite's own text says which (no values are ever part of it: they are bound).
    return storeError(failure, what + ": " + error.databaseText().toStdString());
}

} // namespace seismic::store
