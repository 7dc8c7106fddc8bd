// SPDX-License-Identifier: MIT
#include "app/model/AmountText.h"

#include "core/Units.h"

#include <QStringList>

namespace seismic::app {
namespace {

constexpr int kGroupSize = 3;
constexpr qsizetype kShownDecimals = 6;
constexpr qsizetype kShownSignificantDigits = 4;

bool isDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

// The digits of a whole part written with thousands grouped by `groupMark` or spaces (1-3
// digits, then groups of exactly three), or ungrouped; nothing when it is neither.
std::optional<QString> groupedDigits(const QString& whole, QChar groupMark)
{
    QStringList groups;
    QString group;
    for (const QChar c : whole) {
        if (c == groupMark || isSpace(c)) {
            groups.append(group);
            group.clear();
        } else {
            group.append(c);
        }
    }
    groups.append(group);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString& digits = groups[i];
        if (!isDigits(digits))
            return std::nullopt;
        if (groups.size() == 1)
            continue;
        // A leading zero starts no thousands group.
        const bool fits = i == 0 ? digits.size() <= kGroupSize && digits.front() != QLatin1Char('0')
                                 : digits.size() == kGroupSize;
        if (!fits)
            return std::nullopt;
    }
    return groups.join(QString());
}

QString groupThousands(const QString& digits, const QLocale& locale)
{
    if (locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return digits;
    QString grouped;
    const qsizetype size = digits.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (i > 0 && (size - i) % kGroupSize == 0)
            grouped.append(locale.groupSeparator());
        grouped.append(digits[i]);
    }
    return grouped;
}

ParsedAmount refused(QString problem)
{
    return ParsedAmount{std::nullopt, std::move(problem)};
}

} // namespace

ParsedAmount AmountText::parse(const QString& typed, unsigned decimals, const QLocale& locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return refused(tr("Enter an amount."));
    const QChar decimalMark =
        locale.decimalPoint().front() == QLatin1Char(',') ? QLatin1Char(',') : QLatin1Char('.');
    const QChar otherMark = decimalMark == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    //: %1 is what the user typed, %2 the decimal mark of the language.
    const QString notAnAmount =
        tr("“%1” is not an amount: write digits, with “%2” before any decimals.")
            .arg(text, decimalMark);

    QString whole = text;
    QString fraction;
    bool hasMark = true;
    if (const qsizetype marks = text.count(decimalMark); marks > 1) {
        return refused(notAnAmount);
    } else if (marks == 1) {
        const qsizetype at = text.indexOf(decimalMark);
        whole = text.left(at);
        fraction = text.mid(at + 1);
    } else if (text.count(otherMark) == 1) {
        const qsizetype at = text.indexOf(otherMark);
        const QString before = text.left(at);
        const QString after = text.mid(at + 1);
        if (const auto asGrouped = groupedDigits(text, otherMark)) {
            const QString asDecimal =
                groupedDigits(before, otherMark).value_or(before) + QLatin1Char('.') + after;
            //: %1 is what the user typed, %2 and %3 the two amounts it could mean, %4 the
            //: language's decimal mark.
            return refused(tr("“%1” is ambiguous: it could mean %2 or %3. Write it without "
                              "thousands separators, with “%4” before any decimals.")
                               .arg(text, *asGrouped, localized(asDecimal, locale), decimalMark));
        }
        // Not a thousands group: the other language's decimal mark.
        whole = before;
        fraction = after;
    } else {
        hasMark = false;
    }
    const auto digits = whole.isEmpty() && !fraction.isEmpty()
                            ? std::optional<QString>(QStringLiteral("0"))
                            : groupedDigits(whole, otherMark);
    if (!digits || (hasMark && !isDigits(fraction)))
        return refused(notAnAmount);
    if (fraction.size() > static_cast<qsizetype>(decimals))
        return refused(tr("This token allows %n decimal(s); the amount has more.", nullptr,
                          static_cast<int>(decimals)));
    const QString plain = fraction.isEmpty() ? *digits : *digits + QLatin1Char('.') + fraction;
    auto value = parseUnits(plain.toStdString(), decimals);
    if (!value)
        return refused(tr("The amount is too large."));
    return ParsedAmount{*value, QString()};
}

QString AmountText::localized(const QString& plainDecimal, const QLocale& locale)
{
    const qsizetype point = plainDecimal.indexOf(QLatin1Char('.'));
    const QString whole = groupThousands(plainDecimal.left(point), locale);
    return point < 0 ? whole : whole + locale.decimalPoint() + plainDecimal.mid(point + 1);
}

QString AmountText::exact(const Uint256& value, unsigned decimals, const QLocale& locale)
{
    return localized(QString::fromStdString(formatUnits(value, decimals)), locale);
}

QString AmountText::rounded(const Uint256& value, unsigned decimals, const QLocale& locale)
{
    const QString plain = QString::fromStdString(formatUnits(value, decimals));
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    if (point < 0)
        return localized(plain, locale);
    QString fraction = plain.mid(point + 1);
    qsizetype kept = kShownDecimals;
    if (plain.left(point) == QLatin1String("0")) {
        qsizetype zeros = 0;
        while (zeros < fraction.size() && fraction[zeros] == QLatin1Char('0'))
            ++zeros;
        kept = std::max(kept, zeros + kShownSignificantDigits);
    }
    if (fraction.size() <= kept)
        return localized(plain, locale);
    fraction.truncate(kept);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString shown =
        fraction.isEmpty() ? plain.left(point) : plain.left(point) + QLatin1Char('.') + fraction;
    return localized(shown, locale) + QChar(0x2026);
}

} // namespace seismic::app
