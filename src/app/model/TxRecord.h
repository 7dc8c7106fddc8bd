// SPDX-License-Identifier: MIT
#pragma once

#include "client/TxOutcome.h"
#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace seismic::app {

// What only the app knows of a send: it is being encrypted, signed and broadcast; the node
// refused it (it never reached the network); or it was sent, and from then on the chain decides
// (client::TxStatus: pending, confirmed, failed, expired).
enum class SendStage
{
    Sending,
    NotSent,
    Sent,
};

// What a send did, for the history's words ("Sent 1.5 SDT to …", "Called setNumber on …").
enum class TxAction
{
    Payment,       // the chain's own coin
    TokenTransfer, // an ERC20 or SRC20 transfer
    ContractCall,  // a function of a contract
    ViewingKey,    // the account's viewing key registered in the Directory
    Cancellation,  // a zero-value transfer to oneself replacing a pending transaction
};

// One transaction sent from this app, as the history shows and keeps it.
struct TxRecord
{
    quint64 id = 0; // local, assigned by TxHistoryModel::add()
    QDateTime time;
    TxAction kind = TxAction::ContractCall;
    QString action; // the function's signature ("setNumber(uint256)"), or "Transfer SDT"
    Address to;     // the transaction's recipient: the contract called
    std::optional<Address> recipient; // token transfers: who receives the tokens
    QString amount;                   // transfers: the amount with its symbol, e.g. "1.5 SDT"
    bool shielded = false;            // a Seismic transaction with encrypted calldata
    std::optional<Hash> hash;         // known once signed
    std::optional<quint64> nonce;     // known once signed
    std::optional<quint64> expiresAt; // shielded: the last block that may include it
    std::optional<quint64> block;     // the block that included it
    std::optional<quint64> gasUsed;   // from the receipt
    std::optional<quint64> replaces;  // a speed-up or cancellation: the id of the one it replaces
    // Sent, but another transaction with its nonce (a speed-up or cancellation of it, or the one
    // it replaced) was confirmed instead: that one's id. It is no longer pending.
    std::optional<quint64> replacedBy;
    SendStage stage = SendStage::Sending;
    client::TxStatus status = client::TxStatus::Pending; // once sent
    QString error; // why it was not sent or failed (node error, decoded revert reason)

    // While it is pending: the call as signed (plaintext calldata included), so that it can be
    // followed again after a restart and a failure explained by replaying it. Dropped once the
    // outcome is known.
    Bytes data;
    Uint256 value = 0;
    quint64 gas = 0;
    Uint256 gasPrice = 0;    // shielded and legacy: the price; EIP-1559: maxFeePerGas
    Uint256 priorityFee = 0; // EIP-1559: maxPriorityFeePerGas

    bool isPending() const
    {
        return stage == SendStage::Sending ||
               (stage == SendStage::Sent && status == client::TxStatus::Pending && !replacedBy);
    }

    friend bool operator==(const TxRecord&, const TxRecord&) = default;
};

} // namespace seismic::app
