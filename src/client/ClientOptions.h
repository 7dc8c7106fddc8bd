// SPDX-License-Identifier: MIT
#pragma once

#include "core/PublicKey.h"
#include "core/Result.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportStack.h"
#include "seismic/ChainPreset.h"
#include "seismic/SeismicElements.h"

#include <QList>
#include <QUrl>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace seismic::client {

// How a client reaches a network and how it behaves there: the endpoints, the rpc layer's
// settings (retry, timeout, rate limit, endpoint pool, batching), and the client's own defaults.
// Not an aggregate (see rpc::RpcRequest): construct it with one of the factories, then adjust.
struct ClientOptions
{
    ClientOptions() = default;

    // One endpoint: http(s):// or ws(s)://.
    static ClientOptions forUrl(QUrl url);
    // Several endpoints (HTTP and/or WebSocket) used as a pool with failover; subscriptions go
    // to an endpoint that can push.
    static ClientOptions forUrls(QList<QUrl> urls);
    // A named network: its HTTP endpoint and, when it has one, its WebSocket endpoint; the
    // client refuses to connect to a node reporting another chain id.
    static ClientOptions forPreset(const ChainPreset& preset);

    QList<QUrl> endpoints;
    // Plain http:// and ws:// to another computer carry calldata, answers and the TEE key
    // unencrypted (see isUnencryptedRemote()): refused unless this is set. Loopback is always
    // allowed.
    bool allowUnencrypted = false;
    // When set, connecting checks the node's eth_chainId against it.
    std::optional<std::uint64_t> expectedChainId;
    // The TEE key pinned for the network (trusted on first use, kept by the caller): when set,
    // WalletClient::connect refuses a node that presents another one with TeeKeyChanged, whose
    // data holds the presented key (compressed, 0x-hex) for the caller to show and perhaps pin.
    std::optional<PublicKey> expectedTeePublicKey;

    // The transport stack: endpoint settings (HTTP keep-alive pool size, WebSocket liveness),
    // retry, per-call timeout, rate limit, and the endpoint pool (strategy, calls in flight).
    rpc::StackSettings transport;
    // The RPC client: automatic batching of one event-loop turn, polling period of subscriptions
    // over HTTP (new heads for transaction tracking).
    rpc::ClientSettings rpc;

    // The chain head (ChainHead): over a transport that cannot push, heads are polled this
    // often; nothing: half the chain's measured block time, within [0.5 s, 4 s].
    std::optional<std::chrono::milliseconds> headPollInterval;
    // No head and no answered poll for this long: the node is probed with eth_blockNumber,
    // which must answer within livenessProbeTimeout, else the connection counts as lost.
    std::chrono::milliseconds livenessWindow{1'500};
    std::chrono::milliseconds livenessProbeTimeout{1'000};

    // A transaction not found by the look right after its send (a node that answers before it
    // has mined it, as anvil's automine can) is looked up once more this much later; zero: only at
    // new heads.
    std::chrono::milliseconds receiptRecheckDelay{100};

    // Blocks a shielded transaction stays valid for (expiresAtBlock = latest + window).
    std::uint64_t blocksWindow = kDefaultExpiryWindow;
    // Gas of signed reads when the caller gives none (spec 1.3).
    std::uint64_t signedReadGas = 30'000'000;
    // How long waitForTransaction() waits for a transaction to leave the pending state.
    std::chrono::milliseconds transactionTimeout{120'000};

    // The client defaults are usable and no endpoint is unencrypted to another computer (unless
    // allowed); InvalidArgument naming the field or the endpoint else.
    Status validate() const;
    // The RPC client over the standard transport stack for these endpoints and settings
    // (InvalidArgument without endpoints or with a URL that is not http(s) or ws(s)).
    Result<std::unique_ptr<rpc::RpcClient>> makeRpcClient() const;
};

} // namespace seismic::client
