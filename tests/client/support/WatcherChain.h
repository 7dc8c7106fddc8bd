// SPDX-License-Identifier: MIT
// A scripted chain behind a MockTransport, for TransferWatcher tests without a node: blocks of
// logs with hashes and parents, eth_blockNumber, eth_getBlockByNumber/ByHash (orphaned blocks
// stay known by hash), eth_getLogs by range or block hash with real filter matching
// (optionally refusing wide ranges, failing a number of times, or answered by a backend that
// lags behind), eth_newFilter/eth_getFilterChanges (or refusing them), and "logs"
// subscriptions fed as blocks are mined or reorganised.
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"
#include "rpc/MockTransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <cstdint>
#include <vector>

namespace testing {

// An ERC20 Transfer / SRC20 Transfer log body (address, topics, data); the chain adds the rest.
QJsonObject erc20TransferJson(const seismic::Address& token, const seismic::Address& from,
                              const seismic::Address& to, const seismic::Uint256& amount);
QJsonObject src20TransferJson(const seismic::Address& token, const seismic::Address& from,
                              const seismic::Address& to, const seismic::Hash& keyHash,
                              seismic::ByteView payload);

class WatcherChain
{
public:
    explicit WatcherChain(seismic::rpc::MockTransport* mock);

    // A new block holding `logs` (block fields, transaction hashes and log indexes filled in);
    // live subscriptions receive them unless `push` is false (a notification lost in transit).
    std::uint64_t mine(std::vector<QJsonObject> logs, bool push = true);
    // Blocks without logs.
    void mineEmpty(int count);
    // Undoes the newest block (subscriptions receive its logs with removed: true, unless `push`
    // is false), then mines `replacement` at the same height with another block hash.
    std::uint64_t reorgLast(std::vector<QJsonObject> replacement, bool push = true);
    // Undoes the newest `depth` blocks, then mines `replacement` (one entry per block) on the
    // block below them. Returns the new head.
    std::uint64_t reorg(int depth, std::vector<std::vector<QJsonObject>> replacement,
                        bool push = true);

    std::uint64_t head() const { return m_head; }
    // The canonical hash of block `number` (at most the head).
    seismic::Hash blockHash(std::uint64_t number) const { return m_hashes.value(number); }
    // Every log on the chain (in order) that `filter` (eth_getLogs JSON) selects.
    QJsonArray logs(const QJsonObject& filter, std::uint64_t from, std::uint64_t to) const;
    // A log as stored on the chain, by block and position in it.
    QJsonObject logAt(std::uint64_t block, int index) const;

    // How eth_getLogs refuses a range above setMaxRange.
    enum class Refusal
    {
        RangeError,    // JSON-RPC -32005 "block range too large"
        HttpTooLarge,  // HTTP 413
        OversizedBody, // the answer exceeds the transport's size limit (ErrorKind::Decode)
    };
    // eth_getLogs over more than this many blocks is refused.
    void setMaxRange(std::uint64_t blocks, Refusal refusal = Refusal::RangeError)
    {
        m_maxRange = blocks;
        m_refusal = refusal;
    }
    // eth_getLogs is answered by a backend `blocks` behind the head (everything else is not):
    // a range is cut at its head, a block it lacks by hash is "unknown block".
    void setLogsLag(std::uint64_t blocks) { m_logsLag = blocks; }
    // eth_getBlockByHash no longer finds orphaned blocks (a node that pruned them).
    void forgetOrphans() { m_orphans.clear(); }
    // The next `count` eth_getLogs fail with a transport error.
    void failGetLogs(int count) { m_failGetLogs = count; }
    // eth_newFilter answers -32601 (a node without filters).
    void setFiltersSupported(bool supported) { m_filters = supported; }
    // Feeds a raw JSON value to every live subscription (malformed notifications).
    void pushRaw(const QJsonValue& value);

    int getLogsCalls() const { return m_getLogsCalls; }
    // The block hashes eth_getLogs was asked for, in order.
    const std::vector<seismic::Hash>& queriedHashes() const { return m_queriedHashes; }
    // The [from, to] ranges of the eth_getLogs calls, in order.
    const std::vector<std::pair<std::uint64_t, std::uint64_t>>& queriedRanges() const
    {
        return m_ranges;
    }

private:
    seismic::Result<QJsonValue> handle(const seismic::rpc::RpcRequest& request);
    seismic::Result<QJsonValue> getLogs(const QJsonObject& filter);
    QJsonValue header(std::uint64_t number, const seismic::Hash& hash,
                      const seismic::Hash& parent) const;
    void push(const QJsonObject& log);

    seismic::rpc::MockTransport* m_mock;
    std::uint64_t m_head = 0;
    int m_reorgs = 0;
    QMap<std::uint64_t, std::vector<QJsonObject>> m_blocks;
    QMap<std::uint64_t, seismic::Hash> m_hashes; // canonical, genesis included
    // Orphaned blocks by hash: number and parent.
    QMap<seismic::Hash, std::pair<std::uint64_t, seismic::Hash>> m_orphans;
    std::uint64_t m_maxRange = 0;
    Refusal m_refusal = Refusal::RangeError;
    std::uint64_t m_logsLag = 0;
    std::vector<seismic::Hash> m_queriedHashes;
    int m_failGetLogs = 0;
    bool m_filters = true;
    int m_getLogsCalls = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> m_ranges;
    // eth_newFilter id -> (filter, last block reported)
    QMap<QString, std::pair<QJsonObject, std::uint64_t>> m_installed;
};

} // namespace testing
