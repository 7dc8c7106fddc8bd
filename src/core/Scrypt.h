// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Result.h"

#include <cstdint>
#include <span>
#include <stop_token>

namespace seismic {

// Bounds on what a scrypt call may demand, so that a hostile keystore cannot exhaust the
// machine: the table (128 * r * N bytes) at most 1 GiB, the working blocks (128 * r * p bytes,
// expanded and compressed by PBKDF2) at most 16 MiB, and N * r * p at most 2^25 (16 times
// geth's standard N = 2^18, r = 8, p = 1; N = 2^20 with r = 8 is the most expensive setting
// wallets offer).
constexpr std::uint64_t kScryptMaxMemory = std::uint64_t(1) << 30;
constexpr std::uint64_t kScryptMaxBlocks = std::uint64_t(1) << 24;
constexpr std::uint64_t kScryptMaxWork = std::uint64_t(1) << 25;
// The table a call may take unless the user allows more (up to kScryptMaxMemory): 256 MiB,
// geth's standard cost, which is what nearly every keystore uses.
constexpr std::uint64_t kScryptDefaultMaxMemory = std::uint64_t(1) << 28;

// What one scrypt call may take, and how it is stopped.
struct ScryptLimits
{
    // The most memory the table may take; above kScryptMaxMemory is refused anyway.
    std::uint64_t maxMemory = kScryptDefaultMaxMemory;
    // Checked between slices of the work (a few milliseconds each): a stop request ends the
    // call with Cancelled, its buffers wiped.
    std::stop_token stop;
};

// InvalidArgument unless N is a power of two > 1, r and p >= 1, and the bounds above hold.
Status checkScryptParameters(std::uint64_t n, std::uint32_t r, std::uint32_t p);
// InvalidArgument when the table of N and r needs more than `maxMemory`, saying how much it
// needs and that more must be allowed explicitly.
Status checkScryptMemory(std::uint64_t n, std::uint32_t r, std::uint64_t maxMemory);

// scrypt (RFC 7914) into `out`. Unlike OpenSSL's EVP_KDF "SCRYPT" it does not require
// N < 2^(16 r): Web3 Secret Storage files, the official test vector included (N = 2^18, r = 1),
// break that rule, and geth, ethers and foundry accept them. Memory this computer cannot give
// is OutOfMemory (not a problem of the parameters or of a key file); a stop request Cancelled.
Status scrypt(ByteView password, ByteView salt, std::uint64_t n, std::uint32_t r, std::uint32_t p,
              std::span<std::uint8_t> out, const ScryptLimits& limits = {});

} // namespace seismic
