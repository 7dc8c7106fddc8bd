// SPDX-License-Identifier: MIT
#include "store/TransferRedecryption.h"

#include "seismic/Src20Amount.h"
#include "store/TransferStore.h"

namespace seismic::store {

Result<qint64> redecryptTransfers(TransferStore& transfers, qint64 network,
                                  const SymmetricKey& viewingKey)
{
    const Hash keyHash = viewingKeyHash(viewingKey);
    qint64 after = 0;
    qint64 filled = 0;
    for (;;) {
        auto pending = transfers.undecrypted(network, keyHash, after, kRedecryptionBatch);
        if (!pending)
            return std::move(pending).error();
        if (pending->empty())
            return filled;
        std::vector<TransferStore::Decrypted> decrypted;
        for (const TransferStore::Undecrypted& row : *pending)
            if (auto amount = decryptSrc20Amount(row.encryptedAmount, viewingKey))
                decrypted.push_back({row.id, *amount});
        after = pending->back().id;
        if (auto stored = transfers.setDecrypted(decrypted); !stored)
            return std::move(stored).error();
        filled += static_cast<qint64>(decrypted.size());
    }
}

} // namespace seismic::store
