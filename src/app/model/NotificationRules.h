// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "store/TransferRecord.h"

#include <QList>
#include <QString>

namespace seismic::app {

// Whose account a transfer came in to.
enum class WatchedAccountKind
{
    Own,       // an account of this wallet (a signing key)
    WatchOnly, // an address watched without a key
};

// Which incoming transfers raise a notification (Settings, Notifications tab). A transfer
// matches when every condition does; an empty list is no condition.
struct NotificationRules
{
    bool enabled = true;
    QList<Address> tokens;         // the token contracts; empty: every token
    QList<Address> counterparties; // the senders; empty: anyone
    // In whole tokens, as plain decimal text ("0.5"); empty: any amount. A transfer whose amount
    // is hidden (encrypted under a key we lack) cannot be shown to reach it and does not match.
    QString minimumAmount;
    bool ownAccounts = true;
    bool watchOnlyAccounts = true;

    // Why these rules cannot be used (an amount that is no decimal number); empty if they can.
    QString problem() const;
    // Whether `transfer`, which came in to an account of `kind`, raises a notification.
    bool matches(const store::TransferRecord& transfer, WatchedAccountKind kind) const;

    friend bool operator==(const NotificationRules&, const NotificationRules&) = default;
};

} // namespace seismic::app
