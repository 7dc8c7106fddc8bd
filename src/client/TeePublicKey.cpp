// SPDX-License-Identifier: MIT
#include "client/TeePublicKey.h"

#include "core/Hex.h"
#include "rpc/RpcClient.h"

#include <QPointer>

namespace seismic::client {

namespace {

constexpr std::string_view kMethod = "seismic_getTeePublicKey";

Error malformed(const std::string& reason)
{
    return makeError(ErrorKind::Decode,
                     std::string(kMethod) + " returned a malformed key: " + reason);
}

} // namespace

Result<PublicKey> parseTeePublicKey(const QJsonValue& answer)
{
    if (!answer.isString())
        return malformed("expected a hex string");
    const std::string text = answer.toString().trimmed().toStdString();
    const std::string_view digits =
        hasHexPrefix(text) ? std::string_view(text).substr(2) : std::string_view(text);
    auto bytes = parseHex(digits, HexPrefix::Forbidden);
    if (!bytes)
        return malformed("not hex: " + bytes.error().message);
    if (bytes->size() != 33)
        return malformed("expected 33 bytes, got " + std::to_string(bytes->size()));
    if ((*bytes)[0] != 0x02 && (*bytes)[0] != 0x03)
        return malformed("must start with 0x02 or 0x03");
    auto key = PublicKey::fromCompressed(*bytes);
    if (!key)
        return malformed(key.error().message);
    return key;
}

std::string teePublicKeyHex(const PublicKey& key)
{
    return toHex(key.compressed());
}

Result<PublicKey> parsePinnedTeePublicKey(std::string_view text)
{
    auto key = parseTeePublicKey(
        QJsonValue(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))));
    if (!key)
        return makeError(ErrorKind::InvalidArgument,
                         "not a TEE public key (33 bytes as hex, starting with 02 or 03): " +
                             key.error().message.substr(key.error().message.find(": ") + 2));
    return key;
}

QCoro::Task<Result<PublicKey>> fetchTeePublicKey(rpc::RpcClient* client,
                                                 std::optional<PublicKey> pinned)
{
    const QPointer<rpc::RpcClient> guard(client);
    if (!guard)
        co_return makeError(ErrorKind::Cancelled, "the RPC client is gone");
    auto answer = co_await guard->call(QString::fromLatin1(kMethod.data(), kMethod.size()));
    if (!answer)
        co_return std::move(answer).error();
    auto key = parseTeePublicKey(*answer);
    if (!key || !pinned || *key == *pinned)
        co_return key;
    Error changed = makeError(
        ErrorKind::TeeKeyChanged,
        "the node's TEE public key " + teePublicKeyHex(*key) +
            " is not the one pinned for this "
            "network (" +
            teePublicKeyHex(*pinned) +
            "): shielded transactions and signed reads "
            "stay off until the new key is accepted, since whoever holds its private key could "
            "read them");
    changed.data = teePublicKeyHex(*key);
    co_return changed;
}

} // namespace seismic::client
