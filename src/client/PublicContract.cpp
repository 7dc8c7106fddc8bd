// SPDX-License-Identifier: MIT
#include "client/PublicContract.h"

#include "client/PublicClient.h"

namespace seismic::client {

PublicContract::PublicContract(PublicClient* client, Address address, ContractAbi abi)
    : m_client(client)
    , m_address(address)
    , m_abi(std::make_shared<const ContractAbi>(std::move(abi)))
{}

Result<const AbiFunction*> PublicContract::function(std::string_view nameOrSignature) const
{
    return m_abi->function(nameOrSignature);
}

Result<Bytes> PublicContract::encodeCall(std::string_view function,
                                         const FunctionArguments& arguments) const
{
    auto found = m_abi->function(function);
    if (!found)
        return std::move(found).error();
    return arguments.encodeCall(**found);
}

Result<ContractCall> PublicContract::call(std::string_view function,
                                          const FunctionArguments& arguments,
                                          TxOptions options) const
{
    return contractCall(m_address, *m_abi, function, arguments, std::move(options));
}

QCoro::Task<Result<std::vector<AbiValue>>>
PublicContract::readTransparent(std::string function, FunctionArguments arguments,
                                TxOptions options) const
{
    auto prepared = call(function, arguments, std::move(options));
    if (!prepared)
        co_return std::move(prepared).error();
    const QPointer<PublicClient> client = m_client;
    if (!client)
        co_return clientGone();
    const AbiFunction decoder = prepared->function;
    auto output = co_await client->call(std::move(prepared->request));
    if (!output)
        co_return std::move(output).error();
    co_return decoder.decodeOutputs(*output);
}

} // namespace seismic::client
