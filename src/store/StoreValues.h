// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/FixedBytes.h"
#include "core/Result.h"
#include "core/Uint256.h"

#include <QByteArray>
#include <QVariant>

#include <cstdint>

namespace seismic::store {

// Values as the store's columns hold them: addresses and hashes as BLOBs of their exact size,
// amounts as 32-byte big-endian BLOBs (so that byte order is numeric order), block numbers and
// indexes as non-negative INTEGERs. Reading checks all of it: the file is not trusted, and a
// value of the wrong type or size is a Corrupt error naming the column.
QByteArray blobOf(ByteView bytes);
QByteArray blobOf(const Address& address);
QByteArray amountBlob(const Uint256& amount);
// SQL NULL in a BLOB column.
QVariant nullBlob();

Result<Address> readAddress(const QVariant& value, const char* column);
Result<Hash> readHash(const QVariant& value, const char* column);
Result<Uint256> readAmount(const QVariant& value, const char* column);
// At most `limit`.
Result<std::uint64_t> readUnsigned(const QVariant& value, const char* column,
                                   std::uint64_t limit = INT64_MAX);
// A BLOB of at most `limit` bytes.
Result<QByteArray> readBlob(const QVariant& value, const char* column, qsizetype limit);
// TEXT of at most `limit` characters.
Result<QString> readText(const QVariant& value, const char* column, qsizetype limit);

} // namespace seismic::store
