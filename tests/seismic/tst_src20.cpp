// SPDX-License-Identifier: MIT
// SRC20 encrypted amounts and viewing-key hashes (spec 8.4, 8.5, 11.9).
#include "seismic/Src20Amount.h"
#include "support/Vectors.h"

using namespace seismic;
using testing::hex;

namespace {

SymmetricKey key(std::uint8_t fill)
{
    return *SymmetricKey::fromBytes(Bytes(32, fill));
}

} // namespace

class TestSrc20 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountVectors_data()
    {
        QTest::addColumn<int>("keyByte");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("payload");
        QTest::newRow("1000")
            << 0xab << "010101010101010101010101"
            << "1000"
            << "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa0282a212"
               "582dedcb67dffd08f71582955cb7010101010101010101010101";
        QTest::newRow("500")
            << 0xab << "010101010101010101010101"
            << "500"
            << "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa009e6f2a"
               "8edfd59d17273e3dbc7a65809fad010101010101010101010101";
        QTest::newRow("42000")
            << 0xab << "010101010101010101010101"
            << "42000"
            << "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfaa57aeb"
               "2f7bd907727ee3cf7890097a2909c5010101010101010101010101";
        QTest::newRow("createNonce(42)") << 0x00 << "00000000000000000000002a"
                                         << "1000000"
                                         << "b926c4c80ca29ebe08436e64e477b4dd0cc9a6a1312228c9e495f2"
                                            "aefd6e70331d1babc5d9de6ff73db8"
                                            "43da0337603500000000000000000000002a";
    }
    void amountVectors()
    {
        QFETCH(int, keyByte);
        QFETCH(QString, nonce);
        QFETCH(QString, amount);
        QFETCH(QString, payload);
        const SymmetricKey viewingKey = key(static_cast<std::uint8_t>(keyByte));
        const Uint256 value = *parseUint256(amount.toStdString());
        const Bytes expected = hex(payload.toStdString());
        QCOMPARE(toHex(encryptSrc20Amount(value, viewingKey,
                                          *EncryptionNonce::fromHex(nonce.toStdString()))),
                 toHex(expected));
        auto decrypted = decryptSrc20Amount(expected, viewingKey);
        QVERIFY(decrypted.ok());
        QCOMPARE(*decrypted, value);
    }

    void keyHashes()
    {
        QCOMPARE(viewingKeyHash(key(0xab)).hex(false),
                 std::string("7d3a608bb850f47c2d77d6be73b8f93c94a80264b7bb3cc5c7d2fb54d07ef6b9"));
        QCOMPARE(viewingKeyHash(key(0xaa)).hex(false),
                 std::string("20ee8f1366f06926e9e8771d8fb9007a8537c8dfdb6a3f8c2cfd64db19d2ec90"));
        Bytes one(32, 0);
        one[31] = 1;
        QCOMPARE(viewingKeyHash(*SymmetricKey::fromBytes(one)).hex(false),
                 std::string("b10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6"));
        QCOMPARE(viewingKeyHash(key(0)).hex(false),
                 std::string("290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"));
    }

    void rejectsUndecryptablePayloads()
    {
        const SymmetricKey viewingKey = key(0xab);
        auto empty = decryptSrc20Amount({}, viewingKey);
        QCOMPARE(empty.error().kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(empty.error().message)
                    .contains(QStringLiteral("empty or too short")));
        QCOMPARE(decryptSrc20Amount(Bytes(12, 1), viewingKey).error().kind, ErrorKind::Decode);
        QCOMPARE(decryptSrc20Amount(Bytes(20, 1), viewingKey).error().kind, ErrorKind::Decode);

        const Bytes payload = encryptSrc20Amount(1000, viewingKey, generateNonceForTest());
        QCOMPARE(decryptSrc20Amount(payload, key(0xaa)).error().kind, ErrorKind::Decryption);
        Bytes tampered = payload;
        tampered[5] ^= 0x80;
        QCOMPARE(decryptSrc20Amount(tampered, viewingKey).error().kind, ErrorKind::Decryption);

        // 48-byte ciphertext || 12-byte nonce that authenticates but is not a 32-byte amount.
        const Bytes shortPlain = encryptSrc20AmountOfSize(16, viewingKey);
        QCOMPARE(decryptSrc20Amount(shortPlain, viewingKey).error().kind, ErrorKind::Decode);
    }

private:
    static EncryptionNonce generateNonceForTest()
    {
        return *EncryptionNonce::fromHex("0a0b0c0d0e0f101112131415");
    }
    static Bytes encryptSrc20AmountOfSize(std::size_t size, const SymmetricKey& viewingKey);
};

#include "core/AesGcm.h"

Bytes TestSrc20::encryptSrc20AmountOfSize(std::size_t size, const SymmetricKey& viewingKey)
{
    const EncryptionNonce nonce = generateNonceForTest();
    Bytes payload = *aesGcmEncrypt(viewingKey.bytes(), nonce.view(), Bytes(size, 7));
    append(payload, nonce.view());
    return payload;
}

QTEST_APPLESS_MAIN(TestSrc20)
#include "tst_src20.moc"
