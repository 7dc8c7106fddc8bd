// SPDX-License-Identifier: MIT
#include "core/ViewingKeyFile.h"

#include "core/BoundedFile.h"
#include "core/HexSecret.h"
#include "core/SecretBytes.h"
#include "core/WipeOnExit.h"

#include <string_view>

namespace seismic {
namespace {

// `subject` starts each message ("viewing key", "viewing key file <path>:").
Result<SymmetricKey> parseKey(ByteView contents, const std::string& subject)
{
    const std::string_view text = trimmedKeyText(contents);
    if (text.empty())
        return makeError(ErrorKind::InvalidArgument, subject + " is empty");
    SecretBytes<SymmetricKey::kSize> secret;
    if (Status parsed = parseHexSecret(text, secret.span(), ErrorKind::InvalidArgument, subject);
        !parsed)
        return std::move(parsed).error();
    return SymmetricKey::fromBytes(secret.view());
}

} // namespace

Result<SymmetricKey> parseViewingKey(ByteView contents)
{
    return parseKey(contents, "viewing key");
}

Result<SymmetricKey> readViewingKeyFile(const QString& path)
{
    const QString what = QStringLiteral("viewing key file");
    auto read = readBoundedFile(path, kMaxViewingKeyFileBytes, what);
    if (!read)
        return std::move(read).error();
    QByteArray contents = std::move(read).value();
    const WipeOnExit<QByteArray> wipe(contents);
    return parseKey(ByteView(reinterpret_cast<const std::uint8_t*>(contents.constData()),
                             static_cast<std::size_t>(contents.size())),
                    QStringLiteral("%1 %2:").arg(what, path).toStdString());
}

} // namespace seismic
