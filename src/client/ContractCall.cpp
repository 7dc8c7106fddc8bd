// SPDX-License-Identifier: MIT
#include "client/ContractCall.h"

namespace seismic::client {

TxKind ContractCall::writeKind() const
{
    return function.hasShieldedInputs() ? TxKind::Shielded : TxKind::Eip1559;
}

Result<ContractCall> contractCall(Address contract, const ContractAbi& abi,
                                  std::string_view function, const FunctionArguments& arguments,
                                  TxOptions options)
{
    auto found = abi.function(function);
    if (!found)
        return std::move(found).error();
    auto data = arguments.encodeCall(**found);
    if (!data)
        return std::move(data).error();
    TxRequest request(contract, std::move(data).value(), std::move(options));
    request.revertErrors = abi.errors();
    return ContractCall{std::move(request), **found};
}

} // namespace seismic::client
