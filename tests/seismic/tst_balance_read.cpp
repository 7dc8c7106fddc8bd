// SPDX-License-Identifier: MIT
// The SRC20 signed balance read's EIP-712 hash (SRC20.sol balanceOfSigned), and the owner's
// signature over it, against viem's hashTypedData / signTypedData for the same message.
#include "core/PrivateKey.h"
#include "seismic/BalanceRead.h"
#include "support/Vectors.h"

using namespace seismic;
using testing::hex;

namespace {

// Anvil's dev account 1.
constexpr std::string_view kOwnerKey =
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const Address kOwner = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Uint256 kExpiry(1'893'456'000);

} // namespace

class TestBalanceRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signingHashMatchesViem()
    {
        // viem: hashTypedData({domain: {name: "SRC20BalanceRead", version: "1", chainId: 31337},
        //   types: {BalanceRead: [owner address, expiry uint256]}, message: {owner, expiry}})
        QCOMPARE(balanceReadSigningHash(31337, kOwner, kExpiry).hex(),
                 std::string("0x10fb558a9302c7c75f2d0ae25985a7bdde906000e13918dd81be37acbeb0e55b"));
    }

    void everyFieldIsSigned()
    {
        const auto reference = balanceReadSigningHash(31337, kOwner, kExpiry);
        QVERIFY(balanceReadSigningHash(31338, kOwner, kExpiry) != reference);
        QVERIFY(balanceReadSigningHash(31337, Address(), kExpiry) != reference);
        QVERIFY(balanceReadSigningHash(31337, kOwner, kExpiry + 1) != reference);
        QVERIFY(balanceReadDomainSeparator(31337) != balanceReadDomainSeparator(1));
    }

    void signatureMatchesViem()
    {
        // RFC 6979 signatures are deterministic: viem's signTypedData gives the same bytes.
        const auto key = *PrivateKey::fromHex(kOwnerKey);
        QCOMPARE(key.address(), kOwner);
        const auto rsv = key.sign(balanceReadSigningHash(31337, kOwner, kExpiry)).toRsv();
        QCOMPARE(rsv.hex(), std::string("0x48835dff7b53df742408f6371c2869f28d0be365e2b71ca11aa8eb59"
                                        "c26f6f7267ed6f9e4a1a6451805ed60f2fe9fd1f77ab421ce3c8e1103c"
                                        "72786ae9ad3e6f1c"));
    }
};

QTEST_APPLESS_MAIN(TestBalanceRead)
#include "tst_balance_read.moc"
