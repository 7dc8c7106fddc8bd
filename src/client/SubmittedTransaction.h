// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <cstdint>

namespace seismic::client {

// What WalletClient::send() did: the transaction's hash and the nonce it was sent with (the one
// its PreparedTransaction showed).
struct SubmittedTransaction
{
    Hash hash;
    std::uint64_t nonce = 0;
};

} // namespace seismic::client
