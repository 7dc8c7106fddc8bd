// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Uint256.h"
#include "core/abi/AbiType.h"

#include <variant>

namespace seismic {

// A value of some ABI type: what the encoder takes and the decoder returns. Unsigned integers
// (uint<M>, suint<M>) hold a Uint256, signed ones an Int256; bytes<M> and bytes both hold Bytes;
// arrays and tuples hold their items. A value does not carry its type: check() validates it
// against one.
class AbiValue
{
public:
    enum class Kind : std::uint8_t
    {
        Uint,
        Int,
        Address,
        Bool,
        Bytes,
        String,
        Array,
        Tuple,
    };

    // false.
    AbiValue() = default;

    static AbiValue fromUint(Uint256 value);
    static AbiValue fromInt(Int256 value);
    static AbiValue fromAddress(const Address& value);
    static AbiValue fromBool(bool value);
    static AbiValue fromBytes(Bytes value);
    static AbiValue fromBytes(ByteView value) { return fromBytes(toBytes(value)); }
    static AbiValue fromString(std::string value);
    static AbiValue array(std::vector<AbiValue> items);
    static AbiValue tuple(std::vector<AbiValue> items);

    // The value every slot of `type` holds in all-zero data: 0, false, the zero address, M zero
    // bytes for bytes<M>, empty bytes/string/T[], k zero elements for T[k].
    static AbiValue zero(const AbiType& type);

    Kind kind() const { return m_kind; }
    // Accessors for the held alternative; asking for another one is a programming error
    // (std::bad_variant_access).
    const Uint256& asUint() const { return std::get<Uint256>(m_value); }
    const Int256& asInt() const { return std::get<Int256>(m_value); }
    const Address& asAddress() const { return std::get<Address>(m_value); }
    bool asBool() const { return std::get<bool>(m_value); }
    const Bytes& asBytes() const { return std::get<Bytes>(m_value); }
    const std::string& asString() const { return std::get<std::string>(m_value); }
    // Items of an array or a tuple.
    const std::vector<AbiValue>& items() const { return std::get<std::vector<AbiValue>>(m_value); }

    // Checks that this value fits `type`: the right kind, integers within the width
    // (uint8 <= 255, -128 <= int8 <= 127), exactly M bytes for bytes<M>, k items for T[k], one
    // item per tuple component, recursively. InvalidArgument naming `path` (the parameter name,
    // extended with [i] and .component for nested values) and the reason.
    Status check(const AbiType& type, std::string_view path) const;

    // For display: integers in decimal, addresses EIP-55 checksummed, bytes as 0x-hex, bool as
    // true/false, a string verbatim; arrays and tuples as JSON arrays (see toJson).
    std::string toString() const;
    // JSON text: numbers bare, bools bare, strings/addresses/bytes quoted; arrays and tuples as
    // JSON arrays. AbiArgumentParser reads this form back.
    std::string toJson() const;

    friend bool operator==(const AbiValue& a, const AbiValue& b);

private:
    using Storage =
        std::variant<bool, Uint256, Int256, Address, Bytes, std::string, std::vector<AbiValue>>;
    AbiValue(Kind kind, Storage value)
        : m_kind(kind)
        , m_value(std::move(value))
    {}
    void appendJson(std::string& out) const;

    Kind m_kind = Kind::Bool;
    Storage m_value;
};

} // namespace seismic
