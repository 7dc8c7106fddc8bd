// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Result.h"
#include "core/Uint256.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::rpc {

// Decoders for the JSON-RPC encodings of Ethereum values. Every failure is a Decode error
// naming what was expected and what arrived.

Result<std::uint64_t> decodeU64(const QJsonValue& value); // quantity "0x1a" (≤ 2^64-1)
Result<Uint256> decodeUint256(const QJsonValue& value);   // quantity "0x…" (≤ 2^256-1)
Result<Bytes> decodeBytes(const QJsonValue& value);       // data "0x…" (even digits)
Result<Hash> decodeHash(const QJsonValue& value);         // data, exactly 32 bytes
Result<Address> decodeAddress(const QJsonValue& value);   // data, exactly 20 bytes
Result<bool> decodeBool(const QJsonValue& value);         // true/false
Result<QString> decodeString(const QJsonValue& value);    // any JSON string
Result<std::vector<Hash>> decodeHashList(const QJsonValue& value);

// Reads the fields of one JSON object, keeping the first failure, so that a decoder is a list
// of fields followed by one check:
//     FieldReader read(value, "log");
//     log.address = read.required("address", decodeAddress);
//     log.blockNumber = read.optional("blockNumber", decodeU64);
//     if (!read.ok()) return read.error();
class FieldReader
{
public:
    FieldReader(const QJsonValue& value, std::string what);

    // A missing or null field is an error; on any error the result is a default value.
    template<typename T>
    T required(const char* name, Result<T> (*decode)(const QJsonValue&))
    {
        const auto value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            fail(name, "missing");
            return T{};
        }
        return decodeField(name, value, decode).value_or(T{});
    }

    // Absent or null is fine (pending blocks, legacy transactions).
    template<typename T>
    std::optional<T> optional(const char* name, Result<T> (*decode)(const QJsonValue&))
    {
        const auto value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return decodeField(name, value, decode);
    }

    bool ok() const { return !m_error; }
    // "<what>: field \"<name>\": <reason>".
    const Error& error() const { return *m_error; }
    const QJsonObject& object() const { return m_object; }

private:
    template<typename T>
    std::optional<T> decodeField(const char* name, const QJsonValue& value,
                                 Result<T> (*decode)(const QJsonValue&))
    {
        auto decoded = decode(value);
        if (!decoded) {
            fail(name, decoded.error().message);
            return std::nullopt;
        }
        return std::move(decoded).value();
    }
    void fail(const char* name, const std::string& reason);

    QJsonObject m_object;
    std::string m_what;
    std::optional<Error> m_error;
};

} // namespace seismic::rpc
