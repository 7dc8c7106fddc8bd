// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "store/TransferQuery.h"
#include "store/TransferRecord.h"

#include <optional>
#include <vector>

namespace seismic::store {

class Store;
struct WatchCursor;

// The transfers every watch has seen, per network, in the order they arrived: one row per
// transfer (an SRC20 event's fan-out of logs is one row, its logs kept beside it), unique by
// (transaction hash, first log index). Reading is by page (offset and limit) of a TransferQuery, so
// a million rows cost only the rows shown.
class TransferStore
{
public:
    // An SRC20 transfer waiting for a viewing key: one of its logs' payloads.
    struct Undecrypted
    {
        qint64 id = 0;
        Bytes encryptedAmount;
    };
    struct Decrypted
    {
        qint64 id = 0;
        Uint256 amount;
    };

    explicit TransferStore(Store& store);

    // One batch, in one transaction: a new transfer is added; a known one takes the block it is
    // now in (re-included after a reorg) and an amount it did not have; a removal marks the row
    // of the removed block (a removal of an unknown transfer has nothing to undo). With a
    // cursor, the watch's cursor is saved in the same transaction, so that the transfers and the
    // place to resume from never disagree.
    Status write(qint64 network, const std::vector<TransferRecord>& transfers,
                 const WatchCursor* cursor = nullptr);

    // A reorganisation orphaned every block of the network above `block`: their rows are marked
    // removed (what the chain holds there now is written again by the watch). Returns how many.
    Result<qint64> withdrawAbove(qint64 network, std::uint64_t block);

    Result<std::vector<TransferRecord>> read(const TransferQuery& query, qint64 offset,
                                             qint64 limit) const;
    // A stored row and its id (the order of arrival).
    struct Stored
    {
        qint64 id = 0;
        TransferRecord record;
    };
    // The rows of `query` (its filter; its order aside) stored after row `afterId`, in arrival
    // order, at most `limit`: a page costs its own rows however deep it is (export).
    Result<std::vector<Stored>> readAfter(TransferQuery query, qint64 afterId, qint64 limit) const;
    Result<qint64> count(const TransferQuery& query) const;
    // The newest row id; 0 while there is none.
    Result<qint64> lastId() const;

    // "Forget history": deletes the network's rows from or to `account`, and the cursors of the
    // network's watches of it (so nothing says where it was watched). Returns how many rows.
    // Store::vacuum() then removes them from the disk.
    Result<qint64> forget(qint64 network, const Address& account);

    // The stored fan-out logs of a transfer (its key hashes and payloads), in log order.
    Result<std::vector<TransferLogRecord>> logsOf(qint64 network,
                                                  const TransferRecord& transfer) const;

    // Transfers without an amount with a fan-out log under `keyHash`, after row `afterId`, at most
    // `limit`.
    Result<std::vector<Undecrypted>> undecrypted(qint64 network, const Hash& keyHash,
                                                 qint64 afterId, qint64 limit) const;
    // Fills in amounts decrypted later, in one transaction.
    Status setDecrypted(const std::vector<Decrypted>& amounts);

private:
    Result<std::vector<Stored>> select(const TransferQuery& query, qint64 offset,
                                       qint64 limit) const;

    Store& m_store;
};

} // namespace seismic::store
