// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seismic {

struct AbiParam;

// First four bytes of keccak256 of a function or error signature.
using Selector = std::array<std::uint8_t, 4>;

// A Solidity ABI type, Seismic's shielded types included. A shielded type (suint256, sint64,
// saddress, sbool, sbytes32, sbytes) encodes exactly like its public base type; only its name
// differs, and the name is what selectors hash, so a type keeps the name it was written with.
// Immutable; copies share the nested structure.
class AbiType
{
public:
    enum class Kind : std::uint8_t
    {
        Uint,       // uint<M>, suint<M>
        Int,        // int<M>, sint<M>
        Address,    // address, saddress
        Bool,       // bool, sbool
        FixedBytes, // bytes<M>, sbytes<M>
        Bytes,      // bytes, sbytes
        String,     // string
        FixedArray, // T[k]
        Array,      // T[]
        Tuple,      // (T1,...,Tn)
    };

    // Nesting deeper than this (arrays and tuples) is refused: no real ABI needs it, and it
    // bounds the recursion of every algorithm that walks a type.
    static constexpr std::size_t kMaxDepth = 32;
    // Largest smallest-possible encoding a type may have: bounds fixed-array lengths, hence
    // the work and memory any value of the type (its zero value included) can demand.
    static constexpr std::size_t kMaxEncodedSize = std::size_t(4) << 20;

    // uint256.
    AbiType();

    // Canonical type text: "uint256", "suint256[2][]", "(uint256,address)[]",
    // "tuple(bool,bytes)". `uint`/`int`/`suint`/`sint` mean 256 bits. Spaces are allowed around
    // tuple components. Errors (InvalidArgument, or Unsupported for fixed-point and function
    // types) name the offending type and say what is wrong.
    static Result<AbiType> parse(std::string_view text);
    // A JSON ABI "type" field: "tuple", "tuple[2][]" take their structure from `components`;
    // any other type must come without components.
    static Result<AbiType> fromJson(std::string_view type, std::vector<AbiParam> components);
    // A tuple of the given components (at least one).
    static Result<AbiType> tuple(std::vector<AbiParam> components);
    // T[length], or T[] without a length.
    static Result<AbiType> array(AbiType element, std::optional<std::size_t> length = std::nullopt);

    Kind kind() const;
    // Width in bits of Uint/Int (8..256), byte length M of FixedBytes, length k of FixedArray.
    std::size_t size() const;
    // The element type of FixedArray and Array; a type of another kind has none (asserts).
    const AbiType& element() const;
    // The components of a Tuple; empty for other kinds.
    const std::vector<AbiParam>& components() const;

    // This type is spelled with Seismic's "s" prefix (suint256, saddress...).
    bool isShieldedName() const;
    // This type, an element or a component (recursively) is shielded.
    bool isShielded() const;
    // bytes, string, T[], and arrays/tuples containing one of those.
    bool isDynamic() const;
    // A type encoded in one 32-byte word: integers, address, bool, bytes<M>.
    bool isWord() const;
    // Bytes this type takes in the head of an enclosing tuple: 32 for a dynamic type (the offset),
    // else its whole in-place encoding.
    std::size_t headSize() const;
    // Bytes of the smallest encoding of a value of this type (its zero value's), at most
    // kMaxEncodedSize.
    std::size_t minEncodedSize() const;

    // The name as written, for selectors and display: "suint256[2]", "(uint256,saddress)".
    std::string canonicalName() const;
    // The same type with every shielded type replaced by its public base type (PY
    // remap_seismic_param): suint256[5] -> uint256[5]; tuple components are remapped recursively.
    AbiType remapped() const;

    // Same structure and names (component names are ignored).
    friend bool operator==(const AbiType& a, const AbiType& b);

private:
    struct Node;
    explicit AbiType(std::shared_ptr<const Node> node)
        : m_node(std::move(node))
    {}
    static AbiType scalar(Kind kind, std::size_t size, bool shieldedName);
    static Result<AbiType> finish(Node node);

    std::shared_ptr<const Node> m_node;
};

// A named, typed parameter of a function, event or error (or a tuple component).
struct AbiParam
{
    std::string name;
    AbiType type;
    // JSON "internalType" ("struct Market.Order", "contract IERC20"), kept for display only.
    std::string internalType;
    // Event inputs only: the value is a log topic rather than part of the data.
    bool indexed = false;
};

// A parameter list, the text between and including the parentheses of a signature:
// "(address,suint256)", "(address to, uint256 amount)", "()". Each item is a type optionally
// followed by a name; with `allowIndexed` the keyword `indexed` may precede the name (events).
// Data-location keywords (memory, calldata, storage) are accepted and ignored.
Result<std::vector<AbiParam>> parseAbiParamList(std::string_view text, bool allowIndexed = false);

// [A-Za-z_$][A-Za-z0-9_$]*: what Solidity allows as the name of a function, event, error or
// parameter.
bool isSolidityIdentifier(std::string_view text);

// Splits "name(params)" into the name (a Solidity identifier) and "(params)", the remainder
// after the parameter list going to `rest` (trimmed); InvalidArgument if the shape is wrong.
struct AbiSignatureParts
{
    std::string_view name;
    std::string_view params;
    std::string_view rest;
};
Result<AbiSignatureParts> splitAbiSignature(std::string_view signature);

// "name(t1,t2,...)" with canonical (original, unremapped) type names.
std::string abiSignature(std::string_view name, const std::vector<AbiParam>& params);

} // namespace seismic
