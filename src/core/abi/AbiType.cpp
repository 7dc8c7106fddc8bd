// SPDX-License-Identifier: MIT
#include "core/abi/AbiType.h"

#include <algorithm>
#include <cassert>

namespace seismic {

struct AbiType::Node
{
    Kind kind = Kind::Uint;
    bool shieldedName = false;
    std::size_t size = 256;
    std::optional<AbiType> element;
    std::vector<AbiParam> components;
    bool dynamic = false;
    bool shielded = false;
    std::size_t headSize = 32;
    std::size_t minSize = 32; // head plus the smallest possible tail
    std::size_t depth = 0;    // nested arrays and tuples below and including this one
};

namespace {

using Kind = AbiType::Kind;

constexpr std::size_t kWord = 32;

Error typeError(std::string_view text, std::string_view reason)
{
    return makeError(ErrorKind::InvalidArgument,
                     "invalid ABI type '" + std::string(text) + "': " + std::string(reason));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isDigits(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Canonical decimal (no sign, no leading zero) of at most `maxDigits` digits.
std::optional<std::size_t> parseCount(std::string_view text, std::size_t maxDigits)
{
    if (!isDigits(text) || text.size() > maxDigits || (text.size() > 1 && text[0] == '0'))
        return std::nullopt;
    std::size_t value = 0;
    for (char c : text)
        value = value * 10 + static_cast<std::size_t>(c - '0');
    return value;
}

struct BaseSpec
{
    Kind kind;
    std::size_t size;
};

// An elementary type name without the shielded prefix: uint<M>, int<M>, address, bool,
// bytes<M>, bytes, string. Nothing when `name` has none of these shapes; an error when it has
// one but a bad size.
std::optional<Result<BaseSpec>> parseBase(std::string_view name, std::string_view text)
{
    if (name == "address")
        return BaseSpec{Kind::Address, 160};
    if (name == "bool")
        return BaseSpec{Kind::Bool, 8};
    if (name == "string")
        return BaseSpec{Kind::String, 0};
    if (name == "bytes")
        return BaseSpec{Kind::Bytes, 0};
    if (name.starts_with("bytes") && isDigits(name.substr(5))) {
        const auto length = parseCount(name.substr(5), 2);
        if (!length || *length < 1 || *length > 32)
            return typeError(text, "fixed bytes length must be from 1 to 32");
        return BaseSpec{Kind::FixedBytes, *length};
    }
    for (const auto& [prefix, kind] : {std::pair{std::string_view("uint"), Kind::Uint},
                                       std::pair{std::string_view("int"), Kind::Int}}) {
        if (!name.starts_with(prefix))
            continue;
        const std::string_view digits = name.substr(prefix.size());
        if (digits.empty())
            return BaseSpec{kind, 256};
        if (!isDigits(digits))
            return std::nullopt;
        const auto bits = parseCount(digits, 3);
        if (!bits || *bits < 8 || *bits > 256 || *bits % 8 != 0)
            return typeError(text, "integer width must be a multiple of 8 from 8 to 256");
        return BaseSpec{kind, *bits};
    }
    if (name.starts_with("fixed") || name.starts_with("ufixed"))
        return makeError(ErrorKind::Unsupported, "ABI type '" + std::string(text) +
                                                     "': fixed-point types are not supported");
    if (name == "function")
        return makeError(ErrorKind::Unsupported,
                         "ABI type '" + std::string(text) + "': function types are not supported");
    return std::nullopt;
}

// Parenthesis nesting must balance and stay within kMaxDepth; checked before any recursion.
Status checkParentheses(std::string_view text)
{
    std::size_t depth = 0;
    for (char c : text) {
        if (c == '(') {
            if (++depth > AbiType::kMaxDepth)
                return typeError(text, "nested more than " + std::to_string(AbiType::kMaxDepth) +
                                           " levels deep");
        } else if (c == ')') {
            if (depth == 0)
                return typeError(text, "unbalanced parentheses");
            --depth;
        }
    }
    if (depth != 0)
        return typeError(text, "unbalanced parentheses");
    return {};
}

// Applies "[2][]"-style suffixes, innermost first.
Result<AbiType> withArraySuffix(AbiType type, std::string_view suffix, std::string_view text)
{
    while (!suffix.empty()) {
        const std::size_t close = suffix.find(']');
        if (suffix.front() != '[' || close == std::string_view::npos)
            return typeError(text, "malformed array suffix '" + std::string(suffix) + "'");
        const std::string_view inside = suffix.substr(1, close - 1);
        suffix.remove_prefix(close + 1);
        std::optional<std::size_t> length;
        if (!inside.empty()) {
            length = parseCount(inside, 9);
            if (!length)
                return typeError(text, "array length '" + std::string(inside) +
                                           "' is not a canonical decimal below 10^9");
        }
        auto array = AbiType::array(std::move(type), length);
        if (!array)
            return std::move(array).error();
        type = std::move(*array);
    }
    return type;
}

// Index of the ')' matching the '(' at `open`; parentheses are known to balance.
std::size_t matchingParen(std::string_view text, std::size_t open)
{
    std::size_t depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// Splits at commas outside parentheses and brackets.
std::vector<std::string_view> splitTopLevel(std::string_view text)
{
    std::vector<std::string_view> items;
    std::size_t depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if (c == ',' && depth == 0) {
            items.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    items.push_back(text.substr(start));
    return items;
}

Result<AbiParam> parseParamItem(std::string_view item, bool allowIndexed)
{
    // The type ends at the first blank outside parentheses.
    std::size_t depth = 0;
    std::size_t end = item.size();
    for (std::size_t i = 0; i < item.size(); ++i) {
        if (item[i] == '(')
            ++depth;
        else if (item[i] == ')' && depth > 0)
            --depth;
        else if (isSpace(item[i]) && depth == 0) {
            end = i;
            break;
        }
    }
    auto type = AbiType::parse(item.substr(0, end));
    if (!type)
        return std::move(type).error();
    AbiParam param{{}, std::move(*type), {}, false};

    std::string_view rest = trim(item.substr(end));
    while (!rest.empty()) {
        std::size_t wordEnd = 0;
        while (wordEnd < rest.size() && !isSpace(rest[wordEnd]))
            ++wordEnd;
        const std::string_view word = rest.substr(0, wordEnd);
        rest = trim(rest.substr(wordEnd));
        if (word == "memory" || word == "calldata" || word == "storage")
            continue;
        if (word == "indexed" && allowIndexed && !param.indexed && param.name.empty()) {
            param.indexed = true;
            continue;
        }
        if (word == "indexed" && !allowIndexed)
            return makeError(ErrorKind::InvalidArgument,
                             "parameter '" + std::string(item) +
                                 "': 'indexed' is only allowed in event parameters");
        if (!param.name.empty() || !isSolidityIdentifier(word))
            return makeError(ErrorKind::InvalidArgument, "parameter '" + std::string(item) +
                                                             "': unexpected '" + std::string(word) +
                                                             "'");
        param.name = std::string(word);
    }
    return param;
}

void appendCanonical(std::string& out, const AbiType& type)
{
    switch (type.kind()) {
    case Kind::Uint:
    case Kind::Int:
        out += type.isShieldedName() ? "s" : "";
        out += type.kind() == Kind::Uint ? "uint" : "int";
        out += std::to_string(type.size());
        return;
    case Kind::Address:
        out += type.isShieldedName() ? "saddress" : "address";
        return;
    case Kind::Bool:
        out += type.isShieldedName() ? "sbool" : "bool";
        return;
    case Kind::FixedBytes:
        out += type.isShieldedName() ? "sbytes" : "bytes";
        out += std::to_string(type.size());
        return;
    case Kind::Bytes:
        out += type.isShieldedName() ? "sbytes" : "bytes";
        return;
    case Kind::String:
        out += "string";
        return;
    case Kind::FixedArray:
        appendCanonical(out, type.element());
        out += '[' + std::to_string(type.size()) + ']';
        return;
    case Kind::Array:
        appendCanonical(out, type.element());
        out += "[]";
        return;
    case Kind::Tuple:
        out += '(';
        for (std::size_t i = 0; i < type.components().size(); ++i) {
            if (i > 0)
                out += ',';
            appendCanonical(out, type.components()[i].type);
        }
        out += ')';
        return;
    }
}

} // namespace

AbiType::AbiType()
{
    static const std::shared_ptr<const Node> kUint256 = std::make_shared<const Node>();
    m_node = kUint256;
}

AbiType AbiType::scalar(Kind kind, std::size_t size, bool shieldedName)
{
    Node node;
    node.kind = kind;
    node.size = size;
    node.shieldedName = shieldedName;
    node.shielded = shieldedName;
    node.dynamic = kind == Kind::Bytes || kind == Kind::String;
    node.minSize = node.dynamic ? 2 * kWord : kWord;
    return AbiType(std::make_shared<const Node>(std::move(node)));
}

Result<AbiType> AbiType::parse(std::string_view text)
{
    if (text.empty())
        return typeError(text, "empty type");
    if (auto balanced = checkParentheses(text); !balanced)
        return std::move(balanced).error();

    const bool tuple = text.front() == '(' || text.starts_with("tuple(");
    if (tuple) {
        const std::size_t open = text.find('(');
        const std::size_t close = matchingParen(text, open);
        auto components = parseAbiParamList(text.substr(open, close - open + 1));
        if (!components)
            return std::move(components).error();
        auto type = AbiType::tuple(std::move(*components));
        if (!type)
            return std::move(type).error();
        return withArraySuffix(std::move(*type), text.substr(close + 1), text);
    }

    const std::size_t bracket = text.find('[');
    const std::string_view name = text.substr(0, bracket);
    const std::string_view suffix = bracket == std::string_view::npos ? "" : text.substr(bracket);
    auto base = parseBase(name, text);
    bool shielded = false;
    if (!base && name.size() > 1 && name[0] == 's') {
        // Seismic's shielded types: "s" + an elementary type other than string.
        auto unshielded = parseBase(name.substr(1), text);
        if (unshielded && (!unshielded->ok() || (*unshielded)->kind != Kind::String)) {
            base = std::move(unshielded);
            shielded = true;
        }
    }
    if (!base)
        return typeError(text, name == "tuple"
                                   ? "a tuple needs its components, e.g. (uint256,address)"
                                   : "unknown type");
    if (!*base)
        return std::move(*base).error();
    const BaseSpec spec = **base;
    return withArraySuffix(scalar(spec.kind, spec.size, shielded), suffix, text);
}

Result<AbiType> AbiType::fromJson(std::string_view type, std::vector<AbiParam> components)
{
    if (type.starts_with("tuple") && (type.size() == 5 || type[5] == '[')) {
        if (components.empty())
            return typeError(type, "a tuple needs components");
        auto tupleType = tuple(std::move(components));
        if (!tupleType)
            return std::move(tupleType).error();
        return withArraySuffix(std::move(*tupleType), type.substr(5), type);
    }
    if (!components.empty())
        return typeError(type, "only tuple types have components");
    return parse(type);
}

Result<AbiType> AbiType::tuple(std::vector<AbiParam> components)
{
    if (components.empty())
        return typeError("()", "a tuple needs at least one component");
    Node node;
    node.kind = Kind::Tuple;
    node.size = components.size();
    std::size_t heads = 0;
    std::size_t smallest = 0;
    for (const AbiParam& component : components) {
        node.dynamic = node.dynamic || component.type.isDynamic();
        node.shielded = node.shielded || component.type.isShielded();
        node.depth = std::max(node.depth, component.type.m_node->depth + 1);
        heads += component.type.headSize();
        smallest += component.type.m_node->minSize;
    }
    node.components = std::move(components);
    node.headSize = node.dynamic ? kWord : heads;
    node.minSize = node.dynamic ? kWord + smallest : heads;
    return finish(std::move(node));
}

Result<AbiType> AbiType::array(AbiType element, std::optional<std::size_t> length)
{
    if (length && *length == 0)
        return typeError(element.canonicalName() + "[0]", "fixed array length must be at least 1");
    Node node;
    node.kind = length ? Kind::FixedArray : Kind::Array;
    node.size = length.value_or(0);
    node.shielded = element.isShielded();
    node.depth = element.m_node->depth + 1;
    node.dynamic = !length || element.isDynamic();
    if (length) {
        // Saturates instead of overflowing; finish() refuses anything that large.
        const std::size_t each = element.m_node->minSize;
        const std::size_t all =
            *length > kMaxEncodedSize / each ? kMaxEncodedSize + 1 : *length * each;
        node.headSize = node.dynamic ? kWord : all;
        node.minSize = node.dynamic ? kWord + all : all;
    } else {
        node.minSize = 2 * kWord; // the offset and a zero length
    }
    node.element = std::move(element);
    return finish(std::move(node));
}

Result<AbiType> AbiType::finish(Node node)
{
    const bool tooDeep = node.depth > kMaxDepth;
    if (!tooDeep && node.minSize <= kMaxEncodedSize)
        return AbiType(std::make_shared<const Node>(std::move(node)));
    const std::string name = AbiType(std::make_shared<const Node>(std::move(node))).canonicalName();
    return typeError(name, tooDeep
                               ? "nested more than " + std::to_string(kMaxDepth) + " levels deep"
                               : std::string("encoding would exceed 4 MiB"));
}

AbiType::Kind AbiType::kind() const
{
    return m_node->kind;
}

std::size_t AbiType::size() const
{
    return m_node->size;
}

const AbiType& AbiType::element() const
{
    assert(m_node->element);
    return *m_node->element;
}

const std::vector<AbiParam>& AbiType::components() const
{
    return m_node->components;
}

bool AbiType::isShieldedName() const
{
    return m_node->shieldedName;
}

bool AbiType::isShielded() const
{
    return m_node->shielded;
}

bool AbiType::isDynamic() const
{
    return m_node->dynamic;
}

bool AbiType::isWord() const
{
    switch (m_node->kind) {
    case Kind::Uint:
    case Kind::Int:
    case Kind::Address:
    case Kind::Bool:
    case Kind::FixedBytes:
        return true;
    default:
        return false;
    }
}

std::size_t AbiType::headSize() const
{
    return m_node->headSize;
}

std::size_t AbiType::minEncodedSize() const
{
    return m_node->minSize;
}

std::string AbiType::canonicalName() const
{
    std::string out;
    appendCanonical(out, *this);
    return out;
}

AbiType AbiType::remapped() const
{
    if (!isShielded())
        return *this;
    switch (kind()) {
    case Kind::FixedArray:
        return *array(element().remapped(), size());
    case Kind::Array:
        return *array(element().remapped());
    case Kind::Tuple: {
        std::vector<AbiParam> components = m_node->components;
        for (AbiParam& component : components)
            component.type = component.type.remapped();
        return *tuple(std::move(components));
    }
    default:
        return scalar(kind(), size(), false);
    }
}

bool operator==(const AbiType& a, const AbiType& b)
{
    if (a.m_node == b.m_node)
        return true;
    if (a.kind() != b.kind() || a.size() != b.size() || a.isShieldedName() != b.isShieldedName())
        return false;
    if (a.kind() == AbiType::Kind::FixedArray || a.kind() == AbiType::Kind::Array)
        return a.element() == b.element();
    return std::equal(a.components().begin(), a.components().end(), b.components().begin(),
                      b.components().end(),
                      [](const AbiParam& x, const AbiParam& y) { return x.type == y.type; });
}

Result<std::vector<AbiParam>> parseAbiParamList(std::string_view text, bool allowIndexed)
{
    text = trim(text);
    if (text.size() < 2 || text.front() != '(' || text.back() != ')')
        return makeError(ErrorKind::InvalidArgument,
                         "parameter list '" + std::string(text) + "' must be enclosed in ( )");
    if (auto balanced = checkParentheses(text); !balanced)
        return std::move(balanced).error();
    if (matchingParen(text, 0) != text.size() - 1)
        return makeError(ErrorKind::InvalidArgument,
                         "parameter list '" + std::string(text) + "' has text after its ')'");
    const std::string_view inner = trim(text.substr(1, text.size() - 2));
    std::vector<AbiParam> params;
    if (inner.empty())
        return params;
    for (std::string_view item : splitTopLevel(inner)) {
        item = trim(item);
        if (item.empty())
            return makeError(ErrorKind::InvalidArgument,
                             "parameter list '" + std::string(text) + "' has an empty parameter");
        auto param = parseParamItem(item, allowIndexed);
        if (!param)
            return std::move(param).error();
        params.push_back(std::move(*param));
    }
    return params;
}

bool isSolidityIdentifier(std::string_view text)
{
    auto start = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    };
    auto rest = [&](char c) {
        return start(c) || (c >= '0' && c <= '9');
    };
    return !text.empty() && start(text[0]) && std::all_of(text.begin() + 1, text.end(), rest);
}

Result<AbiSignatureParts> splitAbiSignature(std::string_view signature)
{
    signature = trim(signature);
    const std::size_t open = signature.find('(');
    if (open == std::string_view::npos)
        return makeError(ErrorKind::InvalidArgument,
                         "signature '" + std::string(signature) + "' has no parameter list");
    const std::string_view name = trim(signature.substr(0, open));
    if (!isSolidityIdentifier(name))
        return makeError(ErrorKind::InvalidArgument, "signature '" + std::string(signature) +
                                                         "': '" + std::string(name) +
                                                         "' is not a valid name");
    if (auto balanced = checkParentheses(signature.substr(open)); !balanced)
        return makeError(ErrorKind::InvalidArgument,
                         "signature '" + std::string(signature) + "' has unbalanced parentheses");
    const std::size_t close = matchingParen(signature, open);
    return AbiSignatureParts{name, signature.substr(open, close - open + 1),
                             trim(signature.substr(close + 1))};
}

std::string abiSignature(std::string_view name, const std::vector<AbiParam>& params)
{
    std::string out(name);
    out += '(';
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCanonical(out, params[i].type);
    }
    out += ')';
    return out;
}

} // namespace seismic
