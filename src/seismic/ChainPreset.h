// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <string>

namespace seismic {

constexpr std::uint64_t kSeismicTestnetChainId = 5124;
constexpr std::uint64_t kSanvilChainId = 31337;

// A named network: chain id and its default endpoints.
struct ChainPreset
{
    std::string name;
    std::uint64_t chainId = 0;
    std::string rpcUrl;
    std::string wsUrl; // empty when the network has no WebSocket endpoint

    friend bool operator==(const ChainPreset&, const ChainPreset&) = default;
};

// Seismic testnet instance n (n >= 1): https://testnet-n.seismictest.net/rpc and /ws.
Result<ChainPreset> seismicTestnet(int instance = 1);
// A testnet reached through a custom host: https://host/rpc and wss://host/ws.
Result<ChainPreset> seismicTestnetAt(std::string_view host);
// A local sanvil-compatible node (and the devnet): chain 31337 on 127.0.0.1:8545.
ChainPreset sanvil();

} // namespace seismic
