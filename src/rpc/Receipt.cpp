// SPDX-License-Identifier: MIT
#include "rpc/Receipt.h"

#include "rpc/JsonDecode.h"

namespace seismic::rpc {

Result<Receipt> Receipt::fromJson(const QJsonValue& value)
{
    FieldReader read(value, "receipt");
    Receipt receipt;
    receipt.transactionHash = read.required("transactionHash", decodeHash);
    receipt.transactionIndex = read.required("transactionIndex", decodeU64);
    receipt.blockHash = read.required("blockHash", decodeHash);
    receipt.blockNumber = read.required("blockNumber", decodeU64);
    receipt.from = read.required("from", decodeAddress);
    receipt.to = read.optional("to", decodeAddress);
    receipt.contractAddress = read.optional("contractAddress", decodeAddress);
    receipt.cumulativeGasUsed = read.required("cumulativeGasUsed", decodeU64);
    receipt.gasUsed = read.required("gasUsed", decodeU64);
    receipt.effectiveGasPrice = read.optional("effectiveGasPrice", decodeUint256);
    receipt.status = read.optional("status", decodeU64);
    receipt.type = read.optional("type", decodeU64).value_or(0);
    if (!read.ok())
        return read.error();
    auto logs = Log::listFromJson(read.object().value("logs"));
    if (!logs) {
        auto error = std::move(logs).error();
        error.message = "receipt: logs: " + error.message;
        return error;
    }
    receipt.logs = std::move(logs).value();
    receipt.json = read.object();
    return receipt;
}

} // namespace seismic::rpc
