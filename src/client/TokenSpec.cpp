// SPDX-License-Identifier: MIT
#include "client/TokenSpec.h"

#include <algorithm>
#include <cctype>

namespace seismic::client {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

std::string_view tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Src20:
        return "src20";
    case TokenKind::Erc20:
        return "erc20";
    }
    return "unknown";
}

Result<TokenSpec> TokenSpec::parse(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return makeError(ErrorKind::InvalidArgument,
                         "token \"" + std::string(text) +
                             "\" must be written kind:address (src20:0x…, erc20:0x…, src20:*)");
    const auto kindText = text.substr(0, colon);
    const auto addressText = text.substr(colon + 1);
    TokenSpec spec;
    if (equalsIgnoringCase(kindText, tokenKindName(TokenKind::Src20)))
        spec.kind = TokenKind::Src20;
    else if (equalsIgnoringCase(kindText, tokenKindName(TokenKind::Erc20)))
        spec.kind = TokenKind::Erc20;
    else
        return makeError(ErrorKind::InvalidArgument, "unknown token kind \"" +
                                                         std::string(kindText) +
                                                         "\" (expected src20 or erc20)");
    if (addressText == "*")
        return spec;
    auto address = Address::parse(addressText);
    if (!address)
        return makeError(ErrorKind::InvalidArgument, "token address \"" + std::string(addressText) +
                                                         "\": " + address.error().message);
    spec.address = *address;
    return spec;
}

std::string TokenSpec::toString() const
{
    return std::string(tokenKindName(kind)) + ":" + (address ? address->checksummed() : "*");
}

} // namespace seismic::client
