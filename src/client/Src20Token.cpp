// SPDX-License-Identifier: MIT
#include "client/Src20Token.h"

#include "client/WalletClient.h"
#include "rpc/WhenAll.h"

#include <array>

namespace seismic::client {

namespace {

ContractAbi buildSrc20Abi()
{
    constexpr std::array kSignatures{
        "name() view returns (string)",
        "symbol() view returns (string)",
        "decimals() view returns (uint8)",
        "balance() view returns (uint256)",
        "balanceOf() view returns (uint256)",
        "allowance(address spender) view returns (uint256)",
        "transfer(address to, suint256 amount) returns (bool)",
        "approve(address spender, suint256 amount) returns (bool)",
        "transferFrom(address from, address to, suint256 amount) returns (bool)",
    };
    ContractAbi abi;
    for (const char* signature : kSignatures)
        abi.add(*AbiFunction::parse(signature));
    return abi;
}

// One metadata getter by plain eth_call, refusing an answer without data.
QCoro::Task<Result<std::vector<AbiValue>>> readMetadata(QPointer<WalletClient> client,
                                                        Address token, AbiFunction getter)
{
    if (!client)
        co_return clientGone();
    auto calldata = getter.encodeCall({});
    if (!calldata)
        co_return std::move(calldata).error();
    TxRequest request(token, std::move(calldata).value());
    auto output = co_await client->call(std::move(request));
    if (!output)
        co_return std::move(output).error();
    if (output->empty())
        co_return makeError(ErrorKind::Decode, token.checksummed() + " returned no data for " +
                                                   getter.signature() +
                                                   ": is it an SRC20 token contract?");
    auto values = getter.decodeOutputs(*output);
    if (!values)
        co_return makeError(ErrorKind::Decode, token.checksummed() + " " + getter.signature() +
                                                   ": " + values.error().message);
    co_return values;
}

Result<Uint256> firstUint(Result<std::vector<AbiValue>> values)
{
    if (!values)
        return std::move(values).error();
    return values->front().asUint();
}

} // namespace

Src20Token::Src20Token(WalletClient* client, Address token)
    : m_wallet(client)
    , m_contract(client, token, abi())
    , m_state(std::make_shared<State>())
{}

const ContractAbi& Src20Token::abi()
{
    static const ContractAbi kAbi = buildSrc20Abi();
    return kAbi;
}

QCoro::Task<Result<Src20Metadata>> Src20Token::metadata() const
{
    const Address token = address();
    auto [name, symbol, decimals] =
        co_await rpc::whenAll(readMetadata(m_wallet, token, **abi().function("name")),
                              readMetadata(m_wallet, token, **abi().function("symbol")),
                              readMetadata(m_wallet, token, **abi().function("decimals")));
    if (!name)
        co_return std::move(name).error();
    if (!symbol)
        co_return std::move(symbol).error();
    if (!decimals)
        co_return std::move(decimals).error();
    Src20Metadata metadata;
    metadata.name = name->front().asString();
    metadata.symbol = symbol->front().asString();
    // uint8 by the ABI: the decoder refused anything wider.
    metadata.decimals = static_cast<std::uint8_t>(decimals->front().asUint());
    if (auto valid = metadata.validate(); !valid)
        co_return makeError(ErrorKind::Decode,
                            token.checksummed() + ": " + std::move(valid).error().message);
    co_return metadata;
}

QCoro::Task<Result<Uint256>> Src20Token::balance() const
{
    const QPointer<WalletClient> client = m_wallet;
    const auto state = m_state;
    const Address token = address();
    if (!client)
        co_return clientGone();
    std::vector<std::string> getters{"balance", "balanceOf"};
    if (state->balanceGetter)
        getters = {*state->balanceGetter};
    std::optional<Error> failure;
    for (const auto& name : getters) {
        const AbiFunction getter = **abi().function(name);
        TxRequest request(token, *getter.encodeCall({}));
        auto output = co_await client->signedCall(std::move(request));
        if (!client)
            co_return clientGone();
        // A token without this getter reverts or answers nothing: try the other one.
        if (output && !output->empty()) {
            state->balanceGetter = name;
            co_return firstUint(getter.decodeOutputs(*output));
        }
        if (!output && output.error().kind != ErrorKind::Revert)
            co_return std::move(output).error();
        failure = output ? makeError(ErrorKind::Revert, getter.signature() + " returned no data")
                         : std::move(output).error();
    }
    Error error = std::move(*failure);
    error.message =
        token.checksummed() + " answers neither balance() nor balanceOf(): " + error.message;
    co_return error;
}

QCoro::Task<Result<Uint256>> Src20Token::allowance(Address spender) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(spender)};
    co_return firstUint(co_await m_contract.readSigned("allowance", arguments));
}

QCoro::Task<Result<Hash>> Src20Token::transfer(Address to, Uint256 amount, TxOptions options) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(to), AbiValue::fromUint(amount)};
    co_return co_await m_contract.writeShielded("transfer", arguments, std::move(options));
}

QCoro::Task<Result<Hash>> Src20Token::approve(Address spender, Uint256 amount,
                                              TxOptions options) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(spender),
                                          AbiValue::fromUint(amount)};
    co_return co_await m_contract.writeShielded("approve", arguments, std::move(options));
}

QCoro::Task<Result<Hash>> Src20Token::transferFrom(Address from, Address to, Uint256 amount,
                                                   TxOptions options) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(from), AbiValue::fromAddress(to),
                                          AbiValue::fromUint(amount)};
    co_return co_await m_contract.writeShielded("transferFrom", arguments, std::move(options));
}

} // namespace seismic::client
