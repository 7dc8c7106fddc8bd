// SPDX-License-Identifier: MIT
#include "client/FunctionArguments.h"

#include "core/abi/AbiArgumentParser.h"

namespace seismic::client {

Result<Bytes> FunctionArguments::encodeCall(const AbiFunction& function) const
{
    if (const auto* values = std::get_if<std::vector<AbiValue>>(&m_arguments))
        return function.encodeCall(*values);
    auto parsed = AbiArgumentParser::parse(function.inputs(),
                                           std::get<std::vector<std::string>>(m_arguments));
    if (!parsed)
        return makeError(ErrorKind::InvalidArgument,
                         function.signature() + ": " + std::move(parsed).error().message);
    return function.encodeCall(*parsed);
}

} // namespace seismic::client
