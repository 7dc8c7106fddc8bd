// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Uint256.h"

namespace seismic::client {

// The owner's permission to read its SRC20 balances (seismic/BalanceRead.h): whoever holds it
// reads `owner`'s balance in any SRC20 of the chain with a plain call until `expiry` (a block
// timestamp, seconds). It is a viewing key on those balances until then: keep expiries short
// and the permit out of logs.
struct BalanceReadPermit
{
    Address owner;
    Uint256 expiry;
    Bytes signature; // 65 bytes r || s || v, v = 27 + yParity (what ecrecover takes)
};

} // namespace seismic::client
