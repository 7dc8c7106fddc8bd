// SPDX-License-Identifier: MIT
#pragma once

#include "client/Transfer.h"
#include "client/TransferEvent.h"
#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace seismic::store {

// One log of an SRC20 transfer's fan-out (a provider's, the sender's or the recipient's), kept
// so that a viewing key learned later opens the amount.
struct TransferLogRecord
{
    quint32 logIndex = 0;
    Hash keyHash; // zero: a party without a registered key
    Bytes encryptedAmount;

    friend bool operator==(const TransferLogRecord&, const TransferLogRecord&) = default;
};

// One transfer as a person sees it (client::Transfer: the logs of one event's fan-out as one
// row), as the store keeps it. A transfer is identified by its transaction hash and the log
// index of the first log of its fan-out.
struct TransferRecord
{
    QDateTime time; // of the block; invalid if the node did not say
    quint64 blockNumber = 0;
    Hash blockHash;
    Address token;
    QString tokenSymbol;
    unsigned decimals = 18;
    client::TransferKind kind = client::TransferKind::Transfer;
    Address from;
    Address to;
    // None for an SRC20 amount that none of our keys opened: see amountStatus.
    std::optional<Uint256> amount;
    client::AmountStatus amountStatus = client::AmountStatus::Plain;
    // SRC20: who can read the amount (an ERC20 amount, status Plain, is public).
    client::TransferVisibility visibility;
    Hash txHash;
    quint32 logIndex = 0; // the first log of the fan-out
    quint32 logCount = 1;
    // SRC20, when written: the fan-out's logs delivered with it (kept beside the row, see
    // TransferStore::logsOf; a read row has none).
    std::vector<TransferLogRecord> logs;
    bool removed = false; // the block was dropped by a reorg

    bool isPublic() const { return amountStatus == client::AmountStatus::Plain; }

    friend bool operator==(const TransferRecord&, const TransferRecord&) = default;
};

// The record of one delivered transfer, with the token's symbol and decimals as the watch knows
// them and the time of its block; `logs`: the fan-out logs of its batch (transfersReceived's
// events for the same batch) that belong to it.
TransferRecord transferRecordOf(const client::Transfer& transfer, const QString& symbol,
                                unsigned decimals, const QDateTime& time,
                                const std::vector<const client::TransferEvent*>& logs);

} // namespace seismic::store
