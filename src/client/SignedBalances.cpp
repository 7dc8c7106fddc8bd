// SPDX-License-Identifier: MIT
#include "client/SignedBalances.h"

#include "client/PublicClient.h"
#include "core/abi/AbiFunction.h"

#include <string>

namespace seismic::client {

namespace {

const AbiFunction& balanceOfSignedFunction()
{
    static const AbiFunction kFunction = *AbiFunction::parse(
        "balanceOfSigned(address owner, uint256 expiry, bytes signature) view returns (uint256)");
    return kFunction;
}

const AbiFunction& batchBalancesFunction()
{
    static const AbiFunction kFunction =
        *AbiFunction::parse("batchBalances(address owner, address[] tokens, uint256 expiry, "
                            "bytes signature) view returns (uint256[])");
    return kFunction;
}

// Calls `function` of `contract` with `calldata` (its encoded call) and decodes its outputs.
QCoro::Task<Result<std::vector<AbiValue>>> callFunction(QPointer<PublicClient> client,
                                                        Address contract,
                                                        const AbiFunction& function,
                                                        Result<Bytes> calldata)
{
    if (!client)
        co_return clientGone();
    if (!calldata)
        co_return std::move(calldata).error();
    auto output = co_await client->call(TxRequest(contract, std::move(calldata).value()));
    if (!output)
        co_return std::move(output).error();
    if (output->empty())
        co_return makeError(ErrorKind::Decode, contract.checksummed() + " has no " +
                                                   function.signature() + ": it answered nothing");
    co_return function.decodeOutputs(*output);
}

} // namespace

QCoro::Task<Result<Uint256>> src20BalanceOfSigned(QPointer<PublicClient> client, Address token,
                                                  BalanceReadPermit permit)
{
    // Encoded apart from the co_await: GCC 12 cannot keep an initializer list across one.
    auto calldata = balanceOfSignedFunction().encodeCall({AbiValue::fromAddress(permit.owner),
                                                          AbiValue::fromUint(permit.expiry),
                                                          AbiValue::fromBytes(permit.signature)});
    auto values = co_await callFunction(std::move(client), token, balanceOfSignedFunction(),
                                        std::move(calldata));
    if (!values)
        co_return std::move(values).error();
    co_return values->front().asUint();
}

QCoro::Task<Result<std::vector<Uint256>>> src20BatchBalances(QPointer<PublicClient> client,
                                                             Address multicall,
                                                             std::vector<Address> tokens,
                                                             BalanceReadPermit permit)
{
    std::vector<AbiValue> tokenValues;
    tokenValues.reserve(tokens.size());
    for (const auto& token : tokens)
        tokenValues.push_back(AbiValue::fromAddress(token));
    auto calldata = batchBalancesFunction().encodeCall(
        {AbiValue::fromAddress(permit.owner), AbiValue::array(std::move(tokenValues)),
         AbiValue::fromUint(permit.expiry), AbiValue::fromBytes(permit.signature)});
    auto values = co_await callFunction(std::move(client), multicall, batchBalancesFunction(),
                                        std::move(calldata));
    if (!values)
        co_return std::move(values).error();
    const auto& items = values->front().items();
    if (items.size() != tokens.size())
        co_return makeError(ErrorKind::Decode, multicall.checksummed() + " answered " +
                                                   std::to_string(items.size()) + " balances for " +
                                                   std::to_string(tokens.size()) + " tokens");
    std::vector<Uint256> balances;
    balances.reserve(items.size());
    for (const auto& item : items)
        balances.push_back(item.asUint());
    co_return balances;
}

} // namespace seismic::client
