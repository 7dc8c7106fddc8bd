// SPDX-License-Identifier: MIT
#pragma once

#include "core/Uint256.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace seismic::app {

// An amount typed by the user: its exact value in base units, or why it is not one (translated).
struct ParsedAmount
{
    std::optional<Uint256> value;
    QString problem;
};

// Amounts as the user types and reads them, in a locale's decimal mark and digit grouping. Both
// marks are accepted as the decimal mark where that is unambiguous ("1,5" and "1.5" in German as
// in English); a single mark followed by exactly three digits could group thousands or start the
// decimals ("1.234"), so it is refused with a message saying both readings. Thousands may be
// grouped by the other mark or spaces; the value is exact, never rounded.
class AmountText
{
    Q_DECLARE_TR_FUNCTIONS(seismic::app::AmountText)

public:
    static ParsedAmount parse(const QString& text, unsigned decimals,
                              const QLocale& locale = QLocale());

    // Every digit, grouped: "1,234.000000000000000001".
    static QString exact(const Uint256& value, unsigned decimals,
                         const QLocale& locale = QLocale());
    // A sensible precision for display: six decimals, or four significant digits below one;
    // digits left out are marked by a trailing "…" (exact() goes in the tooltip).
    static QString rounded(const Uint256& value, unsigned decimals,
                           const QLocale& locale = QLocale());
    // A plain decimal ("1234.5", as formatUnits writes it) in the locale's marks and grouping.
    static QString localized(const QString& plainDecimal, const QLocale& locale = QLocale());
};

} // namespace seismic::app
