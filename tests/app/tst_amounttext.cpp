// SPDX-License-Identifier: MIT
// Amounts in the user's locale, table-driven in English, German and French: the decimal mark of
// either language where unambiguous, thousands groups, ambiguous and bad input refused with a
// reason, exact values of 0 and 18 decimals up to the largest Uint256, and the shown precision.
#include "TestSupport.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/model/AmountText.h"
#include "app/model/TimeText.h"

using namespace seismic;
using namespace seismic::app;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kFrench(QLocale::French, QLocale::France);

// The largest Uint256, 2^256 - 1.
const QString kMaxDigits = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");

Uint256 units(const char* decimal)
{
    return *parseUint256(decimal);
}

QString frenchGroup()
{
    return kFrench.groupSeparator();
}

} // namespace

Q_DECLARE_METATYPE(Uint256)

class TestAmountText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        // The English catalogue supplies the plural forms.
        QVERIFY(m_translations.load(kEnglish));
    }

    void parsesExactValues_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<unsigned>("decimals");
        QTest::addColumn<Uint256>("expected");
        const auto row = [](const char* name, const QLocale& locale, const QString& text,
                            unsigned decimals, const char* expected) {
            QTest::newRow(name) << locale << text << decimals << units(expected);
        };
        row("en point", kEnglish, QStringLiteral("1.5"), 18, "1500000000000000000");
        row("en grouped", kEnglish, QStringLiteral("1,234,567.25"), 2, "123456725");
        row("en comma as decimal mark", kEnglish, QStringLiteral("1,5"), 18, "1500000000000000000");
        row("en zero", kEnglish, QStringLiteral("0"), 18, "0");
        row("en leading point", kEnglish, QStringLiteral(".5"), 1, "5");
        row("en smallest unit", kEnglish, QStringLiteral("0.000000000000000001"), 18, "1");
        row("en no decimals", kEnglish, QStringLiteral("42"), 0, "42");
        row("en spaces group", kEnglish, QStringLiteral(" 1 000 000 "), 0, "1000000");
        row("en leading zero is no group", kEnglish, QStringLiteral("0,123"), 3, "123");
        row("de comma", kGerman, QStringLiteral("1,5"), 18, "1500000000000000000");
        row("de grouped", kGerman, QStringLiteral("1.234.567,25"), 2, "123456725");
        row("de point as decimal mark", kGerman, QStringLiteral("12.5"), 6, "12500000");
        row("de four digits after point", kGerman, QStringLiteral("1.2345"), 4, "12345");
        row("de leading zero is no group", kGerman, QStringLiteral("0.123"), 3, "123");
        row("fr comma", kFrench, QStringLiteral("2,75"), 6, "2750000");
        row("fr narrow space groups", kFrench,
            QStringLiteral("1") + frenchGroup() + QStringLiteral("234,5"), 1, "12345");
        row("fr no-break space groups", kFrench, QStringLiteral("1\u00A0234"), 0, "1234");
        row("fr point groups", kFrench, QStringLiteral("1.234.567"), 0, "1234567");
        QTest::newRow("largest Uint256")
            << kEnglish << kMaxDigits << 0u << *parseUint256(kMaxDigits.toStdString());
    }

    void parsesExactValues()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(unsigned, decimals);
        QFETCH(Uint256, expected);
        const ParsedAmount parsed = AmountText::parse(text, decimals, locale);
        QVERIFY2(parsed.value, qPrintable(parsed.problem));
        QCOMPARE(parsed.value->str(), expected.str());
        QVERIFY(parsed.problem.isEmpty());
    }

    void refusesBadInputWithAReason_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<unsigned>("decimals");
        QTest::addColumn<QString>("problem");
        const QString notAnAmountEn = QStringLiteral("is not an amount: write digits, with “.”");
        const QString notAnAmountDe = QStringLiteral("is not an amount: write digits, with “,”");
        QTest::newRow("de ambiguous")
            << kGerman << QStringLiteral("1.234") << 18u
            << QStringLiteral("“1.234” is ambiguous: it could mean 1234 or 1,234. Write it "
                              "without thousands separators, with “,” before any decimals.");
        QTest::newRow("en ambiguous")
            << kEnglish << QStringLiteral("12,345") << 18u
            << QStringLiteral("“12,345” is ambiguous: it could mean 12345 or 12.345.");
        QTest::newRow("fr ambiguous") << kFrench << QStringLiteral("1 000.500") << 18u
                                      << QStringLiteral("it could mean 1000500 or 1") +
                                             frenchGroup() + QStringLiteral("000,500");
        QTest::newRow("empty") << kEnglish << QStringLiteral("  ") << 18u
                               << QStringLiteral("Enter an amount.");
        QTest::newRow("negative") << kEnglish << QStringLiteral("-1") << 18u << notAnAmountEn;
        QTest::newRow("exponent") << kEnglish << QStringLiteral("1e18") << 18u << notAnAmountEn;
        QTest::newRow("hex") << kEnglish << QStringLiteral("0x10") << 18u << notAnAmountEn;
        QTest::newRow("letters") << kGerman << QStringLiteral("zwei") << 18u << notAnAmountDe;
        QTest::newRow("two decimal marks")
            << kGerman << QStringLiteral("1,5,0") << 18u << notAnAmountDe;
        QTest::newRow("mark without decimals")
            << kEnglish << QStringLiteral("5.") << 18u << notAnAmountEn;
        QTest::newRow("other mark without decimals")
            << kGerman << QStringLiteral("5.") << 18u << notAnAmountDe;
        QTest::newRow("only a mark") << kGerman << QStringLiteral(",") << 18u << notAnAmountDe;
        QTest::newRow("bad groups")
            << kEnglish << QStringLiteral("12,34,567") << 18u << notAnAmountEn;
        QTest::newRow("group in decimals")
            << kEnglish << QStringLiteral("1.234,567") << 18u << notAnAmountEn;
        QTest::newRow("non-ASCII digits")
            << kEnglish << QStringLiteral("\u0661\u0662") << 18u << notAnAmountEn;
        QTest::newRow("too many decimals")
            << kEnglish << QStringLiteral("0.1234567") << 6u
            << QStringLiteral("This token allows 6 decimals; the amount has more.");
        QTest::newRow("decimals for a token without")
            << kGerman << QStringLiteral("1,5") << 0u
            << QStringLiteral("This token allows 0 decimals; the amount has more.");
        QTest::newRow("over the largest Uint256")
            << kEnglish << kMaxDigits.left(kMaxDigits.size() - 1) + QStringLiteral("6") << 0u
            << QStringLiteral("The amount is too large.");
        QTest::newRow("huge with decimals")
            << kEnglish << kMaxDigits.left(61) + QStringLiteral(".5") << 18u
            << QStringLiteral("The amount is too large.");
    }

    void refusesBadInputWithAReason()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(unsigned, decimals);
        QFETCH(QString, problem);
        const ParsedAmount parsed = AmountText::parse(text, decimals, locale);
        QVERIFY2(!parsed.value, parsed.value ? parsed.value->str().c_str() : "");
        QVERIFY2(parsed.problem.contains(problem), qPrintable(parsed.problem));
    }

    void formats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Uint256>("value");
        QTest::addColumn<unsigned>("decimals");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("rounded");
        const auto row = [](const char* name, const QLocale& locale, const char* value,
                            unsigned decimals, const QString& exact, const QString& rounded) {
            QTest::newRow(name) << locale << units(value) << decimals << exact << rounded;
        };
        row("en zero", kEnglish, "0", 18, QStringLiteral("0"), QStringLiteral("0"));
        row("de zero", kGerman, "0", 0, QStringLiteral("0"), QStringLiteral("0"));
        row("en whole", kEnglish, "1234567000000000000000000", 18, QStringLiteral("1,234,567"),
            QStringLiteral("1,234,567"));
        row("de whole", kGerman, "1234567", 0, QStringLiteral("1.234.567"),
            QStringLiteral("1.234.567"));
        row("fr whole", kFrench, "1234567", 0,
            QStringLiteral("1") + frenchGroup() + QStringLiteral("234") + frenchGroup() +
                QStringLiteral("567"),
            QStringLiteral("1") + frenchGroup() + QStringLiteral("234") + frenchGroup() +
                QStringLiteral("567"));
        row("en eth balance", kEnglish, "9999123456789012345678", 18,
            QStringLiteral("9,999.123456789012345678"), QStringLiteral("9,999.123456…"));
        row("de eth balance", kGerman, "9999123456789012345678", 18,
            QStringLiteral("9.999,123456789012345678"), QStringLiteral("9.999,123456…"));
        row("fr eth balance", kFrench, "1500000000000000000", 18, QStringLiteral("1,5"),
            QStringLiteral("1,5"));
        row("dropped digits only zeros", kEnglish, "1000000000000000001", 18,
            QStringLiteral("1.000000000000000001"), QStringLiteral("1…"));
        row("small keeps significant digits", kEnglish, "1234567890", 18,
            QStringLiteral("0.00000000123456789"), QStringLiteral("0.000000001234…"));
        row("smallest unit", kGerman, "1", 18, QStringLiteral("0,000000000000000001"),
            QStringLiteral("0,000000000000000001"));
        row("six decimals shown whole", kEnglish, "1250000", 6, QStringLiteral("1.25"),
            QStringLiteral("1.25"));
        QTest::newRow("largest Uint256, 18 decimals")
            << kEnglish << *parseUint256(kMaxDigits.toStdString()) << 18u
            << QStringLiteral("115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,"
                              "640,564,039,457.584007913129639935")
            << QStringLiteral("115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,"
                              "640,564,039,457.584007…");
    }

    void formats()
    {
        QFETCH(QLocale, locale);
        QFETCH(Uint256, value);
        QFETCH(unsigned, decimals);
        QFETCH(QString, exact);
        QFETCH(QString, rounded);
        QCOMPARE(AmountText::exact(value, decimals, locale), exact);
        QCOMPARE(AmountText::rounded(value, decimals, locale), rounded);
        // What is shown exactly reads back as the same value.
        const ParsedAmount reread = AmountText::parse(exact, decimals, locale);
        QVERIFY2(reread.value, qPrintable(reread.problem));
        QCOMPARE(reread.value->str(), value.str());
    }

    void localizesRecordedAmounts()
    {
        QCOMPARE(AmountText::localized(QStringLiteral("12345.5"), kGerman),
                 QStringLiteral("12.345,5"));
        QCOMPARE(AmountText::localized(QStringLiteral("12"), kEnglish), QStringLiteral("12"));
    }

    void germanProblemsAreGerman()
    {
        Translations german;
        QVERIFY(german.load(kGerman));
        QCOMPARE(
            AmountText::parse(QStringLiteral("1.234"), 18, kGerman).problem,
            QStringLiteral("„1.234“ ist mehrdeutig: Es kann 1234 oder 1,234 bedeuten. Schreiben "
                           "Sie den Betrag ohne Tausendertrennzeichen, mit „,“ vor den "
                           "Nachkommastellen."));
        QCOMPARE(AmountText::parse(QStringLiteral("0,5"), 0, kGerman).problem,
                 QStringLiteral("Dieser Token erlaubt 0 Nachkommastellen; der Betrag hat mehr."));
    }

    void timesHaveOneFormat()
    {
        const QDateTime time(QDate(2025, 1, 2), QTime(3, 4, 5));
        QCOMPARE(timeText(time), QStringLiteral("2025-01-02 03:04:05"));
        QCOMPARE(timeText(QDateTime()), QString());
    }

private:
    Translations m_translations;
};

QTEST_MAIN(TestAmountText)
#include "tst_amounttext.moc"
