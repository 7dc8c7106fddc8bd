// SPDX-License-Identifier: MIT
#pragma once

#include "core/PublicKey.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QJsonValue>

#include <optional>
#include <string>
#include <string_view>

namespace seismic::rpc {
class RpcClient;
}

namespace seismic::client {

// The answer of seismic_getTeePublicKey (spec 6.1): a JSON string holding the 33-byte compressed
// secp256k1 key as hex, with or without 0x (nodes send it without). Anything else is a Decode
// error that says what is wrong: "seismic_getTeePublicKey returned a malformed key: expected 33
// bytes, got 65", "... must start with 0x02 or 0x03", "... is not hex: ...", "... is not a point
// on secp256k1".
Result<PublicKey> parseTeePublicKey(const QJsonValue& answer);

// Asks the node for its TEE key and validates it; with `pinned`, a valid key other than the
// pinned one is a TeeKeyChanged error naming both keys, its data the presented key as 0x-hex.
QCoro::Task<Result<PublicKey>> fetchTeePublicKey(rpc::RpcClient* client,
                                                 std::optional<PublicKey> pinned = std::nullopt);

// The key as text, as the pin is kept and shown: the compressed key as 0x-hex (68 characters).
std::string teePublicKeyHex(const PublicKey& key);
// The text of teePublicKeyHex() (with or without 0x) back as a key: InvalidArgument that says
// what is wrong else.
Result<PublicKey> parsePinnedTeePublicKey(std::string_view text);

} // namespace seismic::client
