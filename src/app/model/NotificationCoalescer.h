// SPDX-License-Identifier: MIT
#pragma once

#include "store/TransferRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace seismic::app {

// What one notification tells: a single transfer in full, or how many came in of each token.
struct TransferNotice
{
    std::optional<store::TransferRecord> single; // set when it is about one transfer
    // Otherwise: the token symbols in order of arrival, with how many of each; an empty symbol
    // stands for the tokens past NotificationCoalescer::kMaxSymbols.
    QList<std::pair<QString, int>> counts;
    int total = 0;
};

// Keeps notifications from storming: the first matching transfer after a quiet window is told
// at once; the ones that follow within the window are held and told together when it ends
// ("5 new transfers of SDT"), and that opens the next window. So at most one notification per
// window, whatever the rate. Time is the caller's (milliseconds), so that tests drive it.
class NotificationCoalescer
{
public:
    static constexpr qint64 kDefaultWindowMs = 5'000;
    // Symbols past this many are told as one "other tokens" count.
    static constexpr qsizetype kMaxSymbols = 8;

    explicit NotificationCoalescer(qint64 windowMs = kDefaultWindowMs);

    // A matching transfer at `now`: what to tell at once, or none when it is held.
    std::optional<TransferNotice> add(const store::TransferRecord& transfer, qint64 now);
    // Takes back a held transfer that was withdrawn (the caller knows it is held): it is not told.
    void withdraw(const store::TransferRecord& transfer);
    // When the held transfers are to be told; none when nothing is held.
    std::optional<qint64> dueAt() const;
    // The held transfers once their window is over at `now` (none before, or if none are held).
    std::optional<TransferNotice> takeDue(qint64 now);
    // Forgets what is held (notifications paused or switched off).
    void clear();

private:
    // The symbol a transfer is counted under (past kMaxSymbols, the empty "other tokens").
    QString countedSymbol(const QString& symbol) const;

    qint64 m_windowMs;
    std::optional<qint64> m_windowEnd;
    TransferNotice m_held;
};

} // namespace seismic::app
