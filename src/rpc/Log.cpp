// SPDX-License-Identifier: MIT
#include "rpc/Log.h"

#include "rpc/JsonDecode.h"

#include <QJsonArray>

namespace seismic::rpc {

Result<Log> Log::fromJson(const QJsonValue& value)
{
    FieldReader read(value, "log");
    Log log;
    log.address = read.required("address", decodeAddress);
    log.topics = read.required("topics", decodeHashList);
    log.data = read.required("data", decodeBytes);
    log.blockNumber = read.optional("blockNumber", decodeU64);
    log.blockHash = read.optional("blockHash", decodeHash);
    log.transactionHash = read.optional("transactionHash", decodeHash);
    log.transactionIndex = read.optional("transactionIndex", decodeU64);
    log.logIndex = read.optional("logIndex", decodeU64);
    log.blockTimestamp = read.optional("blockTimestamp", decodeU64);
    log.removed = read.optional("removed", decodeBool).value_or(false);
    if (!read.ok())
        return read.error();
    return log;
}

Result<std::vector<Log>> Log::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return makeError(ErrorKind::Decode, "expected an array of logs");
    std::vector<Log> logs;
    const auto array = value.toArray();
    logs.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto log = fromJson(array.at(i));
        if (!log) {
            auto error = std::move(log).error();
            error.message = "item " + std::to_string(i) + ": " + error.message;
            return error;
        }
        logs.push_back(std::move(log).value());
    }
    return logs;
}

} // namespace seismic::rpc
