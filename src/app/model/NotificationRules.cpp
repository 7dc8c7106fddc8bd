// SPDX-License-Identifier: MIT
#include "app/model/NotificationRules.h"

#include "core/Units.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace seismic::app {
namespace {

// Plain decimal text: digits, then optionally a point and digits; no sign, no grouping.
bool isPlainDecimal(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,78}(\\.[0-9]{1,78})?$"));
    return decimal.match(text).hasMatch();
}

// The least amount in base units that reaches `minimum` (rounded up where it has more decimals
// than the token); none when no amount can (past 2^256 - 1).
std::optional<Uint256> leastAmount(const QString& minimum, unsigned decimals)
{
    const qsizetype point = minimum.indexOf(QLatin1Char('.'));
    const QString fraction = point < 0 ? QString() : minimum.mid(point + 1);
    const auto kept = static_cast<qsizetype>(decimals);
    const bool roundsUp = fraction.size() > kept &&
                          fraction.mid(kept).count(QLatin1Char('0')) != fraction.size() - kept;
    const QString text = fraction.size() > kept ? minimum.left(point + 1 + kept) : minimum;
    auto amount = parseUnits(text.toStdString(), decimals);
    if (!amount)
        return std::nullopt;
    if (roundsUp && *amount == ~Uint256(0))
        return std::nullopt;
    return roundsUp ? *amount + 1 : *amount;
}

} // namespace

QString NotificationRules::problem() const
{
    if (minimumAmount.isEmpty() || isPlainDecimal(minimumAmount))
        return {};
    //: The minimum amount of the notification rules, e.g. "1,5" or "-3".
    return QCoreApplication::translate("seismic::app::NotificationRules",
                                       "The minimum amount is not a plain decimal number, such "
                                       "as 1000 or 0.5.");
}

bool NotificationRules::matches(const store::TransferRecord& transfer,
                                WatchedAccountKind kind) const
{
    if (!enabled || transfer.removed)
        return false;
    if (!(kind == WatchedAccountKind::Own ? ownAccounts : watchOnlyAccounts))
        return false;
    if (!tokens.isEmpty() && !tokens.contains(transfer.token))
        return false;
    if (!counterparties.isEmpty() && !counterparties.contains(transfer.from))
        return false;
    if (minimumAmount.isEmpty())
        return true;
    if (!transfer.amount || !isPlainDecimal(minimumAmount))
        return false;
    const auto least = leastAmount(minimumAmount, transfer.decimals);
    return least && *transfer.amount >= *least;
}

} // namespace seismic::app
