// SPDX-License-Identifier: MIT
// A wallet client over a FakeSeismicNode, pinned to the node's TEE key and chain id so that
// nothing is sent before the test's own calls.
#pragma once

#include "FakeSeismicNode.h"
#include "client/WalletClient.h"

#include <memory>

namespace testing {

// Dev account 0 of the devnet (a public test key).
seismic::PrivateKey devSigner();
// A fixed client encryption key, so that tests can recompute ciphertexts.
seismic::PrivateKey fixedEncryptionKey();
// Client options for unit tests: fast polling of heads.
seismic::client::ClientOptions fastOptions();

struct FakeWallet
{
    explicit FakeWallet(seismic::client::ClientOptions options = fastOptions());

    FakeSeismicNode node;
    std::unique_ptr<seismic::client::WalletClient> client;
};

} // namespace testing
