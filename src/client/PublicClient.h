// SPDX-License-Identifier: MIT
#pragma once

#include "client/ClientOptions.h"
#include "client/PublicContract.h"
#include "client/TxOutcome.h"
#include "client/TxRequest.h"
#include "client/TxWaitOptions.h"
#include "core/PublicKey.h"
#include "core/abi/ContractAbi.h"
#include "rpc/EthApi.h"
#include "rpc/RpcClient.h" // EthApi::client() needs the complete type

#include <QCoro/QCoroTask>
#include <QObject>

#include <memory>
#include <optional>

namespace seismic::rpc {
class RpcClient;
class Transport;
} // namespace seismic::rpc

namespace seismic::client {

class ChainHead;
class ReceiptTracker;

// A read-only client of a Seismic network (PY create_public_client): chain queries, the TEE
// key, transparent contract reads, transaction tracking. It has no key and encrypts nothing.
//
// It owns its transports: destroying it aborts every exchange, and every call still waiting
// ends with Cancelled; close() does the same and completes when the connections are closed.
// Every async call returns a Result and never throws.
class PublicClient : public QObject
{
    Q_OBJECT

public:
    // Over the endpoints of `options`; no I/O happens until the first call.
    static Result<std::unique_ptr<PublicClient>> create(ClientOptions options);
    // Over a transport built by the caller (a custom stack; MockTransport in tests). The
    // endpoint and transport settings of `options` are not used.
    static Result<std::unique_ptr<PublicClient>> create(std::unique_ptr<rpc::Transport> transport,
                                                        ClientOptions options);
    // create() and a first eth_chainId: fails if the node is unreachable or (with
    // expectedChainId) on another chain.
    static QCoro::Task<Result<std::unique_ptr<PublicClient>>> connect(ClientOptions options);

    ~PublicClient() override;

    const ClientOptions& options() const { return m_options; }
    rpc::RpcClient* rpcClient() const { return m_rpc; }
    // Typed Ethereum calls (balances, blocks, receipts, logs, subscriptions).
    rpc::EthApi eth() const { return m_eth; }
    // Follows sent transactions to their outcome.
    ReceiptTracker* tracker() const { return m_tracker; }
    // The chain head of this connection (one newHeads subscription, liveness, chain identity).
    // Consumers start() it; connect() does.
    ChainHead* head() const { return m_head; }

    // Known once fetched (always, for a wallet client); the new chain's after
    // ChainHead::chainChanged().
    std::optional<std::uint64_t> chainId() const { return m_chainId; }
    // eth_chainId, checked against options().expectedChainId, then remembered.
    QCoro::Task<Result<std::uint64_t>> fetchChainId();
    // seismic_getTeePublicKey, validated (33-byte compressed point; spec 6.1).
    QCoro::Task<Result<PublicKey>> teePublicKey();
    // Transparent read (PY tread): eth_call {to, data} at request.options.block. The node clears
    // any sender, so msg.sender is the zero address. A revert is a Revert error with the reason
    // decoded (request.revertErrors for custom errors).
    QCoro::Task<Result<Bytes>> call(TxRequest request);
    // Until the transaction is confirmed, failed or expired (options().transactionTimeout unless
    // the options say otherwise).
    QCoro::Task<Result<TxOutcome>> waitForTransaction(Hash hash, TxWaitOptions options = {});

    // A contract seen through this client: transparent reads only (PY public contract: tread).
    PublicContract publicContract(Address address, ContractAbi abi);

    // The transport's last failure (the connection's state is head()->status()).
    std::optional<Error> lastError() const;
    // Ends every call in flight with Cancelled and closes the connections.
    QCoro::Task<> close();
    bool isClosed() const;

protected:
    PublicClient(std::unique_ptr<rpc::RpcClient> rpc, ClientOptions options);
    void setChainId(std::uint64_t chainId) { m_chainId = chainId; }
    // The chain id, or a mismatch with options().expectedChainId.
    static Result<std::uint64_t> checkChainId(const ClientOptions& options,
                                              Result<std::uint64_t> chainId);
    static Result<std::unique_ptr<rpc::RpcClient>>
    makeRpcClient(std::unique_ptr<rpc::Transport> transport, const ClientOptions& options);

private:
    ClientOptions m_options;
    // Children: destroyed after every member, once the QPointers to this object are cleared,
    // so calls they end resume coroutines that find this client gone.
    rpc::RpcClient* m_rpc;
    rpc::EthApi m_eth;
    ChainHead* m_head;
    ReceiptTracker* m_tracker;
    std::optional<std::uint64_t> m_chainId;
};

// The error of calls whose client was destroyed while they waited.
Error clientGone();

} // namespace seismic::client
