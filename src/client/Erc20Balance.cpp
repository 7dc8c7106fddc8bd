// SPDX-License-Identifier: MIT
#include "client/Erc20Balance.h"

#include "client/PublicClient.h"
#include "core/abi/AbiFunction.h"

#include <string>

namespace seismic::client {

namespace {

const AbiFunction& balanceOfFunction()
{
    static const AbiFunction kFunction =
        *AbiFunction::parse("balanceOf(address owner) view returns (uint256)");
    return kFunction;
}

} // namespace

QCoro::Task<Result<Uint256>> erc20BalanceOf(QPointer<PublicClient> client, Address token,
                                            Address owner)
{
    if (!client)
        co_return clientGone();
    auto calldata = balanceOfFunction().encodeCall({AbiValue::fromAddress(owner)});
    if (!calldata)
        co_return std::move(calldata).error();
    auto output = co_await client->call(TxRequest(token, std::move(calldata).value()));
    if (!output)
        co_return std::move(output).error();
    if (output->size() != 32)
        co_return makeError(ErrorKind::Decode,
                            token.checksummed() + " has no ERC20 balanceOf(address): it answered " +
                                std::to_string(output->size()) + " bytes");
    auto values = balanceOfFunction().decodeOutputs(*output);
    if (!values)
        co_return std::move(values).error();
    co_return values->front().asUint();
}

} // namespace seismic::client
