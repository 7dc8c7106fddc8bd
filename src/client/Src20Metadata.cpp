// SPDX-License-Identifier: MIT
#include "client/Src20Metadata.h"

#include <QString>

namespace seismic::client {

namespace {

constexpr std::uint8_t kMaxDecimals = 77;
constexpr std::size_t kMaxTextBytes = 64;

Status checkText(const std::string& text, const char* what)
{
    const std::string field(what);
    if (text.empty())
        return makeError(ErrorKind::Decode, "token " + field + " is empty");
    if (text.size() > kMaxTextBytes)
        return makeError(ErrorKind::Decode, "token " + field + " is longer than " +
                                                std::to_string(kMaxTextBytes) + " bytes");
    const QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (decoded.toUtf8() != QByteArray(text.data(), qsizetype(text.size())))
        return makeError(ErrorKind::Decode, "token " + field + " is not valid UTF-8");
    for (const QChar c : decoded) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorKind::Decode, "token " + field + " contains control characters");
        // A label that guesses the text format would render these as markup ("<h1>VERIFIED").
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&'))
            return makeError(ErrorKind::Decode, "token " + field +
                                                    " contains the markup character '" +
                                                    std::string(1, c.toLatin1()) +
                                                    "' (names and symbols are plain text)");
    }
    return {};
}

} // namespace

Status Src20Metadata::validate() const
{
    if (decimals > kMaxDecimals)
        return makeError(ErrorKind::Decode, "token decimals " + std::to_string(decimals) +
                                                " is more than 77, the most a uint256 amount "
                                                "can have");
    if (auto valid = checkText(name, "name"); !valid)
        return valid;
    return checkText(symbol, "symbol");
}

} // namespace seismic::client
