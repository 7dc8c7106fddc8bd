// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/RpcRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <vector>

namespace seismic::rpc {

// JSON-RPC 2.0 wire format: request encoding and response decoding with precise errors.

QByteArray encodeRequest(std::uint64_t id, const QString& method, const QJsonArray& params);
// A batch: requests[i] is sent under id firstId + i.
QByteArray encodeBatch(std::uint64_t firstId, const std::vector<RpcRequest>& requests);

// The JSON-RPC error object as an Error of kind JsonRpc: code and message as sent; data as its
// compact JSON text, or the string itself when it is a string (revert data "0x…").
Error errorFromObject(const QJsonObject& error);

// One response object: its result, its error, or a Decode error if it is neither.
Result<QJsonValue> resultFromResponse(const QJsonObject& response);

// The id of a response object, when it is a non-negative integer.
std::optional<std::uint64_t> responseId(const QJsonObject& response);

// A whole body answering a single request sent with `id`.
Result<QJsonValue> decodeResponse(const QByteArray& body, std::uint64_t id);

// A whole body answering a batch sent with ids firstId .. firstId + count - 1. Entries are
// matched by id (servers may reorder); a missing entry is a Decode error for that call; an id
// answered twice, or a body that is one error object instead of an array (a server refusing
// batches), fails every call.
std::vector<Result<QJsonValue>> decodeBatchResponse(const QByteArray& body, std::uint64_t firstId,
                                                    std::size_t count);

} // namespace seismic::rpc
