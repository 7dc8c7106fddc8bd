// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"
#include "core/Result.h"
#include "core/SymmetricKey.h"
#include "rpc/Log.h"

#include <optional>
#include <vector>

namespace seismic::client {

// Topic 0 of the events the watcher decodes.
const Hash& erc20TransferTopic(); // Transfer(address,address,uint256)            ddf252ad…
const Hash& erc20ApprovalTopic(); // Approval(address,address,uint256)            8c5be1e5…
const Hash& src20TransferTopic(); // Transfer(address,address,bytes32,bytes)      80ffa007…
const Hash& src20ApprovalTopic(); // Approval(address,address,bytes32,bytes)      8ef65e17…

// An address as an indexed topic: left-padded to 32 bytes.
Hash addressTopic(const Address& address);

// Turns Transfer/Approval logs of ERC20 and SRC20 tokens into TransferEvents, decrypting SRC20
// amounts with the viewing keys it holds (spec 8.2-8.5). The fixed layouts are read directly
// (no generic ABI decoding) because this runs for every log of a backfill.
//
// The token kind follows from topic 0. SRC20: topics [sig, from, to, encryptKeyHash], data the
// ABI encoding of one `bytes`; a payload of at most 12 bytes means the party has no key; a key
// hash that is not one of ours means the amount is under someone else's key (not attempted).
// ERC20: topics [sig, from, to], data one uint256 word; the same signatures with four topics
// are ERC-721 events (token id indexed) and are not transfers of a fungible token.
class TransferLogDecoder
{
public:
    TransferLogDecoder() = default;

    // Decrypts the amounts whose topic 3 is keccak256(viewingKey).
    void addViewingKey(const SymmetricKey& viewingKey);
    // keccak256 of each key added, in order.
    const std::vector<Hash>& keyHashes() const { return m_keyHashes; }
    // Accounts that set TransferEvent::direction (none: Unknown).
    void setAccounts(std::vector<Address> accounts);

    // The event; nothing for a log that is no transfer or approval of a fungible token; a
    // Decode error for a malformed one (wrong topic count, bad data, pending log). An amount
    // that does not decrypt is not an error: the event says Undecryptable.
    Result<std::optional<TransferEvent>> decode(const rpc::Log& log) const;
    // The same, reusing the log's data buffer for the SRC20 payload.
    Result<std::optional<TransferEvent>> decode(rpc::Log&& log) const;

private:
    Result<std::optional<TransferEvent>> decode(const rpc::Log& log, Bytes* ownedData) const;
    const SymmetricKey* keyFor(const Hash& keyHash) const;
    TransferDirection directionOf(const Address& from, const Address& to) const;

    std::vector<Hash> m_keyHashes;
    std::vector<SymmetricKey> m_keys; // m_keys[i] hashes to m_keyHashes[i]
    std::vector<Address> m_accounts;
};

} // namespace seismic::client
