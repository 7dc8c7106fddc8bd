// SPDX-License-Identifier: MIT
#include "client/PublicClient.h"

#include "client/ChainHead.h"
#include "client/ReceiptTracker.h"
#include "client/RevertErrors.h"
#include "client/TeePublicKey.h"
#include "rpc/RpcClient.h"
#include "rpc/Transport.h"

#include <QPointer>

namespace seismic::client {

Error clientGone()
{
    return makeError(ErrorKind::Cancelled, "the client is gone");
}

PublicClient::PublicClient(std::unique_ptr<rpc::RpcClient> rpc, ClientOptions options)
    : m_options(std::move(options))
    , m_rpc(rpc.release())
    , m_eth(m_rpc)
{
    m_rpc->setParent(this);
    m_head = new ChainHead(this);
    m_tracker = new ReceiptTracker(this, m_head);
    QObject::connect(m_head, &ChainHead::chainChanged, this,
                     [this](std::uint64_t chainId) { m_chainId = chainId; });
}

PublicClient::~PublicClient() = default;

Result<std::unique_ptr<rpc::RpcClient>>
PublicClient::makeRpcClient(std::unique_ptr<rpc::Transport> transport, const ClientOptions& options)
{
    if (auto valid = options.validate(); !valid)
        return std::move(valid).error();
    return std::make_unique<rpc::RpcClient>(std::move(transport), options.rpc);
}

Result<std::unique_ptr<PublicClient>> PublicClient::create(ClientOptions options)
{
    auto rpc = options.makeRpcClient();
    if (!rpc)
        return std::move(rpc).error();
    return std::unique_ptr<PublicClient>(
        new PublicClient(std::move(rpc).value(), std::move(options)));
}

Result<std::unique_ptr<PublicClient>>
PublicClient::create(std::unique_ptr<rpc::Transport> transport, ClientOptions options)
{
    auto rpc = makeRpcClient(std::move(transport), options);
    if (!rpc)
        return std::move(rpc).error();
    return std::unique_ptr<PublicClient>(
        new PublicClient(std::move(rpc).value(), std::move(options)));
}

QCoro::Task<Result<std::unique_ptr<PublicClient>>> PublicClient::connect(ClientOptions options)
{
    auto created = create(std::move(options));
    if (!created)
        co_return std::move(created).error();
    std::unique_ptr<PublicClient> client = std::move(created).value();
    auto chainId = co_await client->fetchChainId();
    if (!chainId)
        co_return std::move(chainId).error();
    client->head()->start();
    co_return client;
}

Result<std::uint64_t> PublicClient::checkChainId(const ClientOptions& options,
                                                 Result<std::uint64_t> chainId)
{
    // EIP-155 replay protection has no chain 0: a node that claims it is misconfigured or lying.
    if (chainId && *chainId == 0)
        return makeError(ErrorKind::InvalidArgument,
                         "the node reports chain id 0, which is not a chain id (EIP-155)");
    if (chainId && options.expectedChainId && *chainId != *options.expectedChainId)
        return makeError(ErrorKind::InvalidArgument,
                         "the node is on chain " + std::to_string(*chainId) + ", expected chain " +
                             std::to_string(*options.expectedChainId));
    return chainId;
}

QCoro::Task<Result<std::uint64_t>> PublicClient::fetchChainId()
{
    const QPointer<PublicClient> self(this);
    auto eth = m_eth;
    auto chainId = co_await eth.chainId();
    if (!self)
        co_return clientGone();
    auto checked = checkChainId(m_options, std::move(chainId));
    if (checked)
        m_chainId = *checked;
    co_return checked;
}

QCoro::Task<Result<PublicKey>> PublicClient::teePublicKey()
{
    return fetchTeePublicKey(m_rpc);
}

QCoro::Task<Result<Bytes>> PublicClient::call(TxRequest request)
{
    if (!request.to)
        co_return makeError(ErrorKind::InvalidArgument, "a call needs a recipient address");
    rpc::CallRequest call;
    call.to = request.to;
    call.data = std::move(request.data);
    auto eth = m_eth;
    auto output = co_await eth.call(std::move(call), request.options.block);
    if (!output)
        co_return decodeRevert(std::move(output).error(), request.revertErrors);
    co_return output;
}

QCoro::Task<Result<TxOutcome>> PublicClient::waitForTransaction(Hash hash, TxWaitOptions options)
{
    return m_tracker->wait(hash, std::move(options));
}

PublicContract PublicClient::publicContract(Address address, ContractAbi abi)
{
    return PublicContract(this, address, std::move(abi));
}

std::optional<Error> PublicClient::lastError() const
{
    return m_rpc->transport()->lastError();
}

QCoro::Task<> PublicClient::close()
{
    return m_rpc->close();
}

bool PublicClient::isClosed() const
{
    return m_rpc->isClosed();
}

} // namespace seismic::client
