// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"
#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace seismic::store {

// One Transfer event as the transfer watcher delivers it and the store keeps it. A transfer is
// identified by its transaction hash and log index.
struct TransferRecord
{
    QDateTime time; // of the block; invalid if the node did not say
    quint64 blockNumber = 0;
    Hash blockHash;
    Address token;
    QString tokenSymbol;
    unsigned decimals = 18;
    Address from;
    Address to;
    // None for an SRC20 amount that could not be decrypted (no viewing key for it): see
    // amountStatus.
    std::optional<Uint256> amount;
    client::AmountStatus amountStatus = client::AmountStatus::Plain;
    // SRC20: the key hash (topic 3) and the payload as emitted, kept so that the amount can be
    // decrypted once a matching viewing key is known.
    std::optional<Hash> keyHash;
    Bytes encryptedAmount;
    Hash txHash;
    quint32 logIndex = 0;
    bool removed = false; // the block was dropped by a reorg

    friend bool operator==(const TransferRecord&, const TransferRecord&) = default;
};

// The record of one delivered event (`time`: of its block), with the token's symbol and
// decimals as the watch knows them.
TransferRecord transferRecordOf(const client::TransferEvent& event, const QString& symbol,
                                unsigned decimals, const QDateTime& time);

} // namespace seismic::store
