// SPDX-License-Identifier: MIT
#include "core/Units.h"

namespace seismic {

Result<Uint256> parseUnits(std::string_view text, unsigned decimals)
{
    if (decimals > 77)
        return makeError(ErrorKind::InvalidArgument, "decimals must be at most 77");
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() && fraction.empty())
        return makeError(ErrorKind::InvalidArgument, "amount is empty");
    if (dot != std::string_view::npos && fraction.empty())
        return makeError(ErrorKind::InvalidArgument, "amount has no digits after the point");
    if (hasHexPrefix(text))
        return makeError(ErrorKind::InvalidArgument, "amount must be decimal");
    if (fraction.size() > decimals)
        return makeError(ErrorKind::InvalidArgument,
                         "amount has " + std::to_string(fraction.size()) +
                             " fractional digits, the token allows " + std::to_string(decimals));
    std::string digits(whole.empty() ? "0" : whole);
    digits.append(fraction);
    digits.append(decimals - fraction.size(), '0');
    auto value = parseUint256(digits);
    if (!value)
        return makeError(ErrorKind::InvalidArgument, "invalid amount: " + value.error().message);
    return value;
}

std::string formatUnits(const Uint256& value, unsigned decimals)
{
    std::string digits = value.str();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
    std::string whole = digits.substr(0, digits.size() - decimals);
    std::string fraction = digits.substr(digits.size() - decimals);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    return fraction.empty() ? whole : whole + "." + fraction;
}

} // namespace seismic
