// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"
#include "rpc/Receipt.h"

#include <QMetaType>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace seismic::client {

// Where a sent transaction stands.
enum class TxStatus
{
    Pending,   // sent, not in a block yet
    Confirmed, // in a block, status 1
    Failed,    // in a block, status 0 (reverted)
    Expired,   // its expiresAtBlock passed without inclusion: it can never be mined
    Replaced,  // another transaction of the sender with its nonce is in a block: it never will be
};

// "pending", "confirmed", "failed", "expired", "replaced".
std::string_view txStatusName(TxStatus status);

// What became of a transaction.
struct TxOutcome
{
    Hash hash;
    TxStatus status = TxStatus::Pending;
    // The nonce it was sent with, when the tracker was told (transactions this client sent).
    std::optional<std::uint64_t> nonce;
    // Confirmed and Failed: the receipt (block, gas used, status, logs).
    std::optional<rpc::Receipt> receipt;
    // Failed: the decoded revert reason from replaying the call ("execution reverted: …"), or
    // "reverted" when it could not be reproduced. Expired: which block passed. Replaced: which
    // transaction used its nonce.
    std::string reason;

    std::uint64_t blockNumber() const { return receipt ? receipt->blockNumber : 0; }
    std::uint64_t gasUsed() const { return receipt ? receipt->gasUsed : 0; }
};

} // namespace seismic::client

Q_DECLARE_METATYPE(seismic::client::TxStatus)
Q_DECLARE_METATYPE(seismic::client::TxOutcome)
