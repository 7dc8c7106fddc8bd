// SPDX-License-Identifier: MIT
#include "core/abi/AbiArgumentParser.h"

#include <algorithm>
#include <cctype>

namespace seismic {
namespace {

using Kind = AbiType::Kind;

Error argumentError(std::string_view path, const std::string& reason)
{
    return makeError(ErrorKind::InvalidArgument, std::string(path) + ": " + reason);
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

// A parsed JSON value whose leaves keep their text: numbers stay exact.
struct TextNode
{
    enum class Kind
    {
        Leaf,
        List,
        Object,
    };
    Kind kind = Kind::Leaf;
    std::string text; // Leaf: unquoted, unescaped text
    std::vector<TextNode> items;
    std::vector<std::string> keys; // Object: one per item
};

class JsonTextReader
{
public:
    explicit JsonTextReader(std::string_view text)
        : m_text(text)
    {}

    Result<TextNode> document()
    {
        auto node = value(0);
        if (!node)
            return node;
        skipSpace();
        if (m_pos != m_text.size())
            return syntaxError("unexpected text after the value");
        return node;
    }

private:
    Error syntaxError(const std::string& what) const
    {
        return makeError(ErrorKind::InvalidArgument,
                         "malformed JSON at position " + std::to_string(m_pos) + ": " + what);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    Result<TextNode> value(std::size_t depth)
    {
        if (depth > AbiType::kMaxDepth)
            return syntaxError("nested too deeply");
        skipSpace();
        if (m_pos == m_text.size())
            return syntaxError("expected a value");
        const char c = m_text[m_pos];
        if (c == '[' || c == '{')
            return container(depth);
        TextNode leaf;
        if (c == '"') {
            auto text = string();
            if (!text)
                return std::move(text).error();
            leaf.text = std::move(*text);
            return leaf;
        }
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text[m_pos]) &&
               std::string_view(",[]{}\":").find(m_text[m_pos]) == std::string_view::npos)
            ++m_pos;
        if (m_pos == start)
            return syntaxError(std::string("unexpected '") + c + "'");
        leaf.text = std::string(m_text.substr(start, m_pos - start));
        return leaf;
    }

    Result<TextNode> container(std::size_t depth)
    {
        const bool object = m_text[m_pos] == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        TextNode node;
        node.kind = object ? TextNode::Kind::Object : TextNode::Kind::List;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
            return node;
        }
        while (true) {
            if (object) {
                skipSpace();
                if (m_pos == m_text.size() || m_text[m_pos] != '"')
                    return syntaxError("expected a quoted key");
                auto key = string();
                if (!key)
                    return std::move(key).error();
                skipSpace();
                if (m_pos == m_text.size() || m_text[m_pos] != ':')
                    return syntaxError("expected ':'");
                ++m_pos;
                node.keys.push_back(std::move(*key));
            }
            auto item = value(depth + 1);
            if (!item)
                return item;
            node.items.push_back(std::move(*item));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == close) {
                ++m_pos;
                return node;
            }
            return syntaxError(std::string("expected ',' or '") + close + "'");
        }
    }

    Result<unsigned> hex4()
    {
        if (m_text.size() - m_pos < 4)
            return syntaxError("truncated \\u escape");
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            const int digit = (c >= '0' && c <= '9')   ? c - '0'
                              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                       : -1;
            if (digit < 0)
                return syntaxError("invalid \\u escape");
            value = value * 16 + static_cast<unsigned>(digit);
        }
        return value;
    }

    static void appendUtf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }

    // A quoted JSON string at m_pos, unescaped.
    Result<std::string> string()
    {
        ++m_pos;
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos == m_text.size())
                break;
            const char escape = m_text[m_pos++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out += escape;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto unit = hex4();
                if (!unit)
                    return std::move(unit).error();
                unsigned cp = *unit;
                if (cp >= 0xd800 && cp < 0xdc00) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return syntaxError("unpaired surrogate in \\u escape");
                    m_pos += 2;
                    auto low = hex4();
                    if (!low)
                        return std::move(low).error();
                    if (*low < 0xdc00 || *low >= 0xe000)
                        return syntaxError("unpaired surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (*low - 0xdc00);
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    return syntaxError("unpaired surrogate in \\u escape");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return syntaxError(std::string("invalid escape '\\") + escape + "'");
            }
        }
        return syntaxError("unterminated string");
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// Optional '-', then decimal digits or 0x + hex digits.
bool isIntegerText(std::string_view text)
{
    if (text.starts_with('-'))
        text.remove_prefix(1);
    const bool hex = hasHexPrefix(text);
    if (hex)
        text.remove_prefix(2);
    return !text.empty() && std::all_of(text.begin(), text.end(), [hex](char c) {
        return (c >= '0' && c <= '9') ||
               (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    });
}

Result<AbiValue> scalar(const AbiType& type, std::string_view text, std::string_view path)
{
    const std::string quoted = "'" + std::string(text) + "'";
    switch (type.kind()) {
    case Kind::Uint:
    case Kind::Int: {
        if (!isIntegerText(text))
            return argumentError(path, quoted + " is not an integer");
        const bool negative = text.starts_with('-');
        if (negative && type.kind() == Kind::Uint)
            return argumentError(path, quoted + " is negative, but " + type.canonicalName() +
                                           " is unsigned");
        auto magnitude = parseUint256(negative ? text.substr(1) : text);
        if (!magnitude)
            return argumentError(path, quoted + " does not fit in 256 bits");
        if (type.kind() == Kind::Uint)
            return AbiValue::fromUint(std::move(*magnitude));
        // The range of the type's width is checked afterwards, like every value's.
        const Int256 value(*magnitude);
        return AbiValue::fromInt(negative ? Int256(-value) : value);
    }
    case Kind::Address: {
        auto address = Address::parse(text);
        if (!address)
            return argumentError(path, address.error().message);
        return AbiValue::fromAddress(*address);
    }
    case Kind::Bool: {
        std::string lower(text);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "true" || lower == "1")
            return AbiValue::fromBool(true);
        if (lower == "false" || lower == "0")
            return AbiValue::fromBool(false);
        return argumentError(path, quoted + " is not a boolean (use true, false, 1 or 0)");
    }
    case Kind::Bytes:
    case Kind::FixedBytes: {
        auto bytes = parseHex(text, HexPrefix::Required);
        if (!bytes)
            return argumentError(path, type.canonicalName() +
                                           " must be 0x-hex: " + bytes.error().message);
        return AbiValue::fromBytes(std::move(*bytes));
    }
    case Kind::String:
        return AbiValue::fromString(std::string(text));
    default:
        return argumentError(path, "expected a JSON value for " + type.canonicalName());
    }
}

Result<AbiValue> fromNode(const AbiType& type, const TextNode& node, const std::string& path)
{
    const std::string name = type.canonicalName();
    switch (type.kind()) {
    case Kind::FixedArray:
    case Kind::Array: {
        if (node.kind != TextNode::Kind::List)
            return argumentError(path, "expected a JSON array for " + name);
        std::vector<AbiValue> items;
        items.reserve(node.items.size());
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            auto item =
                fromNode(type.element(), node.items[i], path + '[' + std::to_string(i) + ']');
            if (!item)
                return item;
            items.push_back(std::move(*item));
        }
        return AbiValue::array(std::move(items));
    }
    case Kind::Tuple: {
        const std::vector<AbiParam>& components = type.components();
        const auto componentPath = [&](std::size_t i) {
            return components[i].name.empty() ? path + '[' + std::to_string(i) + ']'
                                              : path + '.' + components[i].name;
        };
        std::vector<const TextNode*> ordered(components.size(), nullptr);
        if (node.kind == TextNode::Kind::List) {
            if (node.items.size() != components.size())
                return argumentError(path, "expected " + std::to_string(components.size()) +
                                               " components for " + name + ", got " +
                                               std::to_string(node.items.size()));
            for (std::size_t i = 0; i < components.size(); ++i)
                ordered[i] = &node.items[i];
        } else if (node.kind == TextNode::Kind::Object) {
            for (std::size_t k = 0; k < node.keys.size(); ++k) {
                const auto found =
                    std::find_if(components.begin(), components.end(), [&](const AbiParam& c) {
                        return !c.name.empty() && c.name == node.keys[k];
                    });
                if (found == components.end())
                    return argumentError(path,
                                         "unknown component '" + node.keys[k] + "' for " + name);
                const auto index = static_cast<std::size_t>(found - components.begin());
                if (ordered[index] != nullptr)
                    return argumentError(path, "component '" + node.keys[k] + "' given twice");
                ordered[index] = &node.items[k];
            }
            for (std::size_t i = 0; i < components.size(); ++i)
                if (ordered[i] == nullptr)
                    return argumentError(
                        path,
                        "missing component '" +
                            (components[i].name.empty() ? std::to_string(i) : components[i].name) +
                            "' for " + name);
        } else {
            return argumentError(path, "expected a JSON array for " + name);
        }
        std::vector<AbiValue> items;
        items.reserve(components.size());
        for (std::size_t i = 0; i < components.size(); ++i) {
            auto item = fromNode(components[i].type, *ordered[i], componentPath(i));
            if (!item)
                return item;
            items.push_back(std::move(*item));
        }
        return AbiValue::tuple(std::move(items));
    }
    default:
        if (node.kind != TextNode::Kind::Leaf)
            return argumentError(path,
                                 "expected a single value for " + name + ", got a JSON " +
                                     (node.kind == TextNode::Kind::List ? "array" : "object"));
        return scalar(type, node.text, path);
    }
}

} // namespace

Result<AbiValue> AbiArgumentParser::parse(const AbiType& type, std::string_view text,
                                          std::string_view name)
{
    Result<AbiValue> value = AbiValue();
    if (type.kind() == Kind::String) {
        value = AbiValue::fromString(std::string(text));
    } else if (type.kind() == Kind::FixedArray || type.kind() == Kind::Array ||
               type.kind() == Kind::Tuple) {
        const std::string_view json = trim(text);
        if (!json.starts_with('[') && !json.starts_with('{'))
            return argumentError(name, "expected a JSON array for " + type.canonicalName() +
                                           ", e.g. [1,2]");
        auto node = JsonTextReader(json).document();
        if (!node)
            return argumentError(name, node.error().message);
        value = fromNode(type, *node, std::string(name));
    } else {
        value = scalar(type, trim(text), name);
    }
    if (!value)
        return value;
    if (auto checked = value->check(type, name); !checked)
        return std::move(checked).error();
    return value;
}

Result<std::vector<AbiValue>> AbiArgumentParser::parse(const std::vector<AbiParam>& params,
                                                       const std::vector<std::string>& texts)
{
    if (texts.size() != params.size())
        return makeError(ErrorKind::InvalidArgument, "expected " + std::to_string(params.size()) +
                                                         " argument" +
                                                         (params.size() == 1 ? "" : "s") +
                                                         ", got " + std::to_string(texts.size()));
    std::vector<AbiValue> values;
    values.reserve(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string name =
            params[i].name.empty() ? "arg" + std::to_string(i) : params[i].name;
        auto value = parse(params[i].type, texts[i], name);
        if (!value)
            return std::move(value).error();
        values.push_back(std::move(*value));
    }
    return values;
}

} // namespace seismic
