// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <cstdint>

namespace seismic {

// The signed balance read of Seismic's SRC20 (SRC20.sol, balanceOfSigned): the owner signs the
// EIP-712 message BalanceRead(address owner,uint256 expiry) under the domain
// {name "SRC20BalanceRead", version "1", chainId} (no verifying contract, so one signature
// opens the owner's balance in every SRC20 of the chain until `expiry`, a block timestamp).
Hash balanceReadDomainSeparator(std::uint64_t chainId);
// keccak256(0x19 0x01 || domainSeparator || keccak256(typeHash || owner || expiry)).
Hash balanceReadSigningHash(std::uint64_t chainId, const Address& owner, const Uint256& expiry);

} // namespace seismic
