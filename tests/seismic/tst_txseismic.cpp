// SPDX-License-Identifier: MIT
// TxSeismic: RLP layout, signing hashes, signatures, hashes and strict decoding (spec 3, 5, 11.3,
// 11.4, 11.14, 11.15).
#include "core/Keccak.h"
#include "seismic/Eip712.h"
#include "seismic/TxSeismicBuilder.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace seismic;
using testing::hex;

namespace {

const std::string kAnvilUnsigned =
    "0xf8d0827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a10"
    "28e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676a680"
    "a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e68de8096b6295"
    "0fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42d9e4382f987fc55c"
    "2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c0";
const std::string kAnvilSignedRaw =
    "0x4af90113827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c6800"
    "0a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676"
    "a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e68de8096b"
    "62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42d9e4382f987f"
    "c55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c080a0ea4deb5d93eb2566b7d0ea5209f8bc9fd81"
    "0ad1eff29bf59424de14c5910ab23a01daa9ada5f7448d737dee3096add2cd9447c2f55c13b7f8ca6ec37105548bf0"
    "c";
const std::string kAnvilEip712Raw =
    "0x4af90113827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c6800"
    "0a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676"
    "a602a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e68de8096b"
    "62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42d9e4382f987f"
    "c55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c001a07ab4bc33c64dff2b56023bb662219a99503"
    "37e3cd3a6dd63f5760c0e7bdaceb3a060bccb842c9f6c6d87d47b5af0cb33dc208be79eb92786417a7c3caa9edd609"
    "c";
const std::string kRustSignedRaw =
    "0x4af8f88214043083057e4083029605943ab946eec2553114040de82d2e18798a51cf1e1487038d7ea4c68000a10"
    "28e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c7da3a99bf0f90d56551d99ea02"
    "a0abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890830f424080b44e69e56c3bb999b"
    "8c98772ebb32aebcbd43b33e9e65a46333dfe6636f37f3009e93bad334235aec73bd54d11410e64eb2cab4da8c080"
    "a0e93185920818650416b4b0cc953c48f59fd9a29af4b7e1c4b1ac4824392f9220a079b76b064a83d423997b7234c"
    "575588f60da5d3e1e0561eff9804eb04c23789a";

} // namespace

class TestTxSeismic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawSignedVector()
    {
        const TxSeismic tx = vectors::anvilTx();
        QCOMPARE(toHex(encodeUnsignedTxSeismic(tx)), kAnvilUnsigned);
        QCOMPARE(rawSigningHash(tx).hex(false),
                 std::string("3bd2090142a65daa3ea533a0f9bc00397bdb710890b3060422c820933e2c1c0f"));
        QCOMPARE(signingHash(tx), rawSigningHash(tx));

        const SignedTxSeismic signedTx = signTxSeismic(tx, vectors::privateKey(vectors::kAnvilKey));
        QCOMPARE(int(signedTx.signature.yParity), 0);
        QCOMPARE(signedTx.signature.r.hex(false),
                 std::string("ea4deb5d93eb2566b7d0ea5209f8bc9fd810ad1eff29bf59424de14c5910ab23"));
        QCOMPARE(signedTx.signature.s.hex(false),
                 std::string("1daa9ada5f7448d737dee3096add2cd9447c2f55c13b7f8ca6ec37105548bf0c"));
        QCOMPARE(toHex(signedTx.raw), kAnvilSignedRaw);
        QCOMPARE(signedTx.hash.hex(false),
                 std::string("4e4d0e23ea06cb8978c40adabaf8599203c7b6d56cfd3063af2d552ec73ace7a"));
        QCOMPARE(signedTx.sender.checksummed(), std::string(vectors::kAnvilAddress));
    }

    void placeholderSignatureSerializes()
    {
        const Signature signature{toWord(1), toWord(2), 0};
        const Bytes raw = encodeSignedTxSeismic(vectors::anvilTx(), signature);
        QCOMPARE(int(raw[0]), 0x4a);
    }

    void eip712Vector()
    {
        const TxSeismic tx = vectors::anvilTx(2);
        QCOMPARE(eip712DomainTypeHash().hex(false),
                 std::string("8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f"));
        QCOMPARE(txSeismicTypeHash().hex(false),
                 std::string("b1eb5c7ddfcb12c3f7761eb7888dd3fc746d07f8a195276b16bc85b01bd7e8d5"));
        QCOMPARE(eip712DomainSeparator(31337).hex(false),
                 std::string("fe8197449db574220cfe11bd4271c4680b39d9e034a2c583b3960e78e872cdd0"));
        QCOMPARE(eip712DomainSeparator(5124).hex(false),
                 std::string("8c18a115e1d4ee84a16bce167a1f8213215705f0a5fd00475741e2cd7a53fed6"));
        QVERIFY(eip712DomainSeparator(0) != eip712DomainSeparator(1));
        QCOMPARE(txSeismicStructHash(tx).hex(false),
                 std::string("3d8ff3aa5c2749745943539871a0ab5149b704de8ad464c9a79717af4b7ac8d0"));
        QCOMPARE(eip712SigningHash(tx).hex(false),
                 std::string("97df07b716306c8ebb936d22d20b811d8050c8608083df60c303bcc31c58fe9f"));
        QCOMPARE(signingHash(tx), eip712SigningHash(tx));
        QVERIFY(signingHash(tx) != rawSigningHash(tx));

        const SignedTxSeismic signedTx = signTxSeismic(tx, vectors::privateKey(vectors::kAnvilKey));
        QCOMPARE(int(signedTx.signature.yParity), 1);
        QCOMPARE(toHex(signedTx.raw), kAnvilEip712Raw);
        QCOMPARE(signedTx.hash.hex(false),
                 std::string("87b08dbf895edee10dda494b10c71f4eaa966440d7b64c827d8748861616253f"));
    }

    void rustCrossValidationVector()
    {
        const TxSeismic tx = vectors::rustTx();
        QCOMPARE(txSeismicStructHash(tx).hex(false),
                 std::string("34de7016eca39d935e5b41954404d6c9cb3fb08d31776712fcfbc6bb5d5740ab"));
        QCOMPARE(eip712SigningHash(tx).hex(false),
                 std::string("e3bd8539e48a9ea2cafaef070c11f9f82e20c08cdd5063b98a3818c0da9a5e41"));
        const Signature signature{
            *Bytes32::fromHex("e93185920818650416b4b0cc953c48f59fd9a29af4b7e1c4b1ac4824392f9220"),
            *Bytes32::fromHex("79b76b064a83d423997b7234c575588f60da5d3e1e0561eff9804eb04c23789a"),
            0};
        const Bytes raw = encodeSignedTxSeismic(tx, signature);
        QCOMPARE(toHex(raw), kRustSignedRaw);
        QCOMPARE(keccak256(raw).hex(false),
                 std::string("8c95f5133ab8d55531621f1d46f0ca092084be09db7a932e738c56003d3735eb"));
        auto decoded = decodeSignedTxSeismic(raw);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->sender.checksummed(),
                 std::string("0x9E181A5085c3266eAB8F8a4491D2b70467f5805C"));
        QVERIFY(decoded->tx == tx);
    }

    void eip712FieldsChangeTheHash()
    {
        const TxSeismic base = vectors::anvilTx(2);
        const Hash baseHash = eip712SigningHash(base);
        auto changed = [&](auto mutate) {
            TxSeismic tx = base;
            mutate(tx);
            return eip712SigningHash(tx) != baseHash;
        };
        QVERIFY(changed([](TxSeismic& tx) { tx.value = 0; }));
        QVERIFY(changed([](TxSeismic& tx) { tx.input.clear(); }));
        QVERIFY(changed([](TxSeismic& tx) { tx.elements.signedRead = true; }));
        QVERIFY(changed([](TxSeismic& tx) { tx.elements.encryptionNonce.bytes.fill(0xff); }));
        QVERIFY(changed([](TxSeismic& tx) { tx.gasPrice = (Uint256(1) << 128) - 1; }));
        QVERIFY(changed([](TxSeismic& tx) { tx.chainId = 5124; }));
        QVERIFY(changed([](TxSeismic& tx) { tx.to.reset(); }));
        QVERIFY(changed([](TxSeismic& tx) { tx.to = Address(); }));
        TxSeismic create = base;
        create.to.reset();
        TxSeismic toZero = base;
        toZero.to = Address();
        QVERIFY(eip712SigningHash(create) != eip712SigningHash(toZero));
    }

    void typedDataDocument()
    {
        TxSeismic tx = vectors::anvilTx(2);
        tx.to.reset();
        const QJsonObject typed = txSeismicTypedData(tx);
        QCOMPARE(typed[QStringLiteral("primaryType")].toString(), QStringLiteral("TxSeismic"));
        const QJsonArray fields =
            typed[QStringLiteral("types")][QStringLiteral("TxSeismic")].toArray();
        QCOMPARE(fields.size(), 15);
        QCOMPARE(fields[5].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("isCreate"));
        const QJsonObject message = typed[QStringLiteral("message")].toObject();
        QCOMPARE(message[QStringLiteral("to")].toString(),
                 QStringLiteral("0x0000000000000000000000000000000000000000"));
        QCOMPARE(message[QStringLiteral("isCreate")].toBool(), true);
        QCOMPARE(message[QStringLiteral("messageVersion")].toInt(), 2);
        QCOMPARE(typed[QStringLiteral("domain")][QStringLiteral("version")].toString(),
                 QStringLiteral("2"));
    }

    void authorizationList()
    {
        QCOMPARE(authorizationListHash({}).hex(false),
                 std::string("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"));
        const AuthorizationList single{
            {31337, vectors::address("0x1111111111111111111111111111111111111111"), 7, 0, 1, 2}};
        QCOMPARE(toHex(encodeAuthorizationList(single).encode()),
                 std::string("0xdddc827a6994111111111111111111111111111111111111111107800102"));
        QCOMPARE(authorizationListHash(single).hex(false),
                 std::string("e09b59c26076c550d20bb0d8a1e0f0e3f113ccd7b5704340f38ec0e717cdcbc4"));
    }

    void authorizationListSerialization()
    {
        // Spec 11.14.
        TxSeismic tx;
        tx.chainId = 31337;
        tx.nonce = 1;
        tx.gasPrice = 2;
        tx.gas = 21000;
        tx.to = vectors::address("0x1111111111111111111111111111111111111111");
        tx.value = 3;
        tx.elements.encryptionPubkey = *CompressedPublicKey::fromHex(vectors::kTeePublicKey);
        tx.elements.encryptionNonce = *EncryptionNonce::fromHex("0102030405060708090a0b0c");
        tx.elements.recentBlockHash = *Bytes32::fromHex(std::string(64, 'a'));
        tx.elements.expiresAtBlock = 123;
        tx.input = hex("deadbeef");
        tx.authorizationList = {{31337,
                                 vectors::address("0x2222222222222222222222222222222222222222"), 7,
                                 1, *uint256FromBytes(hex(std::string(64, '3'))),
                                 *uint256FromBytes(hex(std::string(64, '4')))}};
        const Signature signature{*Bytes32::fromHex(std::string(64, '5')),
                                  *Bytes32::fromHex(std::string(64, '6')), 0};
        QCOMPARE(
            toHex(encodeSignedTxSeismic(tx, signature)),
            std::string("0x4af90119827a69010282520894111111111111111111111111111111111111111103"
                        "a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c01"
                        "02030405060708090a0b0c80a0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        "aaaaaaaaaaaaaaaaaa7b8084deadbeeff85ef85c827a6994222222222222222222222222"
                        "22222222222222220701a0333333333333333333333333333333333333333333333333"
                        "3333333333333333a04444444444444444444444444444444444444444444444444444"
                        "44444444444480a05555555555555555555555555555555555555555555555555555"
                        "555555555555a066666666666666666666666666666666666666666666666666666666"
                        "66666666"));
        QCOMPARE(authorizationListHash(tx.authorizationList).hex(false),
                 std::string("2b7db754695c2256a066b2e2a8ebeaa8bc880f03def4dc2a354da8c14a6ae66a"));
    }

    void decodeRoundTrip()
    {
        const Bytes raw = hex(kAnvilSignedRaw);
        auto decoded = decodeSignedTxSeismic(raw, SignedReadPolicy::Refuse);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->tx == vectors::anvilTx());
        QCOMPARE(decoded->sender.checksummed(), std::string(vectors::kAnvilAddress));
        QCOMPARE(decoded->hash.hex(false),
                 std::string("4e4d0e23ea06cb8978c40adabaf8599203c7b6d56cfd3063af2d552ec73ace7a"));
        auto typed = decodeSignedTxSeismic(hex(kAnvilEip712Raw));
        QVERIFY(typed.ok());
        QCOMPARE(typed->sender.checksummed(), std::string(vectors::kAnvilAddress));
    }

    void decodeRefusesSignedReadOnWritePath()
    {
        TxSeismic tx = vectors::anvilTx();
        tx.elements.signedRead = true;
        const SignedTxSeismic signedRead =
            signTxSeismic(tx, vectors::privateKey(vectors::kAnvilKey));
        QVERIFY(decodeSignedTxSeismic(signedRead.raw, SignedReadPolicy::Allow).ok());
        auto refused = decodeSignedTxSeismic(signedRead.raw, SignedReadPolicy::Refuse);
        QVERIFY(!refused.ok());
        QVERIFY(QString::fromStdString(refused.error().message)
                    .contains(QStringLiteral("signed read")));
    }

    void decodeRejectsMalformed()
    {
        const Bytes good = hex(kAnvilSignedRaw);
        QVERIFY(!decodeSignedTxSeismic({}).ok());
        Bytes wrongType = good;
        wrongType[0] = 0x02;
        QVERIFY(!decodeSignedTxSeismic(wrongType).ok());
        Bytes trailing = good;
        trailing.push_back(0);
        QVERIFY(!decodeSignedTxSeismic(trailing).ok());
        for (std::size_t n = 0; n < good.size(); n += 7)
            QVERIFY(!decodeSignedTxSeismic(ByteView(good).first(n)).ok());

        // A tampered field changes the signing hash, so the recovered sender changes.
        Bytes tampered = good;
        tampered[6] ^= 0x01; // inside the nonce/gasPrice area
        auto decoded = decodeSignedTxSeismic(tampered);
        QVERIFY(!decoded.ok() || decoded->sender.checksummed() != vectors::kAnvilAddress);

        // High-s signature: s' = n - s must be refused.
        TxSeismic tx = vectors::anvilTx();
        const SignedTxSeismic signedTx = signTxSeismic(tx, vectors::privateKey(vectors::kAnvilKey));
        const Uint256 n("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        Signature highS = signedTx.signature;
        highS.s = toWord(n - *uint256FromBytes(highS.s.view()));
        highS.yParity ^= 1;
        QVERIFY(!decodeSignedTxSeismic(encodeSignedTxSeismic(tx, highS)).ok());

        // An encryption key that is not a curve point.
        TxSeismic badKey = tx;
        badKey.elements.encryptionPubkey.bytes.fill(0xff); // x >= p: no such point
        badKey.elements.encryptionPubkey.bytes[0] = 0x02;
        QVERIFY(!decodeSignedTxSeismic(
                     signTxSeismic(badKey, vectors::privateKey(vectors::kAnvilKey)).raw)
                     .ok());
    }

    void builderRefusesOmissions()
    {
        const TxSeismic reference = vectors::anvilTx();
        TxSeismicFields full;
        full.chainId = reference.chainId;
        full.nonce = reference.nonce;
        full.gasPrice = reference.gasPrice;
        full.gas = reference.gas;
        full.to = reference.to;
        full.value = reference.value;
        full.encryptionPubkey = reference.elements.encryptionPubkey;
        full.encryptionNonce = reference.elements.encryptionNonce;
        full.recentBlockHash = reference.elements.recentBlockHash;
        full.expiresAtBlock = reference.elements.expiresAtBlock;
        full.input = reference.input;
        auto built = buildTxSeismic(full);
        QVERIFY(built.ok());
        QVERIFY(*built == reference);

        const std::vector<std::pair<std::string, std::function<void(TxSeismicFields&)>>> omissions{
            {"chainId",
             [](TxSeismicFields& f) {
                 f.chainId.reset();
             }},
            {"nonce",
             [](TxSeismicFields& f) {
                 f.nonce.reset();
             }},
            {"gasPrice",
             [](TxSeismicFields& f) {
                 f.gasPrice.reset();
             }},
            {"gas",
             [](TxSeismicFields& f) {
                 f.gas.reset();
             }},
            {"to",
             [](TxSeismicFields& f) {
                 f.to.reset();
             }},
            {"encryptionPubkey",
             [](TxSeismicFields& f) {
                 f.encryptionPubkey.reset();
             }},
            {"encryptionNonce",
             [](TxSeismicFields& f) {
                 f.encryptionNonce.reset();
             }},
            {"recentBlockHash",
             [](TxSeismicFields& f) {
                 f.recentBlockHash.reset();
             }},
            {"expiresAtBlock",
             [](TxSeismicFields& f) {
                 f.expiresAtBlock.reset();
             }},
            {"input",
             [](TxSeismicFields& f) {
                 f.input.reset();
             }},
        };
        for (const auto& [field, omit] : omissions) {
            TxSeismicFields fields = full;
            omit(fields);
            auto refused = buildTxSeismic(fields);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().message, "Seismic transactions require " + field);
        }

        TxSeismicFields zeroNonce = full;
        zeroNonce.encryptionNonce->bytes[0] = 0;
        QVERIFY(!buildTxSeismic(zeroNonce).ok());
        TxSeismicFields personalSign = full;
        personalSign.messageVersion = 1;
        QCOMPARE(buildTxSeismic(personalSign).error().kind, ErrorKind::Unsupported);
        TxSeismicFields wideGasPrice = full;
        wideGasPrice.gasPrice = Uint256(1) << 128;
        QVERIFY(!buildTxSeismic(wideGasPrice).ok());
    }
};

QTEST_APPLESS_MAIN(TestTxSeismic)
#include "tst_txseismic.moc"
