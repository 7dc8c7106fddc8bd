// SPDX-License-Identifier: MIT
// Web3 Secret Storage v3 keystores (core/Keystore). The key derivation parameters come from the
// input and are bounded by the code (scrypt N*r*p, memory; pbkdf2 iterations); to keep each
// input fast this target skips inputs whose parameters, read the way the decoder reads them,
// exceed a small cost, which the seeds (written with password "fuzz") respect. Every failure is
// a KeyFile or WrongPassword error; a key that decrypts re-encrypts, with the same cost, to a
// keystore that decrypts to the same key.
#include "FuzzCheck.h"

#include "core/Keystore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace seismic;

namespace {

constexpr char kPassword[] = "fuzz";
constexpr std::int64_t kMaxScryptN = 32;
constexpr std::int64_t kMaxScryptR = 4;
constexpr std::int64_t kMaxScryptP = 2;
constexpr std::int64_t kMaxPbkdf2Iterations = 64;

// The kdf parameters the decoder would use; nothing when they cost more than this target allows.
std::optional<KeystoreKdf> cheapKdf(ByteView json)
{
    const auto document = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char*>(json.data()), static_cast<qsizetype>(json.size())));
    const QJsonObject root = document.object();
    const QJsonObject crypto =
        root.value(root.contains(QLatin1StringView("Crypto")) ? QLatin1StringView("Crypto")
                                                              : QLatin1StringView("crypto"))
            .toObject();
    const QJsonObject params = crypto.value(QLatin1StringView("kdfparams")).toObject();
    auto number = [&](const char* name) {
        return params.value(QLatin1StringView(name)).toInteger(0);
    };
    KeystoreKdf kdf;
    if (crypto.value(QLatin1StringView("kdf")).toString() == QLatin1StringView("pbkdf2")) {
        if (number("c") > kMaxPbkdf2Iterations)
            return std::nullopt;
        kdf.kind = KeystoreKdf::Kind::Pbkdf2;
        kdf.pbkdf2Iterations = static_cast<std::uint32_t>(std::max<std::int64_t>(number("c"), 1));
        return kdf;
    }
    if (number("n") > kMaxScryptN || number("r") > kMaxScryptR || number("p") > kMaxScryptP)
        return std::nullopt;
    kdf.scryptN = static_cast<std::uint64_t>(std::max<std::int64_t>(number("n"), 2));
    kdf.scryptR = static_cast<std::uint32_t>(std::max<std::int64_t>(number("r"), 1));
    kdf.scryptP = static_cast<std::uint32_t>(std::max<std::int64_t>(number("p"), 1));
    return kdf;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ByteView json(data, size);
    const auto kdf = cheapKdf(json);
    if (!kdf)
        return 0;
    auto key = decryptKeystore(json, kPassword);
    if (!key) {
        FUZZ_CHECK(key.error().kind == ErrorKind::KeyFile ||
                   key.error().kind == ErrorKind::WrongPassword);
        FUZZ_CHECK(!key.error().message.empty());
        return 0;
    }
    auto reencrypted = encryptKeystore(*key, kPassword, *kdf);
    FUZZ_CHECK(reencrypted.ok());
    auto again = decryptKeystore(asBytes(*reencrypted), kPassword);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(std::ranges::equal(again->secret(), key->secret()));
    return 0;
}
