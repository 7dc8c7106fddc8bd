// SPDX-License-Identifier: MIT
// The Send form's validation without widgets or a node: table-driven cases of text fields in,
// a validated request or per-field messages out.
#include "app/Translations.h"
#include "app/service/SendFormValidator.h"
#include "core/Units.h"

#include <QtTest>

using namespace seismic;
using namespace seismic::app;

namespace {

const QString kRecipient = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QString kContract = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");

// The recipient with one letter in the wrong case: a checksum error.
QString badChecksum()
{
    QString text = kRecipient;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (text[i].isLetter()) {
            text[i] = text[i].isUpper() ? text[i].toLower() : text[i].toUpper();
            break;
        }
    }
    return text;
}

TokenBalance sdt()
{
    TokenBalance token;
    token.kind = TokenKind::Src20;
    token.contract = *Address::parse(kContract.toStdString());
    token.symbol = QStringLiteral("SDT");
    token.decimals = 18;
    token.balance = *parseUnits("10", 18);
    return token;
}

TokenBalance ether()
{
    TokenBalance token;
    token.kind = TokenKind::Native;
    token.symbol = QStringLiteral("ETH");
    token.decimals = 18;
    return token;
}

SendForm ready()
{
    SendForm form;
    form.hasAccount = true;
    form.unlocked = true;
    form.connected = true;
    return form;
}

SendForm transfer(const QString& recipient, const QString& amount,
                  std::optional<TokenBalance> token = sdt())
{
    SendForm form = ready();
    form.token = std::move(token);
    form.recipient = recipient;
    form.amount = amount;
    return form;
}

ContractAbi counterAbi()
{
    ContractAbi abi;
    abi.add(*AbiFunction::parse("setNumber(suint256 newNumber)"));
    abi.add(*AbiFunction::parse("setLabel(string label)"));
    abi.add(*AbiFunction::parse("getNumber() view returns (uint256)"));
    return abi;
}

SendForm call(const QString& function, std::vector<QString> arguments)
{
    SendForm form = ready();
    form.mode = SendForm::Mode::ContractCall;
    form.contract = kContract;
    form.abiPath = QStringLiteral("/tmp/Counter.json");
    form.abi = counterAbi();
    form.function = function;
    form.arguments = std::move(arguments);
    return form;
}

} // namespace

Q_DECLARE_METATYPE(seismic::app::SendForm)

class TestSendForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English catalogue supplies the plural forms.
    void initTestCase() { QVERIFY(m_english.load(QLocale(QLocale::English))); }

    void problems_data()
    {
        QTest::addColumn<SendForm>("form");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("recipientError");
        QTest::addColumn<QString>("amountError");
        QTest::addColumn<QString>("contractError");
        QTest::addColumn<QString>("argumentError");

        SendForm noAccount = transfer(kRecipient, QStringLiteral("1"));
        noAccount.hasAccount = false;
        QTest::newRow("no account") << noAccount << "Import or create an account to send."
                                    << ""
                                    << ""
                                    << ""
                                    << "";
        SendForm locked = transfer(kRecipient, QStringLiteral("1"));
        locked.unlocked = false;
        QTest::newRow("locked") << locked << "Unlock the account to send."
                                << ""
                                << ""
                                << ""
                                << "";
        SendForm offline = transfer(kRecipient, QStringLiteral("1"));
        offline.connected = false;
        QTest::newRow("offline") << offline << "Connect to a network to send."
                                 << ""
                                 << ""
                                 << ""
                                 << "";
        SendForm unavailable = transfer(kRecipient, QStringLiteral("1"));
        unavailable.unavailableReason = QStringLiteral("The connection signs for another account.");
        QTest::newRow("unavailable") << unavailable << "The connection signs for another account."
                                     << ""
                                     << ""
                                     << ""
                                     << "";
        // Field errors are shown whatever the general problem.
        SendForm lockedWithBadInput = transfer(QStringLiteral("0x1234"), QStringLiteral("0"));
        lockedWithBadInput.unlocked = false;
        QTest::newRow("locked, bad fields") << lockedWithBadInput << "Unlock the account to send."
                                            << "The recipient is not a valid address.\nDetails: "
                                               "address must have 40 hex digits, got 4"
                                            << "The amount must be more than zero."
                                            << ""
                                            << "";

        QTest::newRow("no balances") << transfer(kRecipient, QStringLiteral("1"), std::nullopt)
                                     << "There is nothing to send yet: no balances were read."
                                     << ""
                                     << ""
                                     << ""
                                     << "";
        QTest::newRow("no recipient")
            << transfer(QString(), QStringLiteral("1")) << "Enter the recipient’s address."
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("no amount") << transfer(kRecipient, QString()) << "Enter the amount."
                                   << ""
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("bad checksum") << transfer(badChecksum(), QStringLiteral("1")) << ""
                                      << "checksum"
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("too many decimals")
            << transfer(kRecipient, QStringLiteral("0.0000000000000000001")) << ""
            << ""
            << "This token allows 18 decimals; the amount has more."
            << ""
            << "";
        QTest::newRow("over the balance") << transfer(kRecipient, QStringLiteral("10.5")) << ""
                                          << ""
                                          << "The amount is more than the balance (10 SDT)."
                                          << ""
                                          << "";
        QTest::newRow("zero") << transfer(kRecipient, QStringLiteral("0")) << ""
                              << ""
                              << "The amount must be more than zero."
                              << ""
                              << "";
        QTest::newRow("not a number")
            << transfer(kRecipient, QStringLiteral("ten")) << ""
            << ""
            << "“ten” is not an amount: write digits, with “.” before any decimals."
            << ""
            << "";

        SendForm badContract = call(QStringLiteral("setNumber(suint256)"), {QStringLiteral("7")});
        badContract.contract = QStringLiteral("0x1234");
        QTest::newRow("bad contract") << badContract << ""
                                      << ""
                                      << ""
                                      << "The contract is not a valid address.\nDetails: address "
                                         "must have 40 hex digits, got 4"
                                      << "";
        SendForm noContract = call(QStringLiteral("setNumber(suint256)"), {QStringLiteral("7")});
        noContract.contract.clear();
        QTest::newRow("no contract") << noContract << "Enter the contract’s address."
                                     << ""
                                     << ""
                                     << ""
                                     << "";
        SendForm noAbi = call(QString(), {});
        noAbi.abi.reset();
        noAbi.abiPath.clear();
        QTest::newRow("no ABI") << noAbi << "Choose the contract’s ABI file."
                                << ""
                                << ""
                                << ""
                                << "";
        SendForm reading = noAbi;
        reading.abiReading = true;
        QTest::newRow("reading ABI") << reading << "Reading the ABI file…"
                                     << ""
                                     << ""
                                     << ""
                                     << "";
        SendForm unread = noAbi;
        unread.abiPath = QStringLiteral("/tmp/Counter.json");
        QTest::newRow("ABI not read") << unread << "Press Enter in the ABI file field to read it."
                                      << ""
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("missing argument") << call(QStringLiteral("setNumber(suint256)"), {{}})
                                          << "Enter a value for every argument."
                                          << ""
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("negative") << call(QStringLiteral("setNumber(suint256)"),
                                          {QStringLiteral("-1")})
                                  << "Enter a value for every argument."
                                  << ""
                                  << ""
                                  << ""
                                  << "newNumber: ";
        QTest::newRow("fraction") << call(QStringLiteral("setNumber(suint256)"),
                                          {QStringLiteral("1.5")})
                                  << "Enter a value for every argument."
                                  << ""
                                  << ""
                                  << ""
                                  << "newNumber: ";
        QTest::newRow("too large") << call(QStringLiteral("setNumber(suint256)"),
                                           {QStringLiteral("0x1") + QString(64, QLatin1Char('0'))})
                                   << "Enter a value for every argument."
                                   << ""
                                   << ""
                                   << ""
                                   << "newNumber: ";
    }

    void problems()
    {
        QFETCH(SendForm, form);
        QFETCH(QString, problem);
        QFETCH(QString, recipientError);
        QFETCH(QString, amountError);
        QFETCH(QString, contractError);
        QFETCH(QString, argumentError);
        const SendFormValidation validation = SendFormValidator::validate(form);
        QVERIFY(!validation.request);
        QCOMPARE(validation.problem, problem);
        // Messages are compared whole, or by their start where the rest comes from elsewhere
        // (the checksum and parser texts).
        const auto matches = [](const QString& actual, const QString& expected) {
            return expected.isEmpty() ? actual.isEmpty()
                                      : actual == expected || actual.startsWith(expected) ||
                                            actual.contains(expected);
        };
        QVERIFY2(matches(validation.recipientError, recipientError),
                 qPrintable(validation.recipientError));
        QVERIFY2(matches(validation.amountError, amountError), qPrintable(validation.amountError));
        QVERIFY2(matches(validation.contractError, contractError),
                 qPrintable(validation.contractError));
        const QString firstArgumentError =
            validation.argumentErrors.empty() ? QString() : validation.argumentErrors.front();
        QVERIFY2(matches(firstArgumentError, argumentError), qPrintable(firstArgumentError));
    }

    void tokenTransferRequest()
    {
        const auto validation = SendFormValidator::validate(
            transfer(QStringLiteral(" ") + kRecipient, QStringLiteral("1.5 ")));
        QVERIFY(validation.problem.isEmpty());
        QVERIFY(validation.request);
        const SendRequest& request = *validation.request;
        QCOMPARE(request.kind, SendRequest::Kind::Transfer);
        QCOMPARE(request.tokenKind, TokenKind::Src20);
        QCOMPARE(request.token, sdt().contract);
        QCOMPARE(request.recipient, *Address::parse(kRecipient.toStdString()));
        QCOMPARE(request.amount, *parseUnits("1.5", 18));
        QCOMPARE(request.amountText(), QStringLiteral("1.5 SDT"));
    }

    void nativeTransferRequest()
    {
        const auto validation =
            SendFormValidator::validate(transfer(kRecipient, QStringLiteral("2"), ether()));
        QVERIFY(validation.request);
        QCOMPARE(validation.request->tokenKind, TokenKind::Native);
        QVERIFY(!validation.request->token);
        QCOMPARE(validation.request->amount, *parseUnits("2", 18));
    }

    void contractCallRequest()
    {
        const auto validation = SendFormValidator::validate(
            call(QStringLiteral("setNumber(suint256)"), {QStringLiteral("42")}));
        QVERIFY(validation.problem.isEmpty());
        QVERIFY(validation.request);
        const SendRequest& request = *validation.request;
        QCOMPARE(request.kind, SendRequest::Kind::ContractCall);
        QCOMPARE(request.contract, *Address::parse(kContract.toStdString()));
        QCOMPARE(request.function, std::string("setNumber(suint256)"));
        QCOMPARE(request.arguments.size(), std::size_t(1));
        QCOMPARE(request.arguments[0].toString(), std::string("42"));
        QCOMPARE(validation.argumentErrors, std::vector<QString>{QString()});

        // An empty string is a value.
        const auto label =
            SendFormValidator::validate(call(QStringLiteral("setLabel(string)"), {QString()}));
        QVERIFY(label.request);
    }

    void viewsAreRead()
    {
        SendForm form = call(QStringLiteral("getNumber()"), {});
        ContractAbi views;
        views.add(*AbiFunction::parse("getNumber() view returns (uint256)"));
        form.abi = views;
        const auto validation = SendFormValidator::validate(form);
        QCOMPARE(validation.abiError, QString());
        QVERIFY(validation.request);
        QCOMPARE(validation.request->kind, SendRequest::Kind::ContractRead);
        QCOMPARE(validation.request->function, std::string("getNumber()"));

        form.abi.reset();
        form.abiProblem = QStringLiteral("Broken JSON.");
        QCOMPARE(SendFormValidator::validate(form).abiError, QStringLiteral("Broken JSON."));
    }

private:
    Translations m_english;
};

QTEST_GUILESS_MAIN(TestSendForm)
#include "tst_sendform.moc"
