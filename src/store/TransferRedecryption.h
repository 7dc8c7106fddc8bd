// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/SymmetricKey.h"

#include <QtGlobal>

namespace seismic::store {

class TransferStore;

// Decrypts in place the stored SRC20 amounts of `network` that are under `viewingKey` and were
// stored without it (watched before the key was registered or imported): their ciphertext was
// kept for this. Pages through them in transactions of kRedecryptionBatch rows; a payload that
// does not decrypt stays as it is. Returns how many amounts it filled in.
inline constexpr qint64 kRedecryptionBatch = 500;
Result<qint64> redecryptTransfers(TransferStore& transfers, qint64 network,
                                  const SymmetricKey& viewingKey);

} // namespace seismic::store
