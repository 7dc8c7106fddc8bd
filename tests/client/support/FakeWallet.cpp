// SPDX-License-Identifier: MIT
#include "FakeWallet.h"

using namespace seismic;
using namespace seismic::client;

namespace testing {

PrivateKey devSigner()
{
    return *PrivateKey::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
}

PrivateKey fixedEncryptionKey()
{
    return *PrivateKey::fromHex("0101010101010101010101010101010101010101010101010101010101010101");
}

ClientOptions fastOptions()
{
    ClientOptions options;
    options.rpc.pollInterval = std::chrono::milliseconds(20);
    options.headPollInterval = std::chrono::milliseconds(20);
    options.transactionTimeout = std::chrono::milliseconds(5'000);
    // Lookups only at heads the tests push (some count them).
    options.receiptRecheckDelay = std::chrono::milliseconds(0);
    return options;
}

FakeWallet::FakeWallet(ClientOptions options)
{
    auto created = WalletClient::create(node.makeTransport(), std::move(options), devSigner(),
                                        FakeSeismicNode::teeSecret().publicKey(), node.chainId,
                                        fixedEncryptionKey());
    client = std::move(created).value();
}

} // namespace testing
