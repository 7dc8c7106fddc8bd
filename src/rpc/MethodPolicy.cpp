// SPDX-License-Identifier: MIT
#include "rpc/MethodPolicy.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cctype>

namespace seismic::rpc {

bool isIdempotentMethod(const QString& method)
{
    static const QSet<QString> kStateful = {
        "eth_subscribe",
        "eth_unsubscribe",
        "eth_newFilter",
        "eth_newBlockFilter",
        "eth_newPendingTransactionFilter",
        "eth_getFilterChanges",
        "eth_uninstallFilter",
    };
    static const std::array<QString, 3> kDevPrefixes = {"evm_", "anvil_", "hardhat_"};
    if (method.contains(QLatin1String("_send")) || kStateful.contains(method))
        return false;
    return std::none_of(kDevPrefixes.begin(), kDevPrefixes.end(),
                        [&](const QString& prefix) { return method.startsWith(prefix); });
}

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool containsAny(const std::string& text, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view needle) {
        return text.find(needle) != std::string::npos;
    });
}

} // namespace

bool isRangeTooLargeError(const Error& error)
{
    if (error.kind == ErrorKind::ResponseTooLarge)
        return true;
    if (error.kind != ErrorKind::JsonRpc)
        return false;
    return containsAny(lowered(error.message),
                       {"block range", "range too", "range is too", "too many results", "more than",
                        "max results", "response size", "exceeds max", "too wide", "limited to"});
}

bool isRateLimitError(const Error& error)
{
    if (error.kind == ErrorKind::HttpStatus)
        return error.code == 429;
    if (error.kind != ErrorKind::JsonRpc || isRangeTooLargeError(error))
        return false; // -32005 also means "too many results" at some providers
    if (error.code == 429 || error.code == -32005)
        return true;
    return containsAny(lowered(error.message), {"rate limit", "too many requests"});
}

bool isRetryableError(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::ConnectionRefused: // a node restarting: worth the backoff's few tries
    case ErrorKind::Transport:
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::HttpStatus:
        return error.code == 408 || error.code == 425 || error.code == 429 || error.code == 500 ||
               error.code == 502 || error.code == 503 || error.code == 504;
    case ErrorKind::JsonRpc:
        return isRateLimitError(error);
    default:
        return false;
    }
}

} // namespace seismic::rpc
