// SPDX-License-Identifier: MIT
// What every example shares: its configuration from the environment (like the reference SDK:
// RPC_URL, WS_URL, PRIVATE_KEY, CONTRACT_ADDRESS, TOKEN_ADDRESS), the client options it starts
// from, how it reports a failure, and how it runs on the Qt event loop.
#pragma once

#include "client/ClientOptions.h"
#include "client/WalletClient.h"
#include "core/Address.h"
#include "core/PrivateKey.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QUrl>

#include <memory>
#include <string_view>

namespace examples {

// The configuration, from the environment like the reference SDK's examples. Each example
// checks only what it uses (firstError); a missing or malformed variable is InvalidArgument.
struct Config
{
    seismic::Result<QUrl> rpcUrl;              // RPC_URL
    seismic::Result<QUrl> wsUrl;               // WS_URL
    seismic::Result<seismic::PrivateKey> key;  // PRIVATE_KEY (64 hex digits); never printed
    seismic::Result<seismic::Address> counter; // CONTRACT_ADDRESS: a SeismicCounter
    seismic::Result<seismic::Address> token;   // TOKEN_ADDRESS: an SRC20 token
};
Config loadConfig();

// Options for one endpoint. The devnet mines every transaction at once, so over HTTP new heads
// (and with them receipts) are polled every 200 ms instead of the default 2 s.
seismic::client::ClientOptions exampleOptions(QUrl url);

// A wallet client for `key` over `url` with exampleOptions(), as basic_client.cpp connects one;
// the configuration error if either is one.
QCoro::Task<seismic::Result<std::unique_ptr<seismic::client::WalletClient>>>
connectWallet(seismic::Result<QUrl> url, seismic::Result<seismic::PrivateKey> key);

// The error of the first of `results` that failed, or null when all hold a value.
template<typename... Ts>
const seismic::Error* firstError(const seismic::Result<Ts>&... results)
{
    const seismic::Error* error = nullptr;
    ((error = error || results ? error : &results.error()), ...);
    return error;
}

// Prints "error: <what>: <kind>: <message>" to stderr; the exit code 1.
int fail(std::string_view what, const seismic::Error& error);

// Runs `body` on the Qt event loop and returns its exit code.
int runExample(int argc, char* argv[], QCoro::Task<int> (*body)());

} // namespace examples
