// SPDX-License-Identifier: MIT
#include "core/KeyFile.h"

#include "core/BoundedFile.h"
#include "core/Hex.h"
#include "core/HexSecret.h"
#include "core/Keystore.h"
#include "core/WipeOnExit.h"

#include <algorithm>
#include <cctype>

namespace seismic {
namespace {

constexpr qint64 kMaxKeyFileSize = 1024 * 1024;

bool isHexDigit(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// A single word of printable ASCII that is mostly hex digits: a raw key, possibly mistyped or
// truncated. Anything else that is not JSON (prose, binary data) is not a key file at all.
bool looksLikeHexKey(std::string_view text)
{
    if (std::any_of(text.begin(), text.end(), [](char c) { return c <= ' ' || c > '~'; }))
        return false;
    const std::string_view digits = hasHexPrefix(text) ? text.substr(2) : text;
    const auto hexCount =
        static_cast<std::size_t>(std::count_if(digits.begin(), digits.end(), isHexDigit));
    return hexCount * 4 >= digits.size() * 3;
}

} // namespace

Result<KeyFileFormat> detectKeyFileFormat(ByteView contents)
{
    const std::string_view text = trimmedKeyText(contents);
    if (text.empty())
        return makeError(ErrorKind::KeyFile, "key file is empty");
    if (text.front() == '{')
        return KeyFileFormat::KeystoreV3;
    if (looksLikeHexKey(text))
        return KeyFileFormat::RawHex;
    return makeError(ErrorKind::KeyFile,
                     "not a key file: expected 64 hex digits (a raw private key) or a JSON "
                     "keystore (Web3 Secret Storage v3)");
}

Result<PrivateKey> parseRawKeyFile(ByteView contents)
{
    const std::string_view text = trimmedKeyText(contents);
    if (text.empty())
        return makeError(ErrorKind::KeyFile, "key file is empty");
    return detail::privateKeyFromHex(text, ErrorKind::KeyFile, "key file");
}

Result<PrivateKey> readKeyFile(const std::string& path, std::string_view password,
                               const ScryptLimits& limits)
{
    auto read =
        readBoundedFile(QString::fromStdString(path), kMaxKeyFileSize, QStringLiteral("key file"));
    if (!read) {
        Error error = std::move(read).error();
        error.kind = ErrorKind::KeyFile;
        return error;
    }
    QByteArray contents = std::move(read).value();
    const WipeOnExit<QByteArray> wipe(contents);
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(contents.constData()),
                         static_cast<std::size_t>(contents.size()));
    auto format = detectKeyFileFormat(bytes);
    if (!format)
        return std::move(format).error();
    if (*format == KeyFileFormat::KeystoreV3)
        return decryptKeystore(bytes, password, limits);
    return parseRawKeyFile(bytes);
}

} // namespace seismic
