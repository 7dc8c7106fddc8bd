// SPDX-License-Identifier: MIT
// A scripted chain behind a MockTransport, for TransferWatcher tests without a node: blocks of
// logs, eth_blockNumber, eth_getLogs with real filter matching (optionally refusing wide
// ranges, or failing a number of times), eth_newFilter/eth_getFilterChanges (or refusing
// them), and "logs" subscriptions fed as blocks are mined or reorganised.
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

    std::uint64_t head() const { return m_head; }
    // Every log on the chain (in order) that `filter` (eth_getLogs JSON) selects.
    QJsonArray logs(const QJsonObject& filter, std::uint64_t from, std::uint64_t to) const;
    // A log as stored on the chain, by block and position in it.
    QJsonObject logAt(std::uint64_t block, int index) const;

    // eth_getLogs over more than this many blocks fails with "block range too large".
    void setMaxRange(std::uint64_t blocks) { m_maxRange = blocks; }
    // The next `count` eth_getLogs fail with a transport error.
    void failGetLogs(int count) { m_failGetLogs = count; }
    // eth_newFilter answers -32601 (a node without filters).
    void setFiltersSupported(bool supported) { m_filters = supported; }
    // Feeds a raw JSON value to every live subscription (malformed notifications).
    void pushRaw(const QJsonValue& value);

    int getLogsCalls() const { return m_getLogsCalls; }
    // The [from, to] ranges of the eth_getLogs calls, in order.
    const std::vector<std::pair<std::uint64_t, std::uint64_t>>& queriedRanges() const
    {
        return m_ranges;
    }

private:
    seismic::Result<QJsonValue> handle(const seismic::rpc::RpcRequest& request);
    void push(const QJsonObject& log);

    seismic::rpc::MockTransport* m_mock;
    std::uint64_t m_head = 0;
    int m_reorgs = 0;
    QMap<std::uint64_t, std::vector<QJsonObject>> m_blocks;
    std::uint64_t m_maxRange = 0;
    int m_failGetLogs = 0;
    bool m_filters = true;
    int m_getLogsCalls = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> m_ranges;
    // eth_newFilter id -> (filter, last block reported)
    QMap<QString, std::pair<QJsonObject, std::uint64_t>> m_installed;
};

} // namespace testing
