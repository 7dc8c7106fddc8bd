// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Result.h"
#include "core/Uint256.h"
#include "rpc/Block.h"
#include "rpc/BlockId.h"
#include "rpc/CallRequest.h"
#include "rpc/CancelToken.h"
#include "rpc/HeadSubscription.h"
#include "rpc/Log.h"
#include "rpc/LogFilter.h"
#include "rpc/LogSubscription.h"
#include "rpc/Receipt.h"
#include "rpc/Transaction.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace seismic::rpc {

class RpcClient;

struct LogQueryOptions
{
    LogQueryOptions() = default;

    // Blocks per eth_getLogs call; 0 sends the query as it is.
    std::uint64_t maxBlockRange = 2'000;
    // A range the node refuses as too large is halved down to this size, then the error is
    // returned.
    std::uint64_t minBlockRange = 1;
    CancelToken cancel;
};

// Typed Ethereum JSON-RPC over an RpcClient. A cheap handle (copy it freely); its calls hold
// only a guarded pointer to the client, so they end with Cancelled if the client goes away.
// Errors: JSON-RPC errors keep their code, message and data; an execution revert in eth_call
// or eth_estimateGas is ErrorKind::Revert with the revert output (0x-hex) in `data`.
class EthApi
{
public:
    explicit EthApi(RpcClient* client);

    RpcClient* client() const { return m_client; }

    QCoro::Task<Result<std::uint64_t>> chainId();
    QCoro::Task<Result<std::uint64_t>> blockNumber();
    QCoro::Task<Result<Uint256>> gasPrice();
    QCoro::Task<Result<Uint256>> maxPriorityFeePerGas();
    QCoro::Task<Result<Uint256>> getBalance(Address account, BlockId block = {});
    // The nonce: BlockId::latest() for mined transactions, BlockId::pending() to include the
    // pool.
    QCoro::Task<Result<std::uint64_t>> getTransactionCount(Address account, BlockId block = {});
    // By tag, number or hash; nothing if the node does not know the block.
    QCoro::Task<Result<std::optional<Block>>> getBlock(BlockId block,
                                                       bool fullTransactions = false);
    QCoro::Task<Result<Bytes>> call(CallRequest request, BlockId block = {});
    QCoro::Task<Result<std::uint64_t>> estimateGas(CallRequest request,
                                                   std::optional<BlockId> block = {});
    QCoro::Task<Result<Hash>> sendRawTransaction(Bytes signedTransaction);
    QCoro::Task<Result<std::optional<Transaction>>> getTransactionByHash(Hash hash);
    QCoro::Task<Result<std::optional<Receipt>>> getTransactionReceipt(Hash hash);

    // eth_getLogs over a numeric range in chunks of at most options.maxBlockRange blocks, in
    // order; a chunk the node refuses as too large or too full is split in halves (and later
    // chunks shrink accordingly). Tags are resolved to numbers first.
    QCoro::Task<Result<std::vector<Log>>> getLogs(LogFilter filter, LogQueryOptions options = {});

    QCoro::Task<Result<QString>> newFilter(LogFilter filter);
    QCoro::Task<Result<std::vector<Log>>> getFilterChanges(QString filterId);
    QCoro::Task<Result<bool>> uninstallFilter(QString filterId);

    // Pushed over WebSocket; polled over HTTP every `pollInterval` (zero:
    // ClientSettings::pollInterval).
    QCoro::Task<Result<std::unique_ptr<HeadSubscription>>>
    subscribeNewHeads(CancelToken cancel = {},
                      std::chrono::milliseconds pollInterval = std::chrono::milliseconds{0});
    QCoro::Task<Result<std::unique_ptr<LogSubscription>>> subscribeLogs(LogFilter filter,
                                                                        CancelToken cancel = {});

private:
    QPointer<RpcClient> m_client;
};

// eth_call / eth_estimateGas errors that are reverts (code 3, or "execution reverted"),
// re-labelled ErrorKind::Revert; anything else unchanged.
Error asRevert(Error error);

} // namespace seismic::rpc
