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

Result<ContractCall> ShieldedContract::shieldedCall(std::string_view function,
                                                    const FunctionArguments& arguments,
                                                    TxOptions options) const
{
    if (!m_wallet)
        return clientGone();
    options.eip712 = options.eip712 || m_eip712;
    return call(function, arguments, std::move(options));
}

QCoro::Task<Result<Hash>> ShieldedContract::write(std::string function, FunctionArguments arguments,
                                                  TxOptions options) const
{
    auto found = this->function(function);
    if (!found)
        co_return std::move(found).error();
    if ((*found)->hasShieldedInputs())
        co_return co_await writeShielded(std::move(function), std::move(arguments),
                                         std::move(options));
    co_return co_await writeTransparent(std::move(function), std::move(arguments),
                                        std::move(options));
}

QCoro::Task<Result<std::vector<AbiValue>>>
ShieldedContract::read(std::string function, FunctionArguments arguments, TxOptions options) const
{
    auto found = this->function(function);
    if (!found)
        co_return std::move(found).error();
    if ((*found)->hasShieldedInputs())
        co_return co_await readSigned(std::move(function), std::move(arguments),
                                      std::move(options));
    co_return co_await readTransparent(std::move(function), std::move(arguments),
                                       std::move(options));
}

QCoro::Task<Result<Hash>> ShieldedContract::writeShielded(std::string function,
                                                          FunctionArguments arguments,
                                                          TxOptions options) const
{
    auto prepared = shieldedCall(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    WalletClient* client = m_wallet; // shieldedCall checked it is still there
    co_return co_await client->sendShieldedTransaction(std::move(prepared->request));
}

QCoro::Task<Result<std::vector<AbiValue>>> ShieldedContract::readSigned(std::string function,
                                                                        FunctionArguments arguments,
                                                                        TxOptions options) const
{
    auto prepared = shieldedCall(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    WalletClient* client = m_wallet; // shieldedCall checked it is still there
    const AbiFunction decoder = prepared->function;
    auto output = co_await client->signedCall(std::move(prepared->request));
    if (!output)
        co_return std::move(output).error();
    co_return decoder.decodeOutputs(*output);
}

QCoro::Task<Result<Hash>> ShieldedContract::writeTransparent(std::string function,
                                                             FunctionArguments arguments,
                                                             TxOptions options) const
{
    auto prepared = call(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<WalletClient> client = m_wallet;
    if (!client)
        co_return clientGone();
    co_return co_await client->sendTransparentTransaction(std::move(prepared->request));
}

QCoro::Task<Result<DebugWriteResult>> ShieldedContract::writeDebug(std::string function,
                                                                   FunctionArguments arguments,
                                                                   TxOptions options) const
{
    auto prepared = shieldedCall(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    WalletClient* client = m_wallet; // shieldedCall checked it is still there
    co_return co_await client->debugSendShieldedTransaction(std::move(prepared->request));
}

QCoro::Task<Result<PreparedTransaction>> ShieldedContract::prepareWrite(std::string function,
                                                                        FunctionArguments arguments,
                                                                        TxOptions options) const
{
    auto prepared = shieldedCall(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    WalletClient* client = m_wallet; // shieldedCall checked it is still there
    const TxKind kind = prepared->writeKind();
    co_return co_await client->prepare(std::move(prepared->request), kind);
}

QCoro::Task<Result<std::uint64_t>> ShieldedContract::estimateGas(std::string function,
                                                                 FunctionArguments arguments,
                                                                 TxOptions options) const
{
    auto prepared = shieldedCall(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    WalletClient* client = m_wallet; // shieldedCall checked it is still there
    co_return co_await client->estimateGas(std::move(prepared->request));
}

} // namespace seismic::client
