// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace seismic {

// Overwrites memory with zeros in a way the compiler may not optimise away (OPENSSL_cleanse).
void secureWipe(std::span<std::uint8_t> bytes);

// N bytes of key material that are wiped when destroyed or overwritten. Copies are independent
// and wiped in their turn; there is no move (a move would leave an unwiped source behind).
template<std::size_t N>
class SecretBytes
{
public:
    static constexpr std::size_t kSize = N;

    SecretBytes() = default;
    SecretBytes(const SecretBytes& other)
        : m_bytes(other.m_bytes)
    {}
    SecretBytes& operator=(const SecretBytes& other)
    {
        m_bytes = other.m_bytes;
        return *this;
    }
    ~SecretBytes() { secureWipe(m_bytes); }

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    static constexpr std::size_t size() { return N; }
    std::span<std::uint8_t, N> span() { return m_bytes; }
    ByteView view() const { return m_bytes; }
    std::uint8_t& operator[](std::size_t i) { return m_bytes[i]; }
    std::uint8_t operator[](std::size_t i) const { return m_bytes[i]; }

private:
    std::array<std::uint8_t, N> m_bytes{};
};

} // namespace seismic
