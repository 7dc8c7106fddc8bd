// SPDX-License-Identifier: MIT
#include "WatcherChain.h"

#include "core/Hex.h"
#include "core/Keccak.h"
#include "rpc/MockSubscription.h"

namespace testing {

using namespace seismic;

namespace {

QString hexOf(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

QString quantity(std::uint64_t value)
{
    return QString::fromStdString(toQuantity(Uint256(value)));
}

QString addressTopicHex(const Address& address)
{
    Bytes word(12, 0);
    append(word, address.view());
    return hexOf(word);
}

Hash hashOf(const std::string& text)
{
    return keccak256(asBytes(text));
}

bool matchesOne(const QJsonValue& wanted, const QString& actual)
{
    if (wanted.isNull() || wanted.isUndefined())
        return true;
    if (wanted.isString())
        return wanted.toString().compare(actual, Qt::CaseInsensitive) == 0;
    for (const auto& alternative : wanted.toArray()) {
        if (alternative.toString().compare(actual, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool matches(const QJsonObject& filter, const QJsonObject& log)
{
    if (!matchesOne(filter.value("address"), log.value("address").toString()))
        return false;
    const auto wanted = filter.value("topics").toArray();
    const auto topics = log.value("topics").toArray();
    if (wanted.size() > topics.size())
        return false;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (!matchesOne(wanted.at(i), topics.at(i).toString()))
            return false;
    }
    return true;
}

std::uint64_t blockParam(const QJsonValue& value, std::uint64_t head)
{
    if (!value.isString() || value.toString() == QLatin1String("latest"))
        return head;
    if (value.toString() == QLatin1String("earliest"))
        return 0;
    return static_cast<std::uint64_t>(*parseQuantity(value.toString().toStdString()));
}

Result<QJsonValue> rpcError(int code, const std::string& message)
{
    Error error = makeError(ErrorKind::JsonRpc, message);
    error.code = code;
    return error;
}

} // namespace

QJsonObject erc20TransferJson(const Address& token, const Address& from, const Address& to,
                              const Uint256& amount)
{
    return QJsonObject{
        {"address", QString::fromStdString(token.lowerHex())},
        {"topics", QJsonArray{"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
                              addressTopicHex(from), addressTopicHex(to)}},
        {"data", hexOf(toWord(amount).view())}};
}

QJsonObject src20TransferJson(const Address& token, const Address& from, const Address& to,
                              const Hash& keyHash, ByteView payload)
{
    Bytes data = toWord(Uint256(32)).toBytes();
    append(data, toWord(Uint256(payload.size())).view());
    append(data, payload);
    data.resize(64 + (payload.size() + 31) / 32 * 32, 0);
    return QJsonObject{
        {"address", QString::fromStdString(token.lowerHex())},
        {"topics", QJsonArray{"0x80ffa007a69623ef13594f5e8178eee6c4ef2d0cba74c08329e879f695b7d3f6",
                              addressTopicHex(from), addressTopicHex(to), hexOf(keyHash.view())}},
        {"data", hexOf(data)}};
}

WatcherChain::WatcherChain(rpc::MockTransport* mock)
    : m_mock(mock)
{
    m_hashes.insert(0, hashOf("genesis"));
    m_mock->setHandler([this](const rpc::RpcRequest& request) { return handle(request); });
}

std::uint64_t WatcherChain::mine(std::vector<QJsonObject> logs, bool pushLive)
{
    const auto number = ++m_head;
    const auto blockHash =
        hashOf("block " + std::to_string(number) + "/" + std::to_string(m_reorgs));
    for (std::size_t i = 0; i < logs.size(); ++i) {
        auto& log = logs[i];
        log.insert("blockNumber", quantity(number));
        log.insert("blockHash", hexOf(blockHash.view()));
        if (!log.contains("transactionHash"))
            log.insert("transactionHash",
                       hexOf(hashOf("tx " + std::to_string(number) + "/" + std::to_string(i) + "/" +
                                    std::to_string(m_reorgs))
                                 .view()));
        log.insert("transactionIndex", quantity(i));
        log.insert("logIndex", quantity(i));
        log.insert("removed", false);
    }
    m_blocks.insert(number, logs);
    m_hashes.insert(number, blockHash);
    if (pushLive) {
        for (const auto& log : logs)
            push(log);
    }
    return number;
}

void WatcherChain::mineEmpty(int count)
{
    for (int i = 0; i < count; ++i)
        mine({});
}

std::uint64_t WatcherChain::reorgLast(std::vector<QJsonObject> replacement, bool pushLive)
{
    return reorg(1, {std::move(replacement)}, pushLive);
}

std::uint64_t WatcherChain::reorg(int depth, std::vector<std::vector<QJsonObject>> replacement,
                                  bool pushLive)
{
    for (int i = 0; i < depth; ++i) {
        const auto undone = m_blocks.take(m_head);
        const auto hash = m_hashes.take(m_head);
        m_orphans.insert(hash, {m_head, m_hashes.value(m_head - 1)});
        --m_head;
        if (pushLive) {
            for (auto log : undone) {
                log.insert("removed", true);
                push(log);
            }
        }
    }
    ++m_reorgs;
    for (auto& logs : replacement)
        mine(std::move(logs), pushLive);
    return m_head;
}

QJsonArray WatcherChain::logs(const QJsonObject& filter, std::uint64_t from, std::uint64_t to) const
{
    QJsonArray selected;
    for (auto block = m_blocks.lowerBound(from); block != m_blocks.end() && block.key() <= to;
         ++block) {
        for (const auto& log : block.value()) {
            if (matches(filter, log))
                selected.append(log);
        }
    }
    return selected;
}

QJsonObject WatcherChain::logAt(std::uint64_t block, int index) const
{
    return m_blocks.value(block).at(static_cast<std::size_t>(index));
}

void WatcherChain::pushRaw(const QJsonValue& value)
{
    for (auto* subscription : m_mock->subscriptions())
        subscription->push(value);
}

void WatcherChain::push(const QJsonObject& log)
{
    for (auto* subscription : m_mock->subscriptions()) {
        if (subscription->kind() == QLatin1String("logs") &&
            matches(subscription->params().at(1).toObject(), log))
            subscription->push(log);
    }
}

Result<QJsonValue> WatcherChain::handle(const rpc::RpcRequest& request)
{
    const auto& method = request.method;
    if (method == QLatin1String("eth_blockNumber"))
        return QJsonValue(quantity(m_head));
    if (method == QLatin1String("eth_getLogs"))
        return getLogs(request.params.at(0).toObject());
    if (method == QLatin1String("eth_getBlockByNumber")) {
        const auto number = blockParam(request.params.at(0), m_head);
        if (!m_hashes.contains(number))
            return QJsonValue(QJsonValue::Null);
        return header(number, m_hashes.value(number), m_hashes.value(number - 1));
    }
    if (method == QLatin1String("eth_getBlockByHash")) {
        const auto hash = *Hash::fromHex(request.params.at(0).toString().toStdString());
        if (const auto orphan = m_orphans.find(hash); orphan != m_orphans.end())
            return header(orphan->first, hash, orphan->second);
        for (auto block = m_hashes.begin(); block != m_hashes.end(); ++block) {
            if (block.value() == hash)
                return header(block.key(), hash, m_hashes.value(block.key() - 1));
        }
        return QJsonValue(QJsonValue::Null);
    }
    if (method == QLatin1String("eth_newFilter")) {
        if (!m_filters)
            return rpcError(-32601, "the method eth_newFilter does not exist/is not available");
        const auto id = QStringLiteral("0x%1").arg(m_installed.size() + 1);
        m_installed.insert(id, {request.params.at(0).toObject(), m_head});
        return QJsonValue(id);
    }
    if (method == QLatin1String("eth_getFilterChanges")) {
        const auto id = request.params.at(0).toString();
        if (!m_installed.contains(id))
            return rpcError(-32000, "filter not found");
        auto& [filter, last] = m_installed[id];
        const auto changes = logs(filter, last + 1, m_head);
        last = m_head;
        return QJsonValue(changes);
    }
    if (method == QLatin1String("eth_uninstallFilter"))
        return QJsonValue(m_installed.remove(request.params.at(0).toString()) > 0);
    return rpcError(-32601, "the method " + method.toStdString() + " does not exist");
}

Result<QJsonValue> WatcherChain::getLogs(const QJsonObject& filter)
{
    ++m_getLogsCalls;
    if (m_failGetLogs > 0) {
        --m_failGetLogs;
        return makeError(ErrorKind::Transport, "connection reset by peer");
    }
    const auto known = m_head - std::min(m_head, m_logsLag); // the answering backend's head
    if (filter.contains("blockHash")) {
        const auto hash = *Hash::fromHex(filter.value("blockHash").toString().toStdString());
        m_queriedHashes.push_back(hash);
        for (auto block = m_hashes.begin(); block != m_hashes.end(); ++block) {
            if (block.value() == hash && block.key() <= known)
                return QJsonValue(logs(filter, block.key(), block.key()));
        }
        return rpcError(-32000, "unknown block");
    }
    const auto from = blockParam(filter.value("fromBlock"), m_head);
    const auto to = blockParam(filter.value("toBlock"), m_head);
    m_ranges.emplace_back(from, to);
    if (m_maxRange != 0 && to >= from && to - from + 1 > m_maxRange) {
        switch (m_refusal) {
        case Refusal::RangeError:
            return rpcError(-32005, "block range too large: limited to " +
                                        std::to_string(m_maxRange) + " blocks");
        case Refusal::HttpTooLarge: {
            Error error = makeError(ErrorKind::ResponseTooLarge, "HTTP 413 Payload Too Large");
            error.code = 413;
            return error;
        }
        case Refusal::OversizedBody:
            return makeError(ErrorKind::ResponseTooLarge,
                             "http://127.0.0.1:8545: response body exceeds the limit of 16777216 "
                             "bytes");
        }
    }
    return QJsonValue(logs(filter, from, std::min(to, known)));
}

QJsonValue WatcherChain::header(std::uint64_t number, const Hash& hash, const Hash& parent) const
{
    return QJsonObject{{"number", quantity(number)},
                       {"hash", hexOf(hash.view())},
                       {"parentHash", hexOf(parent.view())},
                       {"timestamp", quantity(1'700'000'000 + number)},
                       {"miner", "0x0000000000000000000000000000000000000000"},
                       {"gasLimit", quantity(30'000'000)},
                       {"gasUsed", quantity(0)},
                       {"transactions", QJsonArray()}};
}

} // namespace testing
