// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"
#include "core/PublicKey.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>

namespace seismic::app {

class SettingsModel;

// What a node of a network says about itself: its chain and its TEE encryption key.
struct NetworkProbeResult
{
    quint64 chainId;
    PublicKey teePublicKey;
};

// "Test connection": connects once to the network's endpoints under the current connection
// settings, reads eth_chainId and seismic_getTeePublicKey, and closes. The network's chain id
// and name are not required (0 is allowed: the chain id is what the probe finds out); every other
// problem() of the network is an InvalidArgument error. A chain id given must be the node's. Runs
// on the event loop, never blocking it; the settings are read before it returns. What keeps the
// network from being probed (translated), or an empty string.
QString probeProblem(const NetworkConfig& network);

QCoro::Task<Result<NetworkProbeResult>> probeNetwork(NetworkConfig network,
                                                     const SettingsModel& settings);

} // namespace seismic::app
