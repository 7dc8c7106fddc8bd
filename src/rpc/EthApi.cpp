// SPDX-License-Identifier: MIT
#include "rpc/EthApi.h"

#include "core/Hex.h"
#include "rpc/JsonDecode.h"
#include "rpc/MethodPolicy.h"
#include "rpc/RpcClient.h"
#include "rpc/Transport.h"

#include <algorithm>
#include <deque>

namespace seismic::rpc {

namespace {

Error clientGone()
{
    return makeError(ErrorKind::Cancelled, "the RPC client is gone");
}

QString hexString(const std::string& text)
{
    return QString::fromStdString(text);
}

template<typename T>
Result<std::optional<T>> decodeNullable(const QJsonValue& value)
{
    if (value.isNull())
        return std::optional<T>();
    auto decoded = T::fromJson(value);
    if (!decoded)
        return std::move(decoded).error();
    return std::optional<T>(std::move(decoded).value());
}

Result<std::vector<Log>> decodeLogs(const QJsonValue& value)
{
    return Log::listFromJson(value);
}

QCoro::Task<Result<std::vector<Log>>> queryLogs(QPointer<RpcClient> client, QJsonObject query,
                                                CancelToken cancel)
{
    if (!client)
        co_return clientGone();
    const QJsonArray params{query};
    co_return co_await client->callAs<std::vector<Log>>(QStringLiteral("eth_getLogs"), params,
                                                        decodeLogs, CallOptions(cancel));
}

// The block number a BlockId stands for, asking the node where needed.
QCoro::Task<Result<std::uint64_t>> resolveNumber(QPointer<RpcClient> client, BlockId block,
                                                 CancelToken cancel)
{
    if (block.isNumber())
        co_return block.blockNumber();
    if (block.isTag() && block.tag() == BlockTag::Earliest)
        co_return std::uint64_t{0};
    if (!client)
        co_return clientGone();
    if (block.isTag() && (block.tag() == BlockTag::Latest || block.tag() == BlockTag::Pending))
        co_return co_await client->callAs<std::uint64_t>(
            QStringLiteral("eth_blockNumber"), QJsonArray(), decodeU64, CallOptions(cancel));
    EthApi eth(client);
    auto found = co_await eth.getBlock(block);
    if (!found)
        co_return std::move(found).error();
    if (!*found || !(*found)->number)
        co_return makeError(ErrorKind::NotFound, "no block for " + block.describe());
    co_return *(*found)->number;
}

} // namespace

Error asRevert(Error error)
{
    if (error.kind != ErrorKind::JsonRpc)
        return error;
    if (error.code == 3 || error.message.rfind("execution reverted", 0) == 0)
        error.kind = ErrorKind::Revert;
    return error;
}

EthApi::EthApi(RpcClient* client)
    : m_client(client)
{}

QCoro::Task<Result<std::uint64_t>> EthApi::chainId()
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    co_return co_await client->callAs<std::uint64_t>(QStringLiteral("eth_chainId"), QJsonArray(),
                                                     decodeU64);
}

QCoro::Task<Result<std::uint64_t>> EthApi::blockNumber()
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    co_return co_await client->callAs<std::uint64_t>(QStringLiteral("eth_blockNumber"),
                                                     QJsonArray(), decodeU64);
}

QCoro::Task<Result<Uint256>> EthApi::gasPrice()
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    co_return co_await client->callAs<Uint256>(QStringLiteral("eth_gasPrice"), QJsonArray(),
                                               decodeUint256);
}

QCoro::Task<Result<Uint256>> EthApi::maxPriorityFeePerGas()
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    co_return co_await client->callAs<Uint256>(QStringLiteral("eth_maxPriorityFeePerGas"),
                                               QJsonArray(), decodeUint256);
}

QCoro::Task<Result<Uint256>> EthApi::getBalance(Address account, BlockId block)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{hexString(account.lowerHex()), block.toJson()};
    co_return co_await client->callAs<Uint256>(QStringLiteral("eth_getBalance"), params,
                                               decodeUint256);
}

QCoro::Task<Result<std::uint64_t>> EthApi::getTransactionCount(Address account, BlockId block)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{hexString(account.lowerHex()), block.toJson()};
    co_return co_await client->callAs<std::uint64_t>(QStringLiteral("eth_getTransactionCount"),
                                                     params, decodeU64);
}

QCoro::Task<Result<std::optional<Block>>> EthApi::getBlock(BlockId block, bool fullTransactions)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    QJsonArray params;
    QString method;
    if (block.isHash()) {
        method = QStringLiteral("eth_getBlockByHash");
        params = QJsonArray{hexString(block.blockHash().hex()), fullTransactions};
    } else {
        method = QStringLiteral("eth_getBlockByNumber");
        params = QJsonArray{block.toJson(), fullTransactions};
    }
    co_return co_await client->callAs<std::optional<Block>>(method, params, decodeNullable<Block>);
}

QCoro::Task<Result<Bytes>> EthApi::call(CallRequest request, BlockId block)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{request.toJson(), block.toJson()};
    auto output = co_await client->callAs<Bytes>(QStringLiteral("eth_call"), params, decodeBytes);
    if (!output)
        co_return asRevert(std::move(output).error());
    co_return output;
}

QCoro::Task<Result<std::uint64_t>> EthApi::estimateGas(CallRequest request,
                                                       std::optional<BlockId> block)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    QJsonArray params{request.toJson()};
    if (block)
        params.append(block->toJson());
    auto gas = co_await client->callAs<std::uint64_t>(QStringLiteral("eth_estimateGas"), params,
                                                      decodeU64);
    if (!gas)
        co_return asRevert(std::move(gas).error());
    co_return gas;
}

QCoro::Task<Result<Hash>> EthApi::sendRawTransaction(Bytes signedTransaction)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{hexString(toHex(signedTransaction))};
    co_return co_await client->callAs<Hash>(QStringLiteral("eth_sendRawTransaction"), params,
                                            decodeHash);
}

QCoro::Task<Result<std::optional<Transaction>>> EthApi::getTransactionByHash(Hash hash)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{hexString(hash.hex())};
    co_return co_await client->callAs<std::optional<Transaction>>(
        QStringLiteral("eth_getTransactionByHash"), params, decodeNullable<Transaction>);
}

QCoro::Task<Result<std::optional<Receipt>>> EthApi::getTransactionReceipt(Hash hash)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{hexString(hash.hex())};
    co_return co_await client->callAs<std::optional<Receipt>>(
        QStringLiteral("eth_getTransactionReceipt"), params, decodeNullable<Receipt>);
}

QCoro::Task<Result<std::vector<Log>>> EthApi::getLogs(LogFilter filter, LogQueryOptions options)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    if (filter.blockHash || options.maxBlockRange == 0)
        co_return co_await queryLogs(client, filter.toJson(), options.cancel);

    auto from = co_await resolveNumber(client, filter.fromBlock.value_or(BlockId::latest()),
                                       options.cancel);
    if (!from)
        co_return std::move(from).error();
    auto to =
        co_await resolveNumber(client, filter.toBlock.value_or(BlockId::latest()), options.cancel);
    if (!to)
        co_return std::move(to).error();
    std::vector<Log> logs;
    if (*to < *from)
        co_return logs;

    const auto minimum = std::max<std::uint64_t>(options.minBlockRange, 1);
    auto span = std::max(options.maxBlockRange, minimum);
    std::uint64_t next = *from; // first block not yet scheduled
    std::deque<std::pair<std::uint64_t, std::uint64_t>> ranges;
    for (;;) {
        if (ranges.empty()) {
            if (next > *to)
                break;
            const auto last = *to - next < span ? *to : next + span - 1;
            ranges.emplace_back(next, last);
            next = last + 1;
        }
        if (ranges.front().second - ranges.front().first + 1 > span) {
            // Scheduled before the node refused a wider range: cut it to the current span.
            const auto [first, last] = ranges.front();
            ranges.front().second = first + span - 1;
            ranges.insert(ranges.begin() + 1, {first + span, last});
        }
        const auto [first, last] = ranges.front();
        auto query = filter;
        query.fromBlock = BlockId::number(first);
        query.toBlock = BlockId::number(last);
        auto chunk = co_await queryLogs(client, query.toJson(), options.cancel);
        if (chunk) {
            ranges.pop_front();
            logs.insert(logs.end(), std::make_move_iterator(chunk->begin()),
                        std::make_move_iterator(chunk->end()));
            continue;
        }
        const auto width = last - first + 1;
        if (!isRangeTooLargeError(chunk.error()) || width <= minimum) {
            auto error = std::move(chunk).error();
            error.message = "eth_getLogs for blocks " + std::to_string(first) + ".." +
                            std::to_string(last) + ": " + error.message;
            co_return error;
        }
        // Too wide or too full: halve it, and make later chunks no wider.
        const auto middle = first + width / 2 - 1;
        ranges.pop_front();
        ranges.emplace_front(middle + 1, last);
        ranges.emplace_front(first, middle);
        span = std::max(minimum, std::min(span, width / 2));
    }
    co_return logs;
}

QCoro::Task<Result<QString>> EthApi::newFilter(LogFilter filter)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{filter.toJson()};
    co_return co_await client->callAs<QString>(QStringLiteral("eth_newFilter"), params,
                                               decodeString);
}

QCoro::Task<Result<std::vector<Log>>> EthApi::getFilterChanges(QString filterId)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{filterId};
    co_return co_await client->callAs<std::vector<Log>>(QStringLiteral("eth_getFilterChanges"),
                                                        params, decodeLogs);
}

QCoro::Task<Result<bool>> EthApi::uninstallFilter(QString filterId)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{filterId};
    co_return co_await client->callAs<bool>(QStringLiteral("eth_uninstallFilter"), params,
                                            decodeBool);
}

QCoro::Task<Result<std::unique_ptr<HeadSubscription>>>
EthApi::subscribeNewHeads(CancelToken cancel, std::chrono::milliseconds pollInterval)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{QStringLiteral("newHeads")};
    auto subscription = co_await client->subscribe(params, std::move(cancel), pollInterval);
    if (!subscription)
        co_return std::move(subscription).error();
    co_return std::make_unique<HeadSubscription>(std::move(subscription).value());
}

QCoro::Task<Result<std::unique_ptr<LogSubscription>>> EthApi::subscribeLogs(LogFilter filter,
                                                                            CancelToken cancel)
{
    auto client = m_client;
    if (!client)
        co_return clientGone();
    const QJsonArray params{QStringLiteral("logs"), filter.toSubscriptionJson()};
    auto subscription = co_await client->subscribe(params, std::move(cancel));
    if (!subscription)
        co_return std::move(subscription).error();
    co_return std::make_unique<LogSubscription>(std::move(subscription).value());
}

} // namespace seismic::rpc
