// SPDX-License-Identifier: MIT
// Encryption state, AAD and the request/response directions (spec 2, 4, 11.1, 11.5-11.8).
#include "core/AesGcm.h"
#include "core/PublicKey.h"
#include "seismic/EncryptionState.h"
#include "support/Vectors.h"

#include <set>

using namespace seismic;
using testing::hex;

namespace {

EncryptionState stateFor(std::string_view clientKey)
{
    return EncryptionState::derive(*PublicKey::fromCompressed(hex(vectors::kTeePublicKey)),
                                   vectors::privateKey(clientKey));
}

TxMetadata anvilMetadata(std::uint8_t messageVersion, std::uint64_t chainId)
{
    TxSeismic tx = vectors::anvilTx(messageVersion);
    tx.chainId = chainId;
    return metadataOf(tx, vectors::address(vectors::kAnvilAddress));
}

// Spec 11.7: the signed read of isOdd() under the client key a303….
TxSeismic isOddRead()
{
    TxSeismic tx;
    tx.chainId = 31337;
    tx.nonce = 2;
    tx.gasPrice = 1000000000;
    tx.gas = 30000000;
    tx.to = vectors::address(vectors::kCounterAddress);
    tx.value = 0;
    tx.elements.encryptionPubkey = stateFor(vectors::kClientKey).encryptionPubkey();
    tx.elements.encryptionNonce = *EncryptionNonce::fromHex("46a2b6020bba77fcb1e676a6");
    tx.elements.recentBlockHash = *Bytes32::fromHex(vectors::kRecentBlockHash);
    tx.elements.expiresAtBlock = 100;
    tx.elements.signedRead = true;
    return tx;
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesDirectionalKeys()
    {
        const EncryptionState state = stateFor(vectors::kClientKey);
        QCOMPARE(toHex(state.requestKey().bytes(), false),
                 std::string("bf0dd6556618d1bf8d1602bf80be3a0f7cc729973829bb9acb75bd77770d5b90"));
        QCOMPARE(toHex(state.responseKey().bytes(), false),
                 std::string("974b310e3990d555da33e2b0c1dc6036a9709400ec992dbfc9330cc00e673144"));
        QVERIFY(!(state.requestKey() == state.responseKey()));
        QCOMPARE(state.encryptionPubkey().hex(false),
                 std::string("025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c"));
        QVERIFY(state.encryptionPubkey() == state.clientKey().publicKey().compressed());
    }

    void randomClientKeysGiveDifferentKeys()
    {
        const PublicKey tee = *PublicKey::fromCompressed(hex(vectors::kTeePublicKey));
        const EncryptionState a = EncryptionState::derive(tee, PrivateKey::generate());
        const EncryptionState b = EncryptionState::derive(tee, PrivateKey::generate());
        QVERIFY(!(a.requestKey() == b.requestKey()));
    }

    void aadVectors()
    {
        QCOMPARE(toHex(encodeAad(anvilMetadata(0, 31337))),
                 std::string("0xf88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e876367"
                             "5e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd30"
                             "223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e"
                             "676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c2"
                             "39f906480"));

        // Spec 11.6: the PY test_encryption.py mock metadata.
        TxMetadata mock;
        mock.sender = vectors::address(vectors::kCounterAddress);
        mock.chainId = 31337;
        mock.nonce = 2;
        mock.to = mock.sender;
        mock.value = 1000;
        mock.elements.encryptionPubkey.bytes.fill(0xab);
        mock.elements.encryptionPubkey.bytes[0] = 0x02;
        mock.elements.encryptionNonce.bytes.fill(0xff);
        mock.elements.recentBlockHash.bytes.fill(0xcc);
        mock.elements.expiresAtBlock = 100;
        const std::string expected = "0xf88494d3e8763675e4c425df46cc3b5c0f6cbdac396046827a690294d3e"
                                     "8763675e4c425df46cc3b5c0f6"
                                     "cbdac3960468203e8a102abababababababababababababababababababab"
                                     "abababababababababababab8cff"
                                     "ffffffffffffffffffffff80a0ccccccccccccccccccccccccccccccccccc"
                                     "ccccccccccccccccccccccccccc"
                                     "cc6480";
        QCOMPARE(toHex(encodeAad(mock)), expected);
        mock.nonce = 3;
        std::string withNonce3 = expected;
        withNonce3[2 + 2 * 26 + 1] = '3'; // the nonce byte follows sender (21) and chainId (3)
        QCOMPARE(toHex(encodeAad(mock)), withNonce3);
    }

    void encryptsCalldataBoundToMetadata()
    {
        // Spec 11.5: the client encrypts "to itself" with the TEE's own secret key.
        const EncryptionState state = stateFor(vectors::kTeeSecretKey);
        QCOMPARE(toHex(state.requestKey().bytes(), false),
                 std::string("6a01280c291b984e8fd40183f964e9cb0e0d5dde8127ab66e75caa6f278068cf"));
        const Bytes plaintext =
            hex("fc3c2cf4943c327f19af0efaf3b07201f608dd5c8e3954399a919b72588d3872b6819ac3d13d3656cb"
                "b38833a39ffd1e73963196a1ddfa9e4a5d595fdbebb875");
        auto ciphertext = state.encryptRequest(plaintext, anvilMetadata(0, 31337));
        QVERIFY(ciphertext.ok());
        QCOMPARE(toHex(*ciphertext, false), std::string(vectors::kAnvilCiphertext));

        const std::string body = std::string(vectors::kAnvilCiphertext).substr(0, 128);
        QCOMPARE(toHex(*state.encryptRequest(plaintext, anvilMetadata(2, 31337)), false),
                 body + "5c27cf78e5c395d6d53d08d452d6dc38");
        QCOMPARE(toHex(*state.encryptRequest(plaintext, anvilMetadata(2, 5124)), false),
                 body + "62173f479fc03f28c1b7f00e8f75df88");
        QCOMPARE(toHex(*aesGcmEncrypt(state.requestKey().bytes(),
                                      anvilMetadata(0, 31337).elements.encryptionNonce.view(),
                                      plaintext),
                       false),
                 body + "45f4c0de48a4dc9a50fbd16cbbc6f5bb");
    }

    void signedReadRoundTrip()
    {
        const EncryptionState state = stateFor(vectors::kClientKey);
        TxSeismic tx = isOddRead();
        const TxMetadata metadata = metadataOf(tx, vectors::address(vectors::kAnvilAddress));
        QCOMPARE(toHex(encodeAad(metadata), false),
                 std::string("f88294f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e"
                             "4c425df46cc3b5c0f6cbdac39604680a1025f210a5daaca346fa1fd8d6ea36e813e7"
                             "56ea34659fe42c757de4e6ed1d0903c8c46a2b6020bba77fcb1e676a680a0934207"
                             "181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906401"));
        auto input = state.encryptRequest(hex("43bd0d70"), metadata);
        QCOMPARE(toHex(*input, false), std::string("c6118324911ff70af6042fefc739f8f09ac9437d"));
        tx.input = *input;
        QCOMPARE(signingHash(tx).hex(false),
                 std::string("a5b10deeafbfbb13bab0cbf11800623ef458c963b8438df501fafc289b8c0e6f"));
        const SignedTxSeismic signedRead =
            signTxSeismic(tx, vectors::privateKey(vectors::kAnvilKey));
        QCOMPARE(toHex(signedRead.raw, false),
                 std::string("4af8d0827a6902843b9aca008401c9c38094d3e8763675e4c425df46cc3b5c0f6cbd"
                             "ac39604680a1025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e"
                             "6ed1d0903c8c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01"
                             "091d1957444a920a2bfb262fa043c6c239f90640194c6118324911ff70af6042fef"
                             "c739f8f09ac9437dc001a018587477475e58d8d737cba6d103d19ba6a76312de3779"
                             "6c84dc92657ca4a41ba07343c1c31b722159aeca3c728ee0b621839e34e584e8d0ff"
                             "b8f3da43eaa4b199"));
        QCOMPARE(signedRead.hash.hex(false),
                 std::string("23d1a2b91d5f2137d291c37e62959e6d6d2b5ff3f942e487c365f58ecc3b513a"));

        const Bytes encryptedResult =
            hex("bcb732f978ee2e67402ee18f06bfa166f833e7d67996a9cc8d605bcf23aac4cb255d5554b6a9d76cc4"
                "426405da15c0a4");
        auto result = state.decryptResponse(encryptedResult, metadata);
        QVERIFY(result.ok());
        QCOMPARE(toHex(*result, false), std::string(63, '0') + "1");

        const Bytes encryptedRevert = hex(
            "b4744b5978ee2e67402ee18f06bfa166f833e7d67996a9cc8d605bcf23aac4cacddc30a1670223fbdd"
            "9a9e68d7bac7c8ee71b4ff675e35ab06eede95273f8f23c3a348fafc0e48adb015f3be8ebd9dfd09dfc7"
            "70966ec8cf598b906c5cce68a67513d304956ccc38f9ed7b8961def5c720cb1b49");
        auto revert = state.decryptResponse(encryptedRevert, metadata);
        QVERIFY(revert.ok());
        QCOMPARE(toHex(ByteView(*revert).first(4), false), std::string("08c379a0"));

        // The request key cannot open a response; a response under other metadata fails too.
        auto wrongDirection =
            aesGcmDecrypt(state.requestKey().bytes(), metadata.elements.encryptionNonce.view(),
                          encryptedResult, encodeAad(metadata));
        QCOMPARE(wrongDirection.error().kind, ErrorKind::Decryption);
        TxMetadata otherNonce = metadata;
        otherNonce.nonce = 3;
        QCOMPARE(state.decryptResponse(encryptedResult, otherNonce).error().kind,
                 ErrorKind::Decryption);
        Bytes tampered = encryptedResult;
        tampered[0] ^= 1;
        QCOMPARE(state.decryptResponse(tampered, metadata).error().kind, ErrorKind::Decryption);
    }

    void directionalRoundTrip()
    {
        // Spec 11.8.
        const EncryptionState state = stateFor(vectors::kClientKey);
        TxSeismic tx = vectors::anvilTx();
        tx.nonce = 0;
        tx.value = 0;
        const TxMetadata metadata = metadataOf(tx, vectors::address(vectors::kAnvilAddress));
        QCOMPARE(toHex(*state.encryptRequest(asBytes("request data"), metadata), false),
                 std::string("f7c9ff21c2c76a4a7c96f55c03cb0d2ca63f1d0ebb121be63a771f82"));
        const Bytes response = hex("ced2418917805d02604a80fb67593e3ec6f6a70cf67689de2aef1e7e7c");
        QCOMPARE(toHex(*state.decryptResponse(response, metadata), false),
                 toHex(asBytes("response data"), false));
        QVERIFY(state.encryptRequest({}, metadata)->empty());
        QVERIFY(state.decryptResponse({}, metadata)->empty());
    }

    void encryptionNonces()
    {
        std::set<EncryptionNonce> seen;
        for (int i = 0; i < 50; ++i) {
            const EncryptionNonce nonce = generateEncryptionNonce();
            QVERIFY(nonce.bytes[0] != 0);
            QVERIFY(validateEncryptionNonce(nonce).ok());
            seen.insert(nonce);
        }
        QCOMPARE(seen.size(), std::size_t(50));
        EncryptionNonce zeroFirst = generateEncryptionNonce();
        zeroFirst.bytes[0] = 0;
        QVERIFY(!validateEncryptionNonce(zeroFirst).ok());
    }
};

QTEST_APPLESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
