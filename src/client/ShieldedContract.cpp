// SPDX-License-Identifier: MIT
#include "client/ShieldedContract.h"

#include "client/WalletClient.h"

namespace seismic::client {

ShieldedContract::ShieldedContract(WalletClient* client, Address address, ContractAbi abi,
                                   bool eip712)
    : PublicContract(client, address, std::move(abi))
    , m_wallet(client)
    , m_eip712(eip712)
{}

Result<PublicContract::PreparedCall>
ShieldedContract::prepareShielded(std::string_view function, const FunctionArguments& arguments,
                                  TxOptions options) const
{
    options.eip712 = options.eip712 || m_eip712;
    return prepare(function, arguments, std::move(options));
}

QCoro::Task<Result<Hash>> ShieldedContract::write(std::string function, FunctionArguments arguments,
                                                  TxOptions options) const
{
    auto found = this->function(function);
    if (!found)
        co_return std::move(found).error();
    if ((*found)->hasShieldedInputs())
        co_return co_await swrite(std::move(function), std::move(arguments), std::move(options));
    co_return co_await twrite(std::move(function), std::move(arguments), std::move(options));
}

QCoro::Task<Result<std::vector<AbiValue>>>
ShieldedContract::read(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto found = this->function(function);
    if (!found)
        co_return std::move(found).error();
    if ((*found)->hasShieldedInputs())
        co_return co_await sread(std::move(function), std::move(arguments), std::move(options));
    co_return co_await tread(std::move(function), std::move(arguments), std::move(options));
}

QCoro::Task<Result<Hash>>
ShieldedContract::swrite(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto prepared = prepareShielded(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    co_return co_await client->sendShieldedTransaction(std::move(prepared->request));
}

QCoro::Task<Result<std::vector<AbiValue>>>
ShieldedContract::sread(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto prepared = prepareShielded(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    const AbiFunction decoder = prepared->function;
    auto output = co_await client->signedCall(std::move(prepared->request));
    if (!output)
        co_return std::move(output).error();
    co_return decoder.decodeOutputs(*output);
}

QCoro::Task<Result<Hash>>
ShieldedContract::twrite(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto prepared = prepare(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    co_return co_await client->sendTransparentTransaction(std::move(prepared->request));
}

QCoro::Task<Result<DebugWriteResult>>
ShieldedContract::dwrite(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto prepared = prepareShielded(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    co_return co_await client->debugSendShieldedTransaction(std::move(prepared->request));
}

QCoro::Task<Result<std::uint64_t>> ShieldedContract::estimateGas(std::string function,
                                                                 FunctionArguments arguments,
                                                                 TxOptions options) const
{
    auto prepared = prepareShielded(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    co_return co_await client->estimateGas(std::move(prepared->request));
}

} // namespace seismic::client
