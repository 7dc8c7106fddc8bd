// SPDX-License-Identifier: MIT
#include "rpc/Transaction.h"

#include "rpc/JsonDecode.h"

namespace seismic::rpc {

Result<Transaction> Transaction::fromJson(const QJsonValue& value)
{
    FieldReader read(value, "transaction");
    Transaction tx;
    tx.hash = read.required("hash", decodeHash);
    tx.type = read.optional("type", decodeU64).value_or(0);
    tx.nonce = read.required("nonce", decodeU64);
    tx.from = read.required("from", decodeAddress);
    tx.to = read.optional("to", decodeAddress);
    tx.value = read.required("value", decodeUint256);
    tx.gas = read.required("gas", decodeU64);
    tx.gasPrice = read.optional("gasPrice", decodeUint256);
    tx.maxFeePerGas = read.optional("maxFeePerGas", decodeUint256);
    tx.maxPriorityFeePerGas = read.optional("maxPriorityFeePerGas", decodeUint256);
    tx.chainId = read.optional("chainId", decodeU64);
    tx.input = read.required("input", decodeBytes);
    tx.blockHash = read.optional("blockHash", decodeHash);
    tx.blockNumber = read.optional("blockNumber", decodeU64);
    tx.transactionIndex = read.optional("transactionIndex", decodeU64);
    if (!read.ok())
        return read.error();
    tx.json = read.object();
    return tx;
}

} // namespace seismic::rpc
