// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QUrl>

#include <memory>

namespace seismic::rpc {
class RpcClient;
}

namespace seismic::app {

// The mining of a devnet's anvil, through the devnet's JSON-RPC endpoint (the emulator passes
// anvil's evm_* methods on): paused, transactions stay pending; resumed, what waits is mined.
class DevnetMining
{
public:
    // Fails for a URL that is not a JSON-RPC endpoint (http, https, ws, wss).
    static Result<std::unique_ptr<DevnetMining>> connect(const QUrl& rpcUrl);
    ~DevnetMining();

    QCoro::Task<Status> pause();
    // Mines again, and mines a block at once with what waits.
    QCoro::Task<Status> resume();

private:
    explicit DevnetMining(std::unique_ptr<rpc::RpcClient> rpc);

    std::unique_ptr<rpc::RpcClient> m_rpc;
};

} // namespace seismic::app
