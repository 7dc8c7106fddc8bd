// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <QString>

#include <functional>

namespace seismic::rpc {

// May the call be sent again without changing the outcome? False for anything that submits
// (every "*_send*" method, eth_sendRawTransaction first of all), creates or consumes server
// state (filters, subscriptions, eth_getFilterChanges) or drives a dev node (evm_*, anvil_*,
// hardhat_*). Retry, reconnect and failover never re-send a non-idempotent call.
bool isIdempotentMethod(const QString& method);
using IdempotencyPolicy = std::function<bool(const QString& method)>;

// An eth_getLogs query the node refuses as too wide or too big ("block range too large",
// "query returned more than 10000 results", "log response size exceeded", ...), or an answer
// over the response size limit or HTTP 413 (ErrorKind::ResponseTooLarge): split it.
bool isRangeTooLargeError(const Error& error);

// The server asked us to slow down: HTTP 429, JSON-RPC code 429 or -32005, or a message about
// a rate limit / too many requests.
bool isRateLimitError(const Error& error);

// Worth trying again (for an idempotent call): refused connections, other transport failures,
// timeouts, HTTP 408, 425, 429, 500, 502, 503, 504, and rate-limit errors. Never a JSON-RPC
// answer such as a revert, and never what waiting does not fix: a host name that does not
// resolve, a rejected TLS certificate, a server that breaks the protocol.
bool isRetryableError(const Error& error);
using RetryPolicy = std::function<bool(const Error& error)>;

} // namespace seismic::rpc
