// SPDX-License-Identifier: MIT
// Accounts, tokens and hashes the store's suites share.
#pragma once

#include "core/Address.h"
#include "core/FixedBytes.h"

#include <cstdint>

namespace storetest {

inline const seismic::Address kAlice =
    *seismic::Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
inline const seismic::Address kBob =
    *seismic::Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
inline const seismic::Address kToken =
    *seismic::Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
inline const seismic::Address kOtherToken =
    *seismic::Address::parse("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");

// A hash of 32 equal bytes.
inline seismic::Hash filledHash(std::uint8_t byte)
{
    seismic::Hash hash;
    hash.bytes.fill(byte);
    return hash;
}

} // namespace storetest
