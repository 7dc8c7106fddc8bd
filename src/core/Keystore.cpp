// SPDX-License-Identifier: MIT
#include "core/Keystore.h"

#include "core/CryptoBackend.h"
#include "core/Keccak.h"
#include "core/Random.h"
#include "core/Scrypt.h"

#include <openssl/crypto.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <climits>
#include <optional>

namespace seismic {
namespace {

constexpr std::uint64_t kMaxPbkdf2Iterations = 10'000'000;
constexpr std::size_t kDerivedKeySize = 32;
constexpr std::size_t kIvSize = 16;
constexpr std::size_t kSaltSize = 32;
constexpr std::size_t kMacSize = 32;
constexpr char kCipher[] = "aes-128-ctr";

using DerivedKey = SecretBytes<kDerivedKeySize>;

// Up to 32 printable characters of a name taken from the file, for messages.
std::string quoted(const QString& name)
{
    std::string out = "\"";
    for (QChar c : name.left(32))
        out += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? static_cast<char>(c.unicode()) : '?';
    return out + (name.size() > 32 ? "…\"" : "\"");
}

Status validateKdf(const KeystoreKdf& kdf, ErrorKind kind)
{
    if (kdf.kind == KeystoreKdf::Kind::Pbkdf2) {
        if (kdf.pbkdf2Iterations == 0 || kdf.pbkdf2Iterations > kMaxPbkdf2Iterations)
            return makeError(kind, "pbkdf2 iteration count must be 1 to 10000000, got " +
                                       std::to_string(kdf.pbkdf2Iterations));
        return {};
    }
    if (auto valid = checkScryptParameters(kdf.scryptN, kdf.scryptR, kdf.scryptP); !valid)
        return makeError(kind, valid.error().message);
    return {};
}

// Assumes validateKdf passed.
Result<DerivedKey> deriveKey(std::string_view password, const KeystoreKdf& kdf, ByteView salt,
                             const ScryptLimits& limits)
{
    if (password.size() > INT_MAX || salt.size() > INT_MAX)
        return makeError(ErrorKind::InvalidArgument, "keystore password or salt is too long");
    const auto* pass = reinterpret_cast<const unsigned char*>(password.data());
    DerivedKey derived;
    if (kdf.kind == KeystoreKdf::Kind::Pbkdf2) {
        if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(detail::nonNullData(pass)),
                              static_cast<int>(password.size()), detail::nonNullData(salt.data()),
                              static_cast<int>(salt.size()), static_cast<int>(kdf.pbkdf2Iterations),
                              detail::sha256Digest(), static_cast<int>(derived.size()),
                              derived.data()) != 1)
            return makeError(ErrorKind::Crypto, "pbkdf2 key derivation failed");
        return derived;
    }

    if (auto derivedOk = scrypt(asBytes(password), salt, kdf.scryptN, kdf.scryptR, kdf.scryptP,
                                derived.span(), limits);
        !derivedOk)
        return std::move(derivedOk).error();
    return derived;
}

// AES-128-CTR with derived[0..16]; `out` has in.size() bytes.
Status aes128Ctr(const DerivedKey& derived, ByteView iv, ByteView in, std::uint8_t* out)
{
    detail::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!ctx ||
        EVP_EncryptInit_ex2(ctx.get(), detail::aes128CtrCipher(), derived.data(), iv.data(),
                            nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), out, &length, in.data(), static_cast<int>(in.size())) != 1)
        return makeError(ErrorKind::Crypto, "AES-128-CTR failed");
    return {};
}

// keccak256(derived[16..32] || ciphertext); the ciphertext is at most 32 bytes here.
Hash keystoreMac(const DerivedKey& derived, ByteView ciphertext)
{
    SecretBytes<16 + 32> input;
    std::copy(derived.data() + 16, derived.data() + 32, input.data());
    std::copy(ciphertext.begin(), ciphertext.end(), input.data() + 16);
    return keccak256(input.view().first(16 + ciphertext.size()));
}

// Typed access to the keystore JSON; `path` names the field in messages ("crypto.kdfparams.n").
class Fields
{
public:
    Fields(const QJsonObject& object, std::string path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    Result<QJsonValue> value(const char* key) const
    {
        const QJsonValue found = m_object.value(QLatin1StringView(key));
        if (found.isUndefined())
            return makeError(ErrorKind::KeyFile, "keystore is missing " + name(key));
        return found;
    }

    Result<Fields> object(const char* key) const
    {
        auto found = value(key);
        if (!found)
            return std::move(found).error();
        if (!found->isObject())
            return makeError(ErrorKind::KeyFile,
                             "keystore field " + name(key) + " must be a JSON object");
        return Fields(found->toObject(), name(key));
    }

    Result<QString> string(const char* key) const
    {
        auto found = value(key);
        if (!found)
            return std::move(found).error();
        if (!found->isString())
            return makeError(ErrorKind::KeyFile,
                             "keystore field " + name(key) + " must be a string");
        return found->toString();
    }

    // Hex digits, with or without 0x; `size` 0 accepts any length.
    Result<Bytes> hex(const char* key, std::size_t size = 0) const
    {
        auto text = string(key);
        if (!text)
            return std::move(text).error();
        auto bytes = parseHex(text->toStdString(), HexPrefix::Optional);
        if (!bytes)
            return makeError(ErrorKind::KeyFile, "keystore field " + name(key) +
                                                     " is not valid hex (" + bytes.error().message +
                                                     ")");
        if (size != 0 && bytes->size() != size)
            return makeError(ErrorKind::KeyFile, "keystore field " + name(key) + " must be " +
                                                     std::to_string(size) + " bytes, got " +
                                                     std::to_string(bytes->size()));
        return bytes;
    }

    Result<std::uint64_t> integer(const char* key, std::uint64_t max) const
    {
        auto found = value(key);
        if (!found)
            return std::move(found).error();
        const qint64 number = found->isDouble() ? found->toInteger(-1) : -1;
        if (number < 1 || std::uint64_t(number) > max)
            return makeError(ErrorKind::KeyFile, "keystore field " + name(key) +
                                                     " must be a whole number from 1 to " +
                                                     std::to_string(max));
        return std::uint64_t(number);
    }

private:
    std::string name(const char* key) const { return m_path.empty() ? key : m_path + "." + key; }

    QJsonObject m_object;
    std::string m_path;
};

struct KdfSettings
{
    KeystoreKdf kdf;
    Bytes salt;
};

// crypto.kdf and crypto.kdfparams; the kdf name is checked first so that an unsupported kdf is
// reported as such rather than as a missing parameter.
Result<KdfSettings> readKdf(const Fields& crypto)
{
    auto name = crypto.string("kdf");
    if (!name)
        return std::move(name).error();
    const bool isScrypt = *name == QLatin1StringView("scrypt");
    if (!isScrypt && *name != QLatin1StringView("pbkdf2"))
        return makeError(ErrorKind::KeyFile, "unsupported keystore kdf " + quoted(*name) +
                                                 " (scrypt and pbkdf2 are supported)");
    auto params = crypto.object("kdfparams");
    if (!params)
        return std::move(params).error();
    auto dklen = params->integer("dklen", UINT32_MAX);
    if (!dklen)
        return std::move(dklen).error();
    if (*dklen != kDerivedKeySize)
        return makeError(ErrorKind::KeyFile,
                         "keystore field crypto.kdfparams.dklen must be 32, got " +
                             std::to_string(*dklen));

    KdfSettings settings;
    if (isScrypt) {
        auto n = params->integer("n", UINT64_MAX);
        auto r = params->integer("r", UINT32_MAX);
        auto p = params->integer("p", UINT32_MAX);
        for (auto* field : {&n, &r, &p})
            if (!*field)
                return std::move(*field).error();
        settings.kdf.kind = KeystoreKdf::Kind::Scrypt;
        settings.kdf.scryptN = *n;
        settings.kdf.scryptR = static_cast<std::uint32_t>(*r);
        settings.kdf.scryptP = static_cast<std::uint32_t>(*p);
    } else {
        auto prf = params->string("prf");
        if (!prf)
            return std::move(prf).error();
        if (*prf != QLatin1StringView("hmac-sha256"))
            return makeError(ErrorKind::KeyFile, "unsupported keystore pbkdf2 prf " + quoted(*prf) +
                                                     " (only hmac-sha256 is supported)");
        auto iterations = params->integer("c", UINT32_MAX);
        if (!iterations)
            return std::move(iterations).error();
        settings.kdf.kind = KeystoreKdf::Kind::Pbkdf2;
        settings.kdf.pbkdf2Iterations = static_cast<std::uint32_t>(*iterations);
    }
    if (auto valid = validateKdf(settings.kdf, ErrorKind::KeyFile); !valid)
        return makeError(ErrorKind::KeyFile, "keystore kdfparams: " + valid.error().message);
    auto salt = params->hex("salt");
    if (!salt)
        return std::move(salt).error();
    settings.salt = std::move(*salt);
    return settings;
}

std::string randomUuid()
{
    std::array<std::uint8_t, 16> bytes;
    fillRandom(bytes);
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces).toStdString();
}

} // namespace

Result<PrivateKey> decryptKeystore(ByteView json, std::string_view password,
                                   const ScryptLimits& limits)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(json.data()),
                                                        static_cast<qsizetype>(json.size())),
                                &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::KeyFile, "keystore is not valid JSON (" +
                                                 parseError.errorString().toStdString() +
                                                 " at offset " + std::to_string(parseError.offset) +
                                                 "); the file may be truncated or damaged");
    if (!document.isObject())
        return makeError(ErrorKind::KeyFile, "keystore JSON must be an object");
    const QJsonObject root = document.object();
    const Fields top(root, {});

    // geth matches field names case-insensitively, and ethers v5 writes "Crypto".
    const char* cryptoKey = root.contains(QLatin1StringView("Crypto")) ? "Crypto" : "crypto";
    if (!root.contains(QLatin1StringView(cryptoKey)))
        return makeError(ErrorKind::KeyFile, "not a keystore: the JSON has no \"crypto\" section");
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (version.isUndefined())
        return makeError(ErrorKind::KeyFile, "keystore is missing version");
    if (!version.isDouble() || version.toInteger(-1) < 0)
        return makeError(ErrorKind::KeyFile, "keystore field version must be the number 3");
    if (version.toInteger() != 3)
        return makeError(ErrorKind::KeyFile, "unsupported keystore version " +
                                                 std::to_string(version.toInteger()) +
                                                 " (only Web3 Secret Storage version 3)");

    auto crypto = top.object(cryptoKey);
    if (!crypto)
        return std::move(crypto).error();
    auto cipher = crypto->string("cipher");
    if (!cipher)
        return std::move(cipher).error();
    if (*cipher != QLatin1StringView(kCipher))
        return makeError(ErrorKind::KeyFile, "unsupported keystore cipher " + quoted(*cipher) +
                                                 " (only aes-128-ctr is supported)");
    auto ciphertext = crypto->hex("ciphertext");
    if (!ciphertext)
        return std::move(ciphertext).error();
    if (ciphertext->empty() || ciphertext->size() > kDerivedKeySize)
        return makeError(ErrorKind::KeyFile,
                         "keystore field crypto.ciphertext must be 1 to 32 bytes (a private key), "
                         "got " +
                             std::to_string(ciphertext->size()));
    auto cipherParams = crypto->object("cipherparams");
    if (!cipherParams)
        return std::move(cipherParams).error();
    auto iv = cipherParams->hex("iv", kIvSize);
    if (!iv)
        return std::move(iv).error();
    auto kdf = readKdf(*crypto);
    if (!kdf)
        return std::move(kdf).error();
    auto mac = crypto->hex("mac", kMacSize);
    if (!mac)
        return std::move(mac).error();
    // The optional "address" field (geth, ethers, MetaMask write it) must describe the key.
    std::optional<Bytes> statedAddress;
    if (root.contains(QLatin1StringView("address"))) {
        auto address = top.hex("address", 20);
        if (!address)
            return std::move(address).error();
        statedAddress = std::move(*address);
    }

    auto derived = deriveKey(password, kdf->kdf, kdf->salt, limits);
    if (!derived)
        return std::move(derived).error();
    const Hash expected = keystoreMac(*derived, *ciphertext);
    if (CRYPTO_memcmp(expected.bytes.data(), mac->data(), kMacSize) != 0)
        return makeError(ErrorKind::WrongPassword, "wrong password");

    // Left-padded: old geth versions stored keys with leading zero bytes dropped.
    SecretBytes<32> secret;
    const std::size_t offset = secret.size() - ciphertext->size();
    if (auto decrypted = aes128Ctr(*derived, *iv, *ciphertext, secret.data() + offset); !decrypted)
        return std::move(decrypted).error();
    auto key = PrivateKey::fromBytes(secret.view());
    if (!key)
        return makeError(ErrorKind::KeyFile,
                         "keystore holds a private key that is out of range for secp256k1");

    if (statedAddress &&
        !std::equal(statedAddress->begin(), statedAddress->end(), key->address().view().begin()))
        return makeError(ErrorKind::KeyFile, "keystore address " + toHex(*statedAddress) +
                                                 " does not match its key's address " +
                                                 key->address().checksummed() +
                                                 "; the file is damaged or was altered");
    return key;
}

Result<std::string> encryptKeystore(const PrivateKey& key, std::string_view password,
                                    const KeystoreKdf& kdf, const ScryptLimits& limits)
{
    if (auto valid = validateKdf(kdf, ErrorKind::InvalidArgument); !valid)
        return std::move(valid).error();
    std::array<std::uint8_t, kSaltSize> salt;
    std::array<std::uint8_t, kIvSize> iv;
    fillRandom(salt);
    fillRandom(iv);
    auto derived = deriveKey(password, kdf, salt, limits);
    if (!derived)
        return std::move(derived).error();
    std::array<std::uint8_t, kDerivedKeySize> ciphertext;
    if (auto encrypted = aes128Ctr(*derived, iv, key.secret(), ciphertext.data()); !encrypted)
        return std::move(encrypted).error();
    const Hash mac = keystoreMac(*derived, ciphertext);

    const auto hexValue = [](ByteView bytes) {
        return QString::fromStdString(toHex(bytes, false));
    };
    QJsonObject kdfParams{{"dklen", qint64(kDerivedKeySize)}, {"salt", hexValue(salt)}};
    if (kdf.kind == KeystoreKdf::Kind::Scrypt) {
        kdfParams.insert("n", qint64(kdf.scryptN));
        kdfParams.insert("r", qint64(kdf.scryptR));
        kdfParams.insert("p", qint64(kdf.scryptP));
    } else {
        kdfParams.insert("c", qint64(kdf.pbkdf2Iterations));
        kdfParams.insert("prf", "hmac-sha256");
    }
    const QJsonObject crypto{
        {"cipher", kCipher},
        {"cipherparams", QJsonObject{{"iv", hexValue(iv)}}},
        {"ciphertext", hexValue(ciphertext)},
        {"kdf", kdf.kind == KeystoreKdf::Kind::Scrypt ? "scrypt" : "pbkdf2"},
        {"kdfparams", kdfParams},
        {"mac", hexValue(mac)},
    };
    const QJsonObject root{
        {"address", QString::fromStdString(key.address().lowerHex().substr(2))},
        {"crypto", crypto},
        {"id", QString::fromStdString(randomUuid())},
        {"version", 3},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace seismic
