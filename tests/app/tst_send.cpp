// SPDX-License-Identifier: MIT
// The Send flow against the devnet, through the real widgets: SRC20 transfer and contract writes
// through the page and the confirmation, failures with their decoded reasons, cancel, inline
// validation errors, and pending transactions followed again after a restart.
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/dialog/SendConfirmDialog.h"
#include "app/model/AmountText.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/TxHistoryStore.h"
#include "app/service/ContractReader.h"
#include "client/NonceManager.h"
#include "client/Src20Token.h"
#include "core/Units.h"
#include "core/abi/AbiJson.h"
#include "support/AppTestSupport.h"
#include "support/SendTestSupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace seismic;
using namespace seismic::app;
using apptest::child;
using apptest::kDevnetWait;

namespace {

constexpr int kWaitMs = static_cast<int>(kDevnetWait.count());

// Dev accounts, one per test that sends, so that nonces and balances do not interfere.
constexpr int kTransferAccount = 1;
constexpr int kRecipientAccount = 2;
constexpr int kCounterAccount = 3;
constexpr int kRevertAccount = 4;
constexpr int kCancelAccount = 5;
constexpr int kFailingTransferAccount = 6;
constexpr int kRestartAccount = 7;

QCoro::Task<Result<std::uint64_t>> pendingNonce(client::WalletClient* client)
{
    return client->eth().getTransactionCount(client->address(), rpc::BlockId::pending());
}

void setText(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The record of a send, once it has one; the history holds only this test's sends.
const TxRecord& lastRecord(const apptest::SendHarness& harness)
{
    const TxHistoryModel& history = *harness.wallet.history();
    return history.record(history.rowCount() - 1);
}

} // namespace

class TestSend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Translations m_english;

    // The Send flow of dev account `account`, with `sdt` as its SDT balance if given; null if
    // it cannot connect.
    std::unique_ptr<apptest::SendHarness> open(const testing::DevnetManifest& manifest, int account,
                                               std::optional<Uint256> sdt = std::nullopt) const
    {
        auto client = apptest::connectWallet(manifest, account);
        if (!client)
            return nullptr;
        auto harness = std::make_unique<apptest::SendHarness>(manifest, account, m_dir.path(),
                                                              std::move(client));
        if (sdt)
            harness->setSdt(manifest.contract(QStringLiteral("Src20Token")), *sdt);
        return harness;
    }

    // Fills the token form: `amount` to the recipient account.
    static void enterTransfer(apptest::SendHarness& harness,
                              const testing::DevnetManifest& manifest, const QString& amount)
    {
        setText(child<QLineEdit>(*harness.page, "recipientEdit"),
                QString::fromStdString(manifest.accounts[kRecipientAccount].address.checksummed()));
        setText(child<QLineEdit>(*harness.page, "amountEdit"), amount);
    }

    // Nothing in the history, and the account's pending nonce is still `nonceBefore`.
    static void expectNothingSent(apptest::SendHarness& harness, std::uint64_t nonceBefore)
    {
        QCOMPARE(harness.wallet.history()->rowCount(), 0);
        AWAIT_OK(nonceAfter, pendingNonce(harness.client.get()));
        QCOMPARE(nonceAfter, nonceBefore);
    }

    // Opens the ABI at `path` on the page's contract tab for `contract`.
    static void openContract(apptest::SendHarness& harness, const Address& contract,
                             const QString& abiPath)
    {
        auto* tabs = child<QTabWidget>(*harness.page, "modeTabs");
        tabs->setCurrentWidget(child<QWidget>(*harness.page, "contractTab"));
        setText(child<QLineEdit>(*harness.page, "contractEdit"),
                QString::fromStdString(contract.checksummed()));
        QSignalSpy loaded(harness.page.get(), &SendPage::abiLoaded);
        auto* abiEdit = child<QLineEdit>(*harness.page, "abiPathEdit");
        setText(abiEdit, abiPath);
        QTest::keyClick(abiEdit, Qt::Key_Return);
        // Read off the GUI thread; a quick read may be done before loadAbi() returns.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
    }

    static void selectFunction(apptest::SendHarness& harness, const QString& signature)
    {
        auto* functions = child<QComboBox>(*harness.page, "functionCombo");
        const int index = functions->findData(signature);
        QVERIFY2(index >= 0, qPrintable(signature));
        functions->setCurrentIndex(index);
    }

    // Clicks review and waits for the confirmation.
    static SendConfirmDialog* review(apptest::SendHarness& harness)
    {
        auto* button = child<QPushButton>(*harness.page, "reviewButton");
        if (!button->isEnabled()) {
            qWarning("review disabled: %s",
                     qPrintable(child<QLabel>(*harness.page, "stateLabel")->text()));
            return nullptr;
        }
        QSignalSpy shown(harness.controller.get(), &SendController::confirmationShown);
        button->click();
        if (!shown.wait(kWaitMs)) {
            qWarning("no confirmation: %s",
                     qPrintable(child<QLabel>(*harness.page, "progressLabel")->text()));
            return nullptr;
        }
        return harness.controller->confirmDialog();
    }

    static QString dialogValue(SendConfirmDialog* dialog, const char* name)
    {
        return child<QLabel>(*dialog, name)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(m_dir.isValid());
        // The English catalogue supplies the plural forms.
        QVERIFY(m_english.load(QLocale(QLocale::English)));
    }

    void transferThroughPageIsConfirmedInHistory()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address token = manifest.contract(QStringLiteral("Src20Token"));
        auto recipientClient = apptest::connectWallet(manifest, kRecipientAccount);
        QVERIFY(recipientClient);
        const client::Src20Token recipientView(recipientClient.get(), token);
        AWAIT_OK(recipientBefore, recipientView.balance());

        const auto opened = open(manifest, kTransferAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        AWAIT_OK(balance, client::Src20Token(harness.client.get(), token).balance());
        harness.setSdt(token, balance);
        AWAIT_OK(nonceBefore, pendingNonce(harness.client.get()));

        testing::LoopWatch watch;
        enterTransfer(harness, manifest, QStringLiteral("1.5"));
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        QCOMPARE(dialogValue(dialog, "amountValue"), QStringLiteral("1.5 SDT"));
        QVERIFY(dialogValue(dialog, "toValue")
                    .startsWith(QString::fromStdString(
                        manifest.accounts[kRecipientAccount].address.checksummed())));
        QCOMPARE(dialogValue(dialog, "nonceValue"), QString::number(nonceBefore));
        const client::PreparedTransaction& prepared = dialog->prepared();
        QCOMPARE(prepared.nonce(), nonceBefore);
        QCOMPARE(prepared.kind(), client::TxKind::Shielded);
        QVERIFY(prepared.gas() > 21'000);
        QVERIFY(prepared.gasPrice() > 0);
        QVERIFY(prepared.expiresAtBlock() > prepared.preparedAtBlock());
        QCOMPARE(dialogValue(dialog, "expiryValue"), QStringLiteral("%1 (the chain is at block %2)")
                                                         .arg(*prepared.expiresAtBlock())
                                                         .arg(*prepared.preparedAtBlock()));
        QCOMPARE(dialogValue(dialog, "gasValue"),
                 QLocale().toString(static_cast<qulonglong>(prepared.gas())));
        QCOMPARE(dialogValue(dialog, "gasPriceValue"),
                 QStringLiteral("%1 gwei").arg(AmountText::exact(prepared.gasPrice(), 9)));
        QVERIFY(dialogValue(dialog, "encryptionValue").startsWith(QStringLiteral("Shielded")));
        QCOMPARE(dialogValue(dialog, "maxFeeValue"),
                 QStringLiteral("%1 ETH").arg(
                     QString::fromStdString(formatUnits(prepared.maxFee(), 18))));
        const quint64 expiry = *prepared.expiresAtBlock();
        child<QPushButton>(*dialog, "sendButton")->click();

        QCOMPARE(harness.wallet.history()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Confirmed, kWaitMs);
        const TxRecord& record = lastRecord(harness);
        QVERIFY(record.block && *record.block > 0);
        QVERIFY(record.gasUsed && *record.gasUsed > 0);
        QVERIFY(record.hash);
        QCOMPARE(record.nonce, std::optional<quint64>(nonceBefore));
        QCOMPARE(record.expiresAt, std::optional<quint64>(expiry));
        QCOMPARE(record.amount, QStringLiteral("1.5 SDT"));
        QVERIFY(record.data.empty()); // the plaintext is not kept once the outcome is known
        QCOMPARE(child<QLabel>(*harness.page, "progressLabel")->text(),
                 QStringLiteral("Confirmed in block %1 (gas used %2): %3")
                     .arg(*record.block)
                     .arg(*record.gasUsed)
                     .arg(QString::fromStdString(record.hash->hex())));
        QVERIFY(watch.ticks() > 0);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        // The history page shows it with its block; its hash is copyable.
        const TxHistoryModel& history = *harness.wallet.history();
        QCOMPARE(history.index(0, TxHistoryModel::BlockColumn).data().toULongLong(), *record.block);
        QCOMPARE(history.index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Confirmed in block %1").arg(*record.block));
        auto* view = child<QAbstractItemView>(*harness.historyPage, "historyView");
        view->selectionModel()->select(history.index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        QVERIFY(harness.historyPage->copySelectedHash());

        // The recipient got the tokens (its own signed read).
        AWAIT_OK(recipientAfter, recipientView.balance());
        QCOMPARE(recipientAfter, Uint256(recipientBefore + *parseUnits("1.5", 18)));
        AWAIT_OK(balanceAfter, client::Src20Token(harness.client.get(), token).balance());
        QCOMPARE(balanceAfter, Uint256(balance - *parseUnits("1.5", 18)));

        // It is in the store: read back, it is what the history shows.
        QCOMPARE(*harness.history.load(apptest::devnetNetwork(manifest), *harness.wallet.account()),
                 history.records());
    }

    // Chain text that looks like markup (a token that predates the probe's refusal, a settings
    // file edited by hand) is shown as the characters it is, never rendered.
    void chainTextIsShownAsPlainText()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const auto opened = open(manifest, kTransferAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        const QString markup = QStringLiteral("<h1 style=\"color:green\">&#10004; VERIFIED</h1>");
        const Address token = manifest.contract(QStringLiteral("Src20Token"));
        AWAIT_OK(balance, client::Src20Token(harness.client.get(), token).balance());
        TokenBalance marked;
        marked.kind = TokenKind::Src20;
        marked.contract = token;
        marked.name = markup;
        marked.symbol = markup;
        marked.decimals = 18;
        marked.balance = balance;
        harness.wallet.tokens()->setTokens({marked});
        const int recorded = harness.wallet.history()->rowCount();

        enterTransfer(harness, manifest, QStringLiteral("1"));
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        for (const char* name : {"actionValue", "amountValue", "toValue"})
            QCOMPARE(child<QLabel>(*dialog, name)->textFormat(), Qt::PlainText);
        QCOMPARE(dialogValue(dialog, "actionValue"), QStringLiteral("Transfer ") + markup);
        QCOMPARE(dialogValue(dialog, "amountValue"), QStringLiteral("1 ") + markup);
        // Nothing sent: the dialog is only looked at.
        dialog->reject();
        QCOMPARE(harness.wallet.history()->rowCount(), recorded);
    }

    void contractWriteFromAbiIsConfirmed()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address counter = manifest.contract(QStringLiteral("SeismicCounter"));
        const auto opened = open(manifest, kCounterAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        openContract(harness, counter,
                     QDir(manifest.artifactsDir).filePath(QStringLiteral("SeismicCounter.json")));
        if (QTest::currentTestFailed())
            return;

        // Every function, the reads marked, shielded parameters marked.
        auto* functions = child<QComboBox>(*harness.page, "functionCombo");
        QCOMPARE(functions->count(), 4);
        QCOMPARE(functions->itemText(functions->findData(QStringLiteral("getNumber()"))),
                 QStringLiteral("getNumber() — read"));
        selectFunction(harness, QStringLiteral("setNumber(suint256)"));
        if (QTest::currentTestFailed())
            return;
        auto* argument = child<QLineEdit>(*harness.page, "argumentEdit0");
        QCOMPARE(argument->accessibleName(), QStringLiteral("newNumber (suint256, shielded)"));

        const quint32 number = 1000 + QRandomGenerator::global()->bounded(1'000'000);
        setText(argument, QString::number(number));
        testing::LoopWatch watch;
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        QVERIFY(dialog->prepared().isShielded());
        QCOMPARE(dialogValue(dialog, "actionValue"), QStringLiteral("setNumber(suint256)"));
        QCOMPARE(dialogValue(dialog, "argumentsValue"),
                 QStringLiteral("newNumber = %1 (shielded)").arg(number));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Confirmed, kWaitMs);
        QVERIFY(lastRecord(harness).block);
        QCOMPARE(lastRecord(harness).action, QStringLiteral("setNumber(suint256)"));
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        auto abi = manifest.abi(QStringLiteral("SeismicCounter"));
        QVERIFY(abi.ok());
        auto parsed = parseAbiJson(*abi);
        QVERIFY(parsed.ok());
        const auto contract = harness.client->contract(counter, *parsed);
        AWAIT_OK(value, contract.readTransparent("getNumber"));
        QCOMPARE(value.at(0).toString(), std::to_string(number));

        // increment() has no shielded input: a transparent write.
        selectFunction(harness, QStringLiteral("increment()"));
        if (QTest::currentTestFailed())
            return;
        dialog = review(harness);
        QVERIFY(dialog);
        QVERIFY(!dialog->prepared().isShielded());
        QCOMPARE(dialog->prepared().kind(), client::TxKind::Eip1559);
        QCOMPARE(dialogValue(dialog, "encryptionValue"),
                 QStringLiteral("Transparent: the calldata is public (EIP-1559 transaction)"));
        QCOMPARE(dialogValue(dialog, "gasPriceValue"),
                 QStringLiteral("at most %1 gwei (priority fee %2 gwei)")
                     .arg(AmountText::exact(dialog->prepared().maxFeePerGas(), 9),
                          AmountText::exact(dialog->prepared().maxPriorityFeePerGas(), 9)));
        QCOMPARE(dialogValue(dialog, "expiryValue"),
                 QStringLiteral("Does not expire (transparent transaction)"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Confirmed, kWaitMs);
        QVERIFY(!lastRecord(harness).shielded);
        AWAIT_OK(incremented, contract.readTransparent("getNumber"));
        QCOMPARE(incremented.at(0).toString(), std::to_string(number + 1));

        // A view is queried, not sent, and what it returns is shown.
        client::WalletClient* client = harness.client.get();
        harness.controller->setContractReader(
            [client](const SendRequest& request) { return readContract(client, request); });
        selectFunction(harness, QStringLiteral("getNumber()"));
        if (QTest::currentTestFailed())
            return;
        auto* query = child<QPushButton>(*harness.page, "reviewButton");
        QCOMPARE(query->text(), QStringLiteral("&Query"));
        const int sent = harness.wallet.history()->rowCount();
        query->click();
        auto* progress = child<QLabel>(*harness.page, "progressLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->text().startsWith(QStringLiteral("getNumber() returned:")), kWaitMs);
        QVERIFY2(progress->text().endsWith(QStringLiteral(" = %1").arg(number + 1)),
                 qPrintable(progress->text()));
        QCOMPARE(harness.wallet.history()->rowCount(), sent);
        selectFunction(harness, QStringLiteral("increment()"));
        QCOMPARE(query->text(), QStringLiteral("Review and Se&nd…"));
    }

    void revertingWriteShowsDecodedReason()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address leak = manifest.contract(QStringLiteral("RevertLeak"));
        const auto opened = open(manifest, kRevertAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        const QString artifact =
            QDir(manifest.artifactsDir).filePath(QStringLiteral("RevertLeak.json"));
        openContract(harness, leak, artifact);
        if (QTest::currentTestFailed())
            return;
        // revertWithSecret() is a view: offered to be read, not sent.
        auto* functions = child<QComboBox>(*harness.page, "functionCombo");
        QCOMPARE(functions->count(), 2);
        QVERIFY(functions->itemText(functions->findData(QStringLiteral("revertWithSecret()")))
                    .endsWith(QStringLiteral(" — read")));
        selectFunction(harness, QStringLiteral("setSecret(suint256)"));
        if (QTest::currentTestFailed())
            return;
        setText(child<QLineEdit>(*harness.page, "argumentEdit0"), QStringLiteral("987654321"));
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Confirmed, kWaitMs);

        // An ABI that declares revertWithSecret() as a write: the signed estimate reverts, its
        // encrypted reason is decoded, and nothing is sent.
        auto abi = manifest.abi(QStringLiteral("RevertLeak"));
        QVERIFY(abi.ok());
        QJsonArray entries = *abi;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            if (entry.value(QStringLiteral("name")).toString() ==
                QStringLiteral("revertWithSecret"))
                entry.insert(QStringLiteral("stateMutability"), QStringLiteral("nonpayable"));
            entries.replace(i, entry);
        }
        QTemporaryDir abiDir;
        const QString writeAbi = apptest::writeFile(abiDir, QStringLiteral("RevertLeakWrite.json"),
                                                    QJsonDocument(entries).toJson());
        openContract(harness, leak, writeAbi);
        if (QTest::currentTestFailed())
            return;
        selectFunction(harness, QStringLiteral("revertWithSecret()"));
        if (QTest::currentTestFailed())
            return;
        AWAIT_OK(nonceBefore, pendingNonce(harness.client.get()));
        QSignalSpy shown(harness.controller.get(), &SendController::confirmationShown);
        child<QPushButton>(*harness.page, "reviewButton")->click();
        auto* progress = child<QLabel>(*harness.page, "progressLabel");
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QStringLiteral("Not sent")), kWaitMs);
        QCOMPARE(progress->text(), QStringLiteral("Not sent: The contract reverted the call.\n"
                                                  "Details: execution reverted: secret=987654321"));
        QCOMPARE(shown.count(), 0);
        QCOMPARE(harness.wallet.history()->rowCount(), 1);
        AWAIT_OK(nonceAfter, pendingNonce(harness.client.get()));
        QCOMPARE(nonceAfter, nonceBefore);
    }

    void transferFailingOnChainShowsDecodedReason()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address token = manifest.contract(QStringLiteral("Src20Token"));
        const auto opened = open(manifest, kFailingTransferAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        const client::Src20Token sdt(harness.client.get(), token);
        AWAIT_OK(balance, sdt.balance());
        harness.setSdt(token, balance);
        // Another account may spend one base unit of it.
        const Address owner = manifest.accounts[kFailingTransferAccount].address;
        const Address spender = manifest.accounts[kRecipientAccount].address;
        AWAIT_OK(approved, sdt.approve(spender, 1));
        AWAIT_OK(approvedOutcome, harness.client->waitForTransaction(approved));
        QCOMPARE(approvedOutcome.status, client::TxStatus::Confirmed);

        // The whole balance, reviewed while it is there...
        enterTransfer(harness, manifest, QString::fromStdString(formatUnits(balance, 18)));
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        // ...and confirmed after the spender took part of it: mined, reverted. (The reviewed
        // transaction holds the account's next nonce, so the spending is the spender's.)
        auto spenderClient = apptest::connectWallet(manifest, kRecipientAccount);
        QVERIFY(spenderClient);
        AWAIT_OK(spent,
                 client::Src20Token(spenderClient.get(), token).transferFrom(owner, spender, 1));
        AWAIT_OK(spentOutcome, spenderClient->waitForTransaction(spent));
        QCOMPARE(spentOutcome.status, client::TxStatus::Confirmed);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Failed, kWaitMs);
        const TxRecord& record = lastRecord(harness);
        QVERIFY(record.block);
        QVERIFY(record.hash);
        QCOMPARE(record.error,
                 QStringLiteral("execution reverted: panic 0x11 (arithmetic overflow or "
                                "underflow)"));
        QCOMPARE(harness.wallet.history()->index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Failed: %1").arg(record.error));
        QCOMPARE(child<QLabel>(*harness.page, "progressLabel")->text(),
                 QStringLiteral("Failed in block %1 (gas used %2): %3")
                     .arg(*record.block)
                     .arg(record.gasUsed.value_or(0))
                     .arg(record.error));
    }

    void cancelSendsNothing()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const auto opened = open(manifest, kCancelAccount, *parseUnits("1000", 18));
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        AWAIT_OK(nonceBefore, pendingNonce(harness.client.get()));
        enterTransfer(harness, manifest, QStringLiteral("2"));
        QPointer<SendConfirmDialog> dialog = review(harness);
        QVERIFY(dialog);
        child<QPushButton>(*dialog, "cancelButton")->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(child<QLabel>(*harness.page, "progressLabel")->text(),
                 QStringLiteral("Cancelled: nothing was sent."));
        QVERIFY(child<QPushButton>(*harness.page, "reviewButton")->isEnabled());
        // Every send goes through the client's nonces: a cancelled one gave its nonce back, so
        // nothing can still go out.
        QTRY_COMPARE(harness.client->nonces()->inFlight(), std::size_t(0));
        QCOMPARE(harness.client->nonces()->peek(), std::optional<std::uint64_t>(nonceBefore));
        expectNothingSent(harness, nonceBefore);
    }

    void badInputsShowPreciseErrors()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const auto opened = open(manifest, kCancelAccount, *parseUnits("10", 18));
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        AWAIT_OK(nonceBefore, pendingNonce(harness.client.get()));
        SendPage& page = *harness.page;
        auto* reviewButton = child<QPushButton>(page, "reviewButton");
        auto* recipientError = child<QLabel>(page, "recipientErrorLabel");
        auto* amountError = child<QLabel>(page, "amountErrorLabel");

        // One letter of the checksummed address in the wrong case.
        QString recipient =
            QString::fromStdString(manifest.accounts[kRecipientAccount].address.checksummed());
        const qsizetype letter =
            recipient.indexOf(QRegularExpression(QStringLiteral("[a-fA-F]")), 2);
        recipient[letter] =
            recipient[letter].isUpper() ? recipient[letter].toLower() : recipient[letter].toUpper();
        setText(child<QLineEdit>(page, "recipientEdit"), recipient);
        setText(child<QLineEdit>(page, "amountEdit"), QStringLiteral("1"));
        QVERIFY(!recipientError->isHidden());
        QVERIFY2(recipientError->text().contains(QStringLiteral("checksum")),
                 qPrintable(recipientError->text()));
        QVERIFY(!reviewButton->isEnabled());

        setText(child<QLineEdit>(page, "recipientEdit"),
                QString::fromStdString(manifest.accounts[kRecipientAccount].address.checksummed()));
        QVERIFY(recipientError->isHidden());
        QVERIFY(reviewButton->isEnabled());

        setText(child<QLineEdit>(page, "amountEdit"), QStringLiteral("0.0000000000000000001"));
        QCOMPARE(amountError->text(),
                 QStringLiteral("This token allows 18 decimals; the amount has more."));
        QVERIFY(!reviewButton->isEnabled());
        setText(child<QLineEdit>(page, "amountEdit"), QStringLiteral("10.5"));
        QCOMPARE(amountError->text(),
                 QStringLiteral("The amount is more than the balance (10 SDT)."));
        QVERIFY(!reviewButton->isEnabled());
        setText(child<QLineEdit>(page, "amountEdit"), QStringLiteral("0"));
        QCOMPARE(amountError->text(), QStringLiteral("The amount must be more than zero."));
        QVERIFY(!reviewButton->isEnabled());

        // Contract calls: a bad address, an argument out of its type's range, a broken ABI.
        openContract(harness, manifest.contract(QStringLiteral("SeismicCounter")),
                     QDir(manifest.artifactsDir).filePath(QStringLiteral("SeismicCounter.json")));
        if (QTest::currentTestFailed())
            return;
        setText(child<QLineEdit>(page, "contractEdit"), QStringLiteral("0x1234"));
        QCOMPARE(child<QLabel>(page, "contractErrorLabel")->text(),
                 QStringLiteral("The contract is not a valid address.\nDetails: address must "
                                "have 40 hex digits, got 4"));
        setText(child<QLineEdit>(page, "contractEdit"),
                QString::fromStdString(
                    manifest.contract(QStringLiteral("SeismicCounter")).checksummed()));
        QVERIFY(child<QLabel>(page, "contractErrorLabel")->isHidden());
        selectFunction(harness, QStringLiteral("setNumber(suint256)"));
        if (QTest::currentTestFailed())
            return;
        auto* argumentError = child<QLabel>(page, "argumentError0");
        for (const QString& bad : {QStringLiteral("-1"), QStringLiteral("1.5"),
                                   QStringLiteral("0x1") + QString(64, QLatin1Char('0'))}) {
            setText(child<QLineEdit>(page, "argumentEdit0"), bad);
            QVERIFY(!argumentError->isHidden());
            QVERIFY2(argumentError->text().startsWith(
                         QStringLiteral("The input is not valid.\nDetails: newNumber: ")),
                     qPrintable(argumentError->text()));
            QVERIFY(!reviewButton->isEnabled());
        }
        setText(child<QLineEdit>(page, "argumentEdit0"), QStringLiteral("7"));
        QVERIFY(argumentError->isHidden());
        QVERIFY(reviewButton->isEnabled());

        QTemporaryDir abiDir;
        openContract(harness, manifest.contract(QStringLiteral("SeismicCounter")),
                     apptest::writeFile(abiDir, QStringLiteral("broken.json"), "[{\"type\":"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!child<QLabel>(page, "abiErrorLabel")->isHidden());
        QVERIFY(!child<QComboBox>(page, "functionCombo")->isEnabled());
        QVERIFY(!reviewButton->isEnabled());

        expectNothingSent(harness, nonceBefore);
    }

    void sendingNeedsTheAccountsClient()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const auto opened = open(manifest, kCancelAccount, *parseUnits("10", 18));
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        enterTransfer(harness, manifest, QStringLiteral("1"));
        auto* reviewButton = child<QPushButton>(*harness.page, "reviewButton");
        QVERIFY(reviewButton->isEnabled());

        harness.service->setClient(nullptr);
        QVERIFY(!reviewButton->isEnabled());
        QCOMPARE(child<QLabel>(*harness.page, "stateLabel")->text(),
                 harness.service->unavailableReason());
        QVERIFY(harness.service->unavailableReason().startsWith(QStringLiteral("Not connected")));

        // A client of another account does not send for this one.
        auto other = apptest::connectWallet(manifest, kRecipientAccount);
        QVERIFY(other);
        harness.service->setClient(other.get());
        QVERIFY(!reviewButton->isEnabled());
        other.reset();
        QVERIFY(!reviewButton->isEnabled());
        QVERIFY(harness.service->unavailableReason().startsWith(QStringLiteral("Not connected")));

        harness.service->setClient(harness.client.get());
        QVERIFY(reviewButton->isEnabled());
    }

    // The user switches to another network while a send is on its way: its hash still lands in
    // the history of the network and account it was sent from.
    void aSendOutlivesASwitchToAnotherNetwork()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address token = manifest.contract(QStringLiteral("Src20Token"));
        const auto opened = open(manifest, kTransferAccount);
        QVERIFY(opened);
        apptest::SendHarness& harness = *opened;
        AWAIT_OK(balance, client::Src20Token(harness.client.get(), token).balance());
        harness.setSdt(token, balance);
        enterTransfer(harness, manifest, QStringLiteral("0.25"));
        SendConfirmDialog* dialog = review(harness);
        QVERIFY(dialog);
        child<QPushButton>(*dialog, "sendButton")->click();
        // In the same turn, before the node can have answered.
        NetworkConfig elsewhere = apptest::devnetNetwork(manifest);
        elsewhere.name = QStringLiteral("Elsewhere");
        harness.chain.setNetwork(elsewhere);
        QCOMPARE(harness.wallet.history()->rowCount(), 0);

        const auto sentHash = [&]() -> std::optional<Hash> {
            const auto stored =
                harness.history.load(apptest::devnetNetwork(manifest), *harness.wallet.account());
            if (!stored)
                return std::nullopt;
            for (const TxRecord& record : *stored)
                if (record.amount == QStringLiteral("0.25 SDT") && record.hash)
                    return record.hash;
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sentHash().has_value(), kWaitMs);
        // Back on the network it was sent from, the history shows it and follows it.
        harness.chain.setNetwork(apptest::devnetNetwork(manifest));
        QTRY_COMPARE_WITH_TIMEOUT(lastRecord(harness).status, client::TxStatus::Confirmed, kWaitMs);
        QCOMPARE(lastRecord(harness).hash, sentHash());
    }

    void pendingAtRestartIsFollowedAgain()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address token = manifest.contract(QStringLiteral("Src20Token"));
        const Address account = manifest.accounts[kRestartAccount].address;
        QTemporaryDir dataDir;

        // A transfer sent by a session that then stopped: its history still says "sent".
        Hash hash;
        {
            auto previous = apptest::connectWallet(manifest, kRestartAccount);
            QVERIFY(previous);
            AWAIT_OK(sent, client::Src20Token(previous.get(), token)
                               .transfer(manifest.accounts[kRecipientAccount].address, 3));
            hash = sent;
            auto store = apptest::SendHarness::openStore(dataDir.path());
            SendHistoryStore history(*store);
            TxHistoryModel model;
            TxHistoryStore keeper(&history, model);
            keeper.open(apptest::devnetNetwork(manifest), account);
            TxRecord record;
            record.time = QDateTime::currentDateTime();
            record.action = QStringLiteral("transfer(address,suint256)");
            record.to = token;
            record.shielded = true;
            record.hash = hash;
            record.stage = SendStage::Sent;
            model.add(record);
            TxRecord interrupted = record;
            interrupted.hash.reset();
            interrupted.stage = SendStage::Sending;
            model.add(interrupted);
        }

        // The next session follows it to its outcome once its client is there.
        apptest::SendHarness harness(manifest, kRestartAccount, dataDir.path(), nullptr);
        QCOMPARE(harness.wallet.history()->rowCount(), 2);
        QCOMPARE(harness.wallet.history()->record(0).stage, SendStage::Sent);
        QCOMPARE(harness.wallet.history()->record(0).status, client::TxStatus::Pending);
        QCOMPARE(harness.wallet.history()->record(1).stage, SendStage::NotSent);
        QVERIFY(harness.wallet.history()->record(1).error.contains(QStringLiteral("stopped")));
        harness.client = apptest::connectWallet(manifest, kRestartAccount);
        QVERIFY(harness.client);
        harness.service->setClient(harness.client.get());
        QTRY_COMPARE_WITH_TIMEOUT(harness.wallet.history()->record(0).status,
                                  client::TxStatus::Confirmed, kWaitMs);
        QVERIFY(harness.wallet.history()->record(0).block);
        QCOMPARE(harness.wallet.history()->record(0).hash, std::optional<Hash>(hash));
    }
};

QTEST_MAIN(TestSend)
#include "tst_send.moc"
