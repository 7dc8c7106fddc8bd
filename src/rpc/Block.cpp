// SPDX-License-Identifier: MIT
#include "rpc/Block.h"

#include "rpc/JsonDecode.h"

#include <QJsonArray>

namespace seismic::rpc {

Result<Block> Block::fromJson(const QJsonValue& value)
{
    FieldReader read(value, "block");
    Block block;
    block.number = read.optional("number", decodeU64);
    block.hash = read.optional("hash", decodeHash);
    block.parentHash = read.required("parentHash", decodeHash);
    block.timestamp = read.required("timestamp", decodeU64);
    block.miner = read.required("miner", decodeAddress);
    block.gasLimit = read.required("gasLimit", decodeU64);
    block.gasUsed = read.required("gasUsed", decodeU64);
    block.baseFeePerGas = read.optional("baseFeePerGas", decodeUint256);
    if (!read.ok())
        return read.error();
    const auto transactions = read.object().value("transactions");
    if (transactions.isArray()) {
        const auto array = transactions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto entry = array.at(i);
            if (entry.isObject()) {
                auto tx = Transaction::fromJson(entry);
                if (!tx) {
                    auto error = std::move(tx).error();
                    error.message =
                        "block: transaction " + std::to_string(i) + ": " + error.message;
                    return error;
                }
                block.transactionHashes.push_back(tx->hash);
                block.transactions.push_back(std::move(tx).value());
                continue;
            }
            auto hash = decodeHash(entry);
            if (!hash) {
                auto error = std::move(hash).error();
                error.message = "block: transaction " + std::to_string(i) + ": " + error.message;
                return error;
            }
            block.transactionHashes.push_back(*hash);
        }
    } else if (!transactions.isUndefined() && !transactions.isNull()) {
        return makeError(ErrorKind::Decode, "block: field \"transactions\": expected an array");
    }
    block.json = read.object();
    return block;
}

} // namespace seismic::rpc
