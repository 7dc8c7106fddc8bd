// SPDX-License-Identifier: MIT
#include "seismic/ChainPreset.h"

#include <algorithm>
#include <cctype>

namespace seismic {

Result<ChainPreset> seismicTestnet(int instance)
{
    if (instance < 1)
        return makeError(ErrorKind::InvalidArgument, "testnet instance must be 1 or more");
    auto preset = seismicTestnetAt("testnet-" + std::to_string(instance) + ".seismictest.net");
    preset->name = "Seismic Testnet " + std::to_string(instance);
    return preset;
}

Result<ChainPreset> seismicTestnetAt(std::string_view host)
{
    const bool valid = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == ':';
    });
    if (!valid)
        return makeError(ErrorKind::InvalidArgument, "testnet host must be a bare host name");
    const std::string h(host);
    return ChainPreset{"Seismic Testnet (" + h + ")", kSeismicTestnetChainId,
                       "https://" + h + "/rpc", "wss://" + h + "/ws"};
}

ChainPreset sanvil()
{
    return ChainPreset{"Local devnet (sanvil)", kSanvilChainId, "http://127.0.0.1:8545",
                       "ws://127.0.0.1:8545"};
}

} // namespace seismic
