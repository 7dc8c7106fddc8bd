// SPDX-License-Identifier: MIT
#include "core/Scrypt.h"

#include "core/CryptoBackend.h"
#include "core/SecretBytes.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <new>

namespace seismic {
namespace {

constexpr std::uint32_t rotl(std::uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

void quarterRound(std::uint32_t* x, int a, int b, int c, int d)
{
    x[b] ^= rotl(x[a] + x[d], 7);
    x[c] ^= rotl(x[b] + x[a], 9);
    x[d] ^= rotl(x[c] + x[b], 13);
    x[a] ^= rotl(x[d] + x[c], 18);
}

// Salsa20/8 core on one 64-byte block (16 words), in place.
void salsa20x8(std::uint32_t* block)
{
    std::uint32_t x[16];
    std::copy_n(block, 16, x);
    for (int round = 0; round < 8; round += 2) {
        quarterRound(x, 0, 4, 8, 12); // columns
        quarterRound(x, 5, 9, 13, 1);
        quarterRound(x, 10, 14, 2, 6);
        quarterRound(x, 15, 3, 7, 11);
        quarterRound(x, 0, 1, 2, 3); // rows
        quarterRound(x, 5, 6, 7, 4);
        quarterRound(x, 10, 11, 8, 9);
        quarterRound(x, 15, 12, 13, 14);
    }
    for (int i = 0; i < 16; ++i)
        block[i] += x[i];
}

// scryptBlockMix: `in` and `out` hold 2r 64-byte blocks (as 16-word groups).
void blockMix(const std::uint32_t* in, std::uint32_t* out, std::uint32_t r)
{
    std::uint32_t x[16];
    std::copy_n(in + (2 * r - 1) * 16, 16, x);
    for (std::uint32_t i = 0; i < 2 * r; ++i) {
        for (int k = 0; k < 16; ++k)
            x[k] ^= in[i * 16 + k];
        salsa20x8(x);
        // Even blocks go to the first half of the output, odd blocks to the second.
        std::copy_n(x, 16, out + ((i % 2 == 0) ? i / 2 : r + i / 2) * 16);
    }
}

std::uint32_t loadLittleEndian(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
           std::uint32_t(p[3]) << 24;
}

void storeLittleEndian(std::uint32_t value, std::uint8_t* p)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<std::uint8_t>(value >> (8 * i));
}

// How many BlockMix rounds (of r = 8) run between two looks at the stop token: about a
// millisecond of work.
constexpr std::uint64_t kStopCheckRounds = 1024;

bool stopRequested(const std::stop_token& stop, std::uint64_t round)
{
    return round % kStopCheckRounds == 0 && stop.stop_requested();
}

// scryptROMix on one 128r-byte block of B, with the table `v` (32 r N words) and scratch `xy`
// (64 r words); false when `stop` was requested meanwhile.
bool roMix(std::uint8_t* block, std::uint64_t n, std::uint32_t r, std::uint32_t* v,
           std::uint32_t* xy, const std::stop_token& stop)
{
    const std::size_t words = 32 * std::size_t(r);
    std::uint32_t* x = xy;
    std::uint32_t* y = xy + words;
    for (std::size_t k = 0; k < words; ++k)
        x[k] = loadLittleEndian(block + 4 * k);
    for (std::uint64_t i = 0; i < n; ++i) {
        if (stopRequested(stop, i))
            return false;
        std::copy_n(x, words, v + i * words);
        blockMix(x, y, r);
        std::swap(x, y);
    }
    for (std::uint64_t i = 0; i < n; ++i) {
        if (stopRequested(stop, i))
            return false;
        // Integerify: the first 64 bits of the last 64-byte block, little-endian, mod N.
        const std::uint32_t* last = x + (2 * r - 1) * 16;
        const std::uint64_t j = (std::uint64_t(last[1]) << 32 | last[0]) & (n - 1);
        for (std::size_t k = 0; k < words; ++k)
            x[k] ^= v[j * words + k];
        blockMix(x, y, r);
        std::swap(x, y);
    }
    for (std::size_t k = 0; k < words; ++k)
        storeLittleEndian(x[k], block + 4 * k);
    return true;
}

Status pbkdf2Once(ByteView password, ByteView salt, std::span<std::uint8_t> out)
{
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(detail::nonNullData(password.data())),
                          static_cast<int>(password.size()), detail::nonNullData(salt.data()),
                          static_cast<int>(salt.size()), 1, detail::sha256Digest(),
                          static_cast<int>(out.size()), out.data()) != 1)
        return makeError(ErrorKind::Crypto, "scrypt: PBKDF2-HMAC-SHA256 failed");
    return {};
}

// Owns a wiped-on-release buffer of 32-bit words.
class WordBuffer
{
public:
    explicit WordBuffer(std::size_t words)
        : m_words(new (std::nothrow) std::uint32_t[words])
        , m_size(words)
    {}
    ~WordBuffer()
    {
        if (m_words)
            secureWipe({reinterpret_cast<std::uint8_t*>(m_words.get()), m_size * 4});
    }
    WordBuffer(const WordBuffer&) = delete;
    WordBuffer& operator=(const WordBuffer&) = delete;

    std::uint32_t* get() const { return m_words.get(); }

private:
    std::unique_ptr<std::uint32_t[]> m_words;
    std::size_t m_size;
};

} // namespace

Status checkScryptParameters(std::uint64_t n, std::uint32_t r, std::uint32_t p)
{
    if (n < 2 || (n & (n - 1)) != 0)
        return makeError(ErrorKind::InvalidArgument,
                         "scrypt N must be a power of two greater than 1, got " +
                             std::to_string(n));
    if (r == 0 || p == 0)
        return makeError(ErrorKind::InvalidArgument, "scrypt r and p must be at least 1");
    // Checked by division so that nothing overflows; N * r * p then fits in 64 bits.
    if (n > kScryptMaxMemory / 128 / r)
        return makeError(ErrorKind::InvalidArgument,
                         "scrypt parameters (N = " + std::to_string(n) + ", r = " +
                             std::to_string(r) + ") need more than the 1 GiB of memory allowed");
    if (p > kScryptMaxBlocks / 128 / r)
        return makeError(ErrorKind::InvalidArgument,
                         "scrypt parameters (r = " + std::to_string(r) + ", p = " +
                             std::to_string(p) + ") need more than 16 MiB of working blocks");
    if (n * r * p > kScryptMaxWork)
        return makeError(ErrorKind::InvalidArgument,
                         "scrypt parameters (N = " + std::to_string(n) +
                             ", r = " + std::to_string(r) + ", p = " + std::to_string(p) +
                             ") demand more work than allowed (N * r * p above 2^25)");
    return {};
}

Status checkScryptMemory(std::uint64_t n, std::uint32_t r, std::uint64_t maxMemory)
{
    // checkScryptParameters() bounds 128 * r * N by 1 GiB, so this does not overflow.
    const std::uint64_t needed = 128 * std::uint64_t(r) * n;
    if (needed <= maxMemory)
        return {};
    constexpr std::uint64_t kMiB = 1024 * 1024;
    return makeError(ErrorKind::InvalidArgument,
                     "scrypt parameters (N = " + std::to_string(n) + ", r = " + std::to_string(r) +
                         ") need " + std::to_string(needed / kMiB) +
                         " MiB of memory, more than the " + std::to_string(maxMemory / kMiB) +
                         " MiB allowed; more must be allowed explicitly (--kdf-max-memory MIB, at "
                         "most " +
                         std::to_string(kScryptMaxMemory / kMiB) + " MiB)");
}

Status scrypt(ByteView password, ByteView salt, std::uint64_t n, std::uint32_t r, std::uint32_t p,
              std::span<std::uint8_t> out, const ScryptLimits& limits)
{
    if (auto valid = checkScryptParameters(n, r, p); !valid)
        return valid;
    if (auto fits = checkScryptMemory(n, r, limits.maxMemory); !fits)
        return fits;
    if (password.size() > INT_MAX || salt.size() > INT_MAX || out.size() > INT_MAX)
        return makeError(ErrorKind::InvalidArgument, "scrypt input is too large");

    const std::size_t blockBytes = 128 * std::size_t(r);
    const WordBuffer table(32 * std::size_t(r) * n);
    const WordBuffer scratch(64 * std::size_t(r));
    const WordBuffer blocks(blockBytes * p / 4);
    if (!table.get() || !scratch.get() || !blocks.get())
        return makeError(ErrorKind::OutOfMemory,
                         "this computer could not allocate the " +
                             std::to_string(128 * std::uint64_t(r) * n / (1024 * 1024)) +
                             " MiB that scrypt needs for this key; close other programs and "
                             "try again");
    const std::span<std::uint8_t> b(reinterpret_cast<std::uint8_t*>(blocks.get()), blockBytes * p);

    if (auto expanded = pbkdf2Once(password, salt, b); !expanded)
        return expanded;
    for (std::uint32_t i = 0; i < p; ++i) {
        if (!roMix(b.data() + i * blockBytes, n, r, table.get(), scratch.get(), limits.stop))
            return makeError(ErrorKind::Cancelled, "the key derivation (scrypt) was cancelled");
    }
    return pbkdf2Once(password, b, out);
}

} // namespace seismic
