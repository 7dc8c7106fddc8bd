// SPDX-License-Identifier: MIT
#include "rpc/JsonDecode.h"

#include "core/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seismic::rpc {

namespace {

std::string describeJson(const QJsonValue& value)
{
    if (value.isString()) {
        auto text = value.toString().toStdString();
        if (text.size() > 80)
            text = text.substr(0, 80) + "...";
        return "\"" + text + "\"";
    }
    if (value.isNull())
        return "null";
    if (value.isUndefined())
        return "nothing";
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isDouble())
        return "the number " + QByteArray::number(value.toDouble()).toStdString();
    return value.isArray() ? "an array" : "an object";
}

Error expected(const char* what, const QJsonValue& value)
{
    return makeError(ErrorKind::Decode,
                     std::string("expected ") + what + ", got " + describeJson(value));
}

Result<std::string> hexText(const QJsonValue& value, const char* what)
{
    if (!value.isString())
        return expected(what, value);
    return value.toString().toStdString();
}

} // namespace

FieldReader::FieldReader(const QJsonValue& value, std::string what)
    : m_what(std::move(what))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = expected(("an object for " + m_what).c_str(), value);
}

void FieldReader::fail(const char* name, const std::string& reason)
{
    if (!m_error)
        m_error = makeError(ErrorKind::Decode, m_what + ": field \"" + name + "\": " + reason);
}

Result<Uint256> decodeUint256(const QJsonValue& value)
{
    auto text = hexText(value, "a hex quantity");
    if (!text)
        return std::move(text).error();
    auto parsed = parseQuantity(*text);
    if (!parsed)
        return expected("a hex quantity", value);
    return parsed;
}

Result<std::uint64_t> decodeU64(const QJsonValue& value)
{
    auto wide = decodeUint256(value);
    if (!wide)
        return std::move(wide).error();
    if (*wide > Uint256(std::numeric_limits<std::uint64_t>::max()))
        return expected("a quantity below 2^64", value);
    return static_cast<std::uint64_t>(*wide);
}

Result<Bytes> decodeBytes(const QJsonValue& value)
{
    auto text = hexText(value, "0x-prefixed hex data");
    if (!text)
        return std::move(text).error();
    auto bytes = parseHex(*text, HexPrefix::Required);
    if (!bytes)
        return expected("0x-prefixed hex data", value);
    return bytes;
}

Result<Hash> decodeHash(const QJsonValue& value)
{
    auto bytes = decodeBytes(value);
    if (!bytes || bytes->size() != Hash::kSize)
        return expected("a 32-byte hash", value);
    return Hash::fromView(*bytes);
}

Result<Address> decodeAddress(const QJsonValue& value)
{
    auto bytes = decodeBytes(value);
    if (!bytes || bytes->size() != 20)
        return expected("a 20-byte address", value);
    return Address::fromView(*bytes);
}

Result<bool> decodeBool(const QJsonValue& value)
{
    if (!value.isBool())
        return expected("true or false", value);
    return value.toBool();
}

Result<QString> decodeString(const QJsonValue& value)
{
    if (!value.isString())
        return expected("a string", value);
    return value.toString();
}

Result<std::vector<Hash>> decodeHashList(const QJsonValue& value)
{
    if (!value.isArray())
        return expected("an array of hashes", value);
    std::vector<Hash> hashes;
    const auto array = value.toArray();
    hashes.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto hash = decodeHash(array.at(i));
        if (!hash) {
            auto error = std::move(hash).error();
            error.message = "item " + std::to_string(i) + ": " + error.message;
            return error;
        }
        hashes.push_back(*hash);
    }
    return hashes;
}

} // namespace seismic::rpc
