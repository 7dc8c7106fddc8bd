// SPDX-License-Identifier: MIT
// Against the devnet (integration; the catalogue's SRC20 token and Directory scenarios): a fresh
// SRC20 token deployed and minted by a fresh account; metadata read and validated; balances only
// by signed read; transfer, approve + allowance, transferFrom between two fresh accounts; viewing
// keys registered in the Directory, fetched back, checked and hashed.
#include "TestSupport.h"
#include "client/Directory.h"
#include "client/Erc20Balance.h"
#include "client/ReceiptTracker.h"
#include "client/Src20Token.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
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

} // namespace

class DevnetTokenTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<WalletClient> m_owner;
    std::unique_ptr<WalletClient> m_spender;
    Address m_token;
    std::unique_ptr<testing::LoopWatch> m_watch;

    bool confirmed(WalletClient* client, const std::optional<Result<Hash>>& sent)
    {
        if (!sent || !sent->ok())
            return false;
        auto outcome = awaitTask(client->waitForTransaction(**sent), kLong);
        return outcome && outcome->ok() && (*outcome)->status == TxStatus::Confirmed;
    }

    Uint256 balanceOf(WalletClient* client)
    {
        auto balance = awaitTask(Src20Token(client, m_token).balance(), kLong);
        return balance && balance->ok() ? **balance : Uint256(~Uint256(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
        auto owner = awaitTask(testing::freshWallet(manifest, 5), kLong);
        VERIFY_OK(owner);
        m_owner = std::move(**owner);
        auto spender = awaitTask(testing::freshWallet(manifest, 5, true), kLong); // over WebSocket
        VERIFY_OK(spender);
        m_spender = std::move(**spender);
        const std::vector<AbiValue> arguments{AbiValue::fromString("Test Token"),
                                              AbiValue::fromString("TTK"), AbiValue::fromUint(18)};
        auto token = awaitTask(
            testing::deployContract(m_owner.get(), manifest, "Src20Token", arguments), kLong);
        VERIFY_OK(token);
        m_token = **token;
        // The deployer is the admin: mint 1000 to itself.
        auto abi = testing::devnetAbi(manifest, "Src20Token");
        QVERIFY(abi.ok());
        const std::vector<AbiValue> mint{AbiValue::fromAddress(m_owner->address()),
                                         AbiValue::fromUint(1000)};
        QVERIFY(confirmed(m_owner.get(),
                          awaitTask(m_owner->contract(m_token, *abi).write("mint", mint), kLong)));
    }

    void init() { m_watch = std::make_unique<testing::LoopWatch>(); }

    void cleanup() { QVERIFY(m_watch->maxGap() < testing::kMaxLoopGap); }

    void metadataIsReadAndValidated()
    {
        auto metadata = awaitTask(Src20Token(m_owner.get(), m_token).metadata(), kLong);
        VERIFY_OK(metadata);
        QCOMPARE((*metadata)->name, std::string("Test Token"));
        QCOMPARE((*metadata)->symbol, std::string("TTK"));
        QCOMPARE(int((*metadata)->decimals), 18);

        auto demo = awaitTask(
            Src20Token(m_owner.get(), m_manifest->contract("Src20Token")).metadata(), kLong);
        VERIFY_OK(demo);
        QCOMPARE((*demo)->name, std::string("Seismic Demo Token"));
        QCOMPARE((*demo)->symbol, std::string("SDT"));

        // An account without code is no token.
        auto none = awaitTask(Src20Token(m_owner.get(), m_spender->address()).metadata(), kLong);
        QVERIFY(none && !none->ok());
        QCOMPARE(none->error().kind, ErrorKind::Decode);
    }

    void erc20BalanceByPlainCall()
    {
        const Address dusd = m_manifest->contract("Erc20Token");
        // Every dev account was minted a million DUSD (6 decimals); a fresh account holds none.
        auto devBalance = awaitTask(
            erc20BalanceOf(m_owner.get(), dusd, m_manifest->accounts.at(0).address), kLong);
        VERIFY_OK(devBalance);
        QVERIFY(**devBalance > Uint256(0));
        QVERIFY(**devBalance <= Uint256(10) * Uint256(1'000'000'000'000));
        auto fresh = awaitTask(erc20BalanceOf(m_owner.get(), dusd, m_spender->address()), kLong);
        VERIFY_OK(fresh);
        QCOMPARE(**fresh, Uint256(0));
        // An account without code answers nothing: no ERC20.
        auto none = awaitTask(
            erc20BalanceOf(m_owner.get(), m_spender->address(), m_owner->address()), kLong);
        QVERIFY(none && !none->ok());
        QCOMPARE(none->error().kind, ErrorKind::Decode);
    }

    void balanceOnlyBySignedRead()
    {
        QCOMPARE(balanceOf(m_owner.get()), Uint256(1000));
        QCOMPARE(balanceOf(m_spender.get()), Uint256(0));
        // A plain call runs with msg.sender = 0: not the owner's balance (spec 7.2).
        auto plain =
            awaitTask(Src20Token(m_owner.get(), m_token).contract().read("balanceOf"), kLong);
        VERIFY_OK(plain);
        QCOMPARE((**plain)[0].asUint(), Uint256(0));
    }

    void transferChangesBothBalances()
    {
        const Uint256 before = balanceOf(m_owner.get());
        const Uint256 spenderBefore = balanceOf(m_spender.get());
        Src20Token token(m_owner.get(), m_token);
        QVERIFY(
            confirmed(m_owner.get(), awaitTask(token.transfer(m_spender->address(), 250), kLong)));
        QCOMPARE(balanceOf(m_owner.get()), before - 250);
        QCOMPARE(balanceOf(m_spender.get()), spenderBefore + 250);
    }

    void approveAllowanceAndTransferFrom()
    {
        Src20Token owned(m_owner.get(), m_token);
        QVERIFY(
            confirmed(m_owner.get(), awaitTask(owned.approve(m_spender->address(), 500), kLong)));
        auto allowance = awaitTask(owned.allowance(m_spender->address()), kLong);
        VERIFY_OK(allowance);
        QCOMPARE(**allowance, Uint256(500));

        const Uint256 ownerBefore = balanceOf(m_owner.get());
        const Uint256 spenderBefore = balanceOf(m_spender.get());
        Src20Token spent(m_spender.get(), m_token);
        QVERIFY(confirmed(
            m_spender.get(),
            awaitTask(spent.transferFrom(m_owner->address(), m_spender->address(), 100), kLong)));
        QCOMPARE(balanceOf(m_owner.get()), ownerBefore - 100);
        QCOMPARE(balanceOf(m_spender.get()), spenderBefore + 100);
        allowance = awaitTask(owned.allowance(m_spender->address()), kLong);
        VERIFY_OK(allowance);
        QCOMPARE(**allowance, Uint256(400));
    }

    void viewingKeyInTheDirectory()
    {
        auto account = awaitTask(testing::freshWallet(*m_manifest, 6), kLong);
        VERIFY_OK(account);
        auto& client = **account;
        Directory directory(client.get());

        auto missing = awaitTask(directory.fetchViewingKey(), kLong);
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind, ErrorKind::NotFound);
        QCOMPARE(missing->error().message,
                 std::string("No viewing key registered in Directory for this address"));
        auto hasNone = awaitTask(directory.checkHasKey(client->address()), kLong);
        VERIFY_OK(hasNone);
        QVERIFY(!**hasNone);
        auto emptyHash = awaitTask(directory.keyHash(client->address()), kLong);
        VERIFY_OK(emptyHash);
        QCOMPARE((*emptyHash)->hex(false),
                 std::string("290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"));

        const SymmetricKey key = Directory::generateViewingKey();
        QVERIFY(confirmed(client.get(), awaitTask(directory.registerViewingKey(key), kLong)));
        auto fetched = awaitTask(directory.fetchViewingKey(), kLong);
        VERIFY_OK(fetched);
        QVERIFY(**fetched == key);
        auto has = awaitTask(
            Directory(static_cast<PublicClient*>(m_owner.get())).checkHasKey(client->address()),
            kLong);
        VERIFY_OK(has);
        QVERIFY(**has);
        auto keyHash = awaitTask(directory.keyHash(client->address()), kLong);
        VERIFY_OK(keyHash);
        QCOMPARE(**keyHash, Directory::computeKeyHash(key));
        QCOMPARE(**keyHash, keccak256(key.bytes()));
    }
};

QTEST_GUILESS_MAIN(DevnetTokenTest)
#include "tst_devnet_tokens.moc"
