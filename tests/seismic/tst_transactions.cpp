// SPDX-License-Identifier: MIT
// Standard transactions signed locally for transparent writes, and the chain presets.
#include "core/Keccak.h"
#include "seismic/ChainPreset.h"
#include "seismic/Eip1559Tx.h"
#include "seismic/LegacyTx.h"
#include "support/Vectors.h"

using namespace seismic;
using testing::hex;

class TestTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyEip155Vector()
    {
        // The worked example of EIP-155.
        LegacyTx tx;
        tx.chainId = 1;
        tx.nonce = 9;
        tx.gasPrice = Uint256(20000000000ULL);
        tx.gas = 21000;
        tx.to = vectors::address("0x3535353535353535353535353535353535353535");
        tx.value = Uint256(1000000000000000000ULL);
        QCOMPARE(signingHash(tx).hex(false),
                 std::string("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const SignedTransaction signedTx = signLegacyTx(
            tx, vectors::privateKey(
                    "4646464646464646464646464646464646464646464646464646464646464646"));
        QCOMPARE(
            toHex(signedTx.raw),
            std::string("0xf86c098504a817c800825208943535353535353535353535353535353535353535880d"
                        "e0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e159"
                        "0620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a"
                        "3b6d83"));
        QCOMPARE(signedTx.hash, keccak256(signedTx.raw));
    }

    void eip1559SignatureRecovers()
    {
        Eip1559Tx tx;
        tx.chainId = 31337;
        tx.nonce = 3;
        tx.maxPriorityFeePerGas = 1000000000;
        tx.maxFeePerGas = 3000000000ULL;
        tx.gas = 50000;
        tx.to = vectors::address(vectors::kCounterAddress);
        tx.value = 7;
        tx.data = hex("d09de08a");
        const PrivateKey key = vectors::privateKey(vectors::kAnvilKey);
        const SignedTransaction signedTx = signEip1559Tx(tx, key);
        QCOMPARE(int(signedTx.raw[0]), 0x02);
        QCOMPARE(signedTx.hash, keccak256(signedTx.raw));

        // Decode the envelope, re-derive the signing hash from the decoded fields, recover.
        auto root = rlpDecode(ByteView(signedTx.raw).subspan(1));
        QVERIFY(root.ok());
        auto fields = rlpListItems(*root);
        QCOMPARE(fields->size(), std::size_t(12));
        QCOMPARE(*rlpToUint64((*fields)[0]), std::uint64_t(31337));
        QCOMPARE(toHex(*rlpToBytes((*fields)[7])), std::string("0xd09de08a"));
        const Signature signature{toWord(*rlpToUint((*fields)[10])),
                                  toWord(*rlpToUint((*fields)[11])),
                                  static_cast<std::uint8_t>(*rlpToUint64((*fields)[9]))};
        auto sender = recoverAddress(signingHash(tx), signature);
        QVERIFY(sender.ok());
        QCOMPARE(sender->checksummed(), std::string(vectors::kAnvilAddress));
    }

    void chainPresets()
    {
        QCOMPARE(int(kSeismicTxType), 74);
        QCOMPARE(int(kTypedDataMessageVersion), 2);
        auto testnet = seismicTestnet();
        QVERIFY(testnet.ok());
        QCOMPARE(testnet->chainId, std::uint64_t(5124));
        QCOMPARE(testnet->rpcUrl, std::string("https://testnet-1.seismictest.net/rpc"));
        QCOMPARE(testnet->wsUrl, std::string("wss://testnet-1.seismictest.net/ws"));
        QVERIFY(QString::fromStdString(testnet->name).contains(QStringLiteral("Testnet")));
        QVERIFY(seismicTestnet(2)->rpcUrl.find("testnet-2") != std::string::npos);
        QVERIFY(!seismicTestnet(0).ok());
        QCOMPARE(seismicTestnetAt("node.example.org")->wsUrl,
                 std::string("wss://node.example.org/ws"));
        QVERIFY(!seismicTestnetAt("bad host/").ok());
        QCOMPARE(sanvil().chainId, std::uint64_t(31337));
        QCOMPARE(sanvil().rpcUrl, std::string("http://127.0.0.1:8545"));
        QCOMPARE(sanvil().wsUrl, std::string("ws://127.0.0.1:8545"));
    }
};

QTEST_APPLESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
