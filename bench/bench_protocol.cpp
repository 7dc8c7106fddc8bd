// SPDX-License-Identifier: MIT
// Throughput of the protocol core on fixed inputs: complete shielded-transaction preparations
// (metadata -> AAD -> encrypt -> RLP -> sign), and their parts.
#include "core/AesGcm.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "core/PublicKey.h"
#include "seismic/EncryptionState.h"
#include "seismic/Src20Amount.h"
#include "seismic/TxSeismic.h"

#include <benchmark/benchmark.h>

using namespace seismic;

namespace {

Bytes hex(std::string_view text)
{
    return *parseHex(text);
}

struct Fixture
{
    PrivateKey signer =
        *PrivateKey::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    EncryptionState state = EncryptionState::derive(
        *PublicKey::fromCompressed(
            hex("028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0")),
        *PrivateKey::fromHex("a30363336e1bb949185292a2a302de86e447d98f3a43d823c8c234d9e3e5ad77"));
    // transfer(address,suint256): selector plus two words.
    Bytes calldata = hex("b10c99b5000000000000000000000000d3e8763675e4c425df46cc3b5c0f6cbdac396046"
                         "00000000000000000000000000000000000000000000000000000000000003e8");
    TxSeismic tx;

    Fixture()
    {
        tx.chainId = 31337;
        tx.nonce = 2;
        tx.gasPrice = 1000000000;
        tx.gas = 100000;
        tx.to = *Address::parse("0xd3e8763675e4c425df46cc3b5c0f6cbdac396046");
        tx.elements.encryptionPubkey = state.encryptionPubkey();
        tx.elements.encryptionNonce = *EncryptionNonce::fromHex("46a2b6020bba77fcb1e676a6");
        tx.elements.recentBlockHash =
            *Bytes32::fromHex("934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f90");
        tx.elements.expiresAtBlock = 100;
    }
};

const Fixture& fixture()
{
    static const Fixture f;
    return f;
}

void prepare(benchmark::State& state, std::uint8_t messageVersion)
{
    const Fixture& f = fixture();
    const Address sender = f.signer.address();
    for (auto _ : state) {
        TxSeismic tx = f.tx;
        tx.elements.messageVersion = messageVersion;
        const TxMetadata metadata = metadataOf(tx, sender);
        tx.input = std::move(*f.state.encryptRequest(f.calldata, metadata));
        SignedTxSeismic signedTx = signTxSeismic(tx, f.signer);
        benchmark::DoNotOptimize(signedTx.raw.data());
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ShieldedTxPreparation(benchmark::State& state)
{
    prepare(state, kRawMessageVersion);
}
BENCHMARK(BM_ShieldedTxPreparation);

void BM_ShieldedTxPreparationEip712(benchmark::State& state)
{
    prepare(state, kTypedDataMessageVersion);
}
BENCHMARK(BM_ShieldedTxPreparationEip712);

void BM_AesGcmEncryptCalldata(benchmark::State& state)
{
    const Fixture& f = fixture();
    const Bytes aad = encodeAad(metadataOf(f.tx, f.signer.address()));
    for (auto _ : state) {
        auto ciphertext = aesGcmEncrypt(f.state.requestKey().bytes(),
                                        f.tx.elements.encryptionNonce.view(), f.calldata, aad);
        benchmark::DoNotOptimize(ciphertext->data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AesGcmEncryptCalldata);

void BM_Sign(benchmark::State& state)
{
    const Fixture& f = fixture();
    const Hash digest = keccak256(f.calldata);
    for (auto _ : state) {
        Signature signature = f.signer.sign(digest);
        benchmark::DoNotOptimize(signature.r.bytes.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sign);

void BM_Src20AmountDecrypt(benchmark::State& state)
{
    const SymmetricKey viewingKey = *SymmetricKey::fromBytes(Bytes(32, 0xab));
    const Bytes payload =
        encryptSrc20Amount(1000, viewingKey, *EncryptionNonce::fromHex("010101010101010101010101"));
    for (auto _ : state) {
        auto amount = decryptSrc20Amount(payload, viewingKey);
        benchmark::DoNotOptimize(amount.ok());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Src20AmountDecrypt);

} // namespace

BENCHMARK_MAIN();
