// SPDX-License-Identifier: MIT
// Against the devnet: SRC20 balances read with the owner's one-signature permit
// (balanceOfSigned, SRC20Multicall batchBalances) by someone who holds no key of the owner's;
// expired, foreign and tampered permits and a token without balanceOfSigned are refused with
// the contract's reason.
#include "TestSupport.h"
#include "client/SignedBalances.h"
#include "client/Src20Token.h"
#include "client/WalletClient.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetSession.h"
#include "support/VerifyOk.h"

#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

constexpr auto kLong = 30s;
const Uint256 kHeld(777);

} // namespace

class SignedBalancesDevnetTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<WalletClient> m_owner;
    std::unique_ptr<WalletClient> m_reader; // never the owner
    Address m_sdt;
    Address m_multicall;
    std::uint64_t m_now = 0; // the latest block's timestamp at the start

    // Valid for ten minutes of chain time.
    BalanceReadPermit permit() const { return m_owner->permitBalanceReads(Uint256(m_now + 600)); }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
        m_sdt = manifest.contract("Src20Token");
        m_multicall = manifest.contract("Src20Multicall");
        QVERIFY(!m_multicall.isZero());
        auto owner = awaitTask(testing::freshWallet(manifest, 0), kLong);
        VERIFY_OK(owner);
        m_owner = std::move(**owner);
        auto reader = awaitTask(testing::freshWallet(manifest, 0, true), kLong);
        VERIFY_OK(reader);
        m_reader = std::move(**reader);
        auto funded =
            awaitTask(testing::sendDevnetSdt(manifest, 0, m_owner->address(), kHeld), kLong);
        VERIFY_OK(funded);
        AWAIT_OK(latest, m_reader->eth().getBlock(rpc::BlockId::latest()));
        QVERIFY(latest.has_value());
        m_now = latest->timestamp;
    }

    void oneSignatureReadsTheBalanceAnywhere()
    {
        const auto allowed = permit();
        QCOMPARE(allowed.owner, m_owner->address());
        // The owner's own signed read agrees.
        auto own = awaitTask(Src20Token(m_owner.get(), m_sdt).balance(), kLong);
        VERIFY_OK(own);
        QCOMPARE(**own, kHeld);

        auto single = awaitTask(src20BalanceOfSigned(m_reader.get(), m_sdt, allowed), kLong);
        VERIFY_OK(single);
        QCOMPARE(**single, kHeld);

        auto batch = awaitTask(
            src20BatchBalances(m_reader.get(), m_multicall, {m_sdt, m_sdt}, allowed), kLong);
        VERIFY_OK(batch);
        QCOMPARE(**batch, (std::vector<Uint256>{kHeld, kHeld}));
        auto none = awaitTask(src20BatchBalances(m_reader.get(), m_multicall, {}, allowed), kLong);
        VERIFY_OK(none);
        QVERIFY((*none)->empty());
    }

    void refusedPermitsSayWhy()
    {
        auto expired =
            awaitTask(src20BalanceOfSigned(m_reader.get(), m_sdt,
                                           m_owner->permitBalanceReads(Uint256(m_now - 1))),
                      kLong);
        QVERIFY(expired && !expired->ok());
        QCOMPARE(expired->error().kind, ErrorKind::Revert);
        QVERIFY2(expired->error().message.find("signature expired") != std::string::npos,
                 expired->error().message.c_str());

        // Someone else's balance with the owner's signature; a signature over another expiry.
        auto foreign = permit();
        foreign.owner = m_reader->address();
        auto stolen = awaitTask(src20BalanceOfSigned(m_reader.get(), m_sdt, foreign), kLong);
        QVERIFY(stolen && !stolen->ok());
        QVERIFY2(stolen->error().message.find("invalid signature") != std::string::npos,
                 stolen->error().message.c_str());
        auto stretched = permit();
        stretched.expiry += 1;
        auto refused = awaitTask(src20BalanceOfSigned(m_reader.get(), m_sdt, stretched), kLong);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, ErrorKind::Revert);

        // DUSD has no balanceOfSigned: the batch fails and names the token's index.
        auto mixed =
            awaitTask(src20BatchBalances(m_reader.get(), m_multicall,
                                         {m_sdt, m_manifest->contract("Erc20Token")}, permit()),
                      kLong);
        QVERIFY(mixed && !mixed->ok());
        QVERIFY2(mixed->error().message.find("token at index 1") != std::string::npos,
                 mixed->error().message.c_str());
        // An account without code as the multicall answers nothing.
        auto nowhere = awaitTask(
            src20BatchBalances(m_reader.get(), m_owner->address(), {m_sdt}, permit()), kLong);
        QVERIFY(nowhere && !nowhere->ok());
        QCOMPARE(nowhere->error().kind, ErrorKind::Decode);
    }
};

QTEST_GUILESS_MAIN(SignedBalancesDevnetTest)
#include "tst_signed_balances_devnet.moc"
