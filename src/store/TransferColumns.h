// SPDX-License-Identifier: MIT
#pragma once

#include "client/Transfer.h"
#include "client/TransferEvent.h"
#include "core/Result.h"

#include <QString>
#include <QVariant>

namespace seismic::store {

// The enumerations of the transfers table as its TEXT columns hold them (amount_status, kind);
// reading refuses an unknown name as Corrupt.
QString amountStatusText(client::AmountStatus status);
Result<client::AmountStatus> readAmountStatus(const QVariant& value);
QString transferKindText(client::TransferKind kind);
Result<client::TransferKind> readTransferKind(const QVariant& value);

} // namespace seismic::store
