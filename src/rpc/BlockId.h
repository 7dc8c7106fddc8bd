// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <QJsonValue>

#include <cstdint>
#include <string>
#include <variant>

namespace seismic::rpc {

enum class BlockTag
{
    Latest,
    Pending,
    Earliest,
    Safe,
    Finalized,
};

// Which block a state query refers to: a tag, a number or a hash.
class BlockId
{
public:
    BlockId(BlockTag tag = BlockTag::Latest)
        : m_value(tag)
    {}

    static BlockId latest() { return BlockTag::Latest; }
    static BlockId pending() { return BlockTag::Pending; }
    static BlockId earliest() { return BlockTag::Earliest; }
    static BlockId number(std::uint64_t number);
    static BlockId hash(const Hash& hash);

    bool isTag() const { return std::holds_alternative<BlockTag>(m_value); }
    bool isNumber() const { return std::holds_alternative<std::uint64_t>(m_value); }
    bool isHash() const { return std::holds_alternative<Hash>(m_value); }
    BlockTag tag() const { return std::get<BlockTag>(m_value); }
    std::uint64_t blockNumber() const { return std::get<std::uint64_t>(m_value); }
    const Hash& blockHash() const { return std::get<Hash>(m_value); }

    // JSON-RPC parameter: "latest", "0x1b4", or {"blockHash": "0x…"} (EIP-1898).
    QJsonValue toJson() const;
    // "latest", "block 436", "block 0x…".
    std::string describe() const;

    friend bool operator==(const BlockId&, const BlockId&) = default;

private:
    std::variant<BlockTag, std::uint64_t, Hash> m_value;
};

} // namespace seismic::rpc
