// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/FixedBytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace seismic::app {

// Where a transaction we send stands: encrypting -> signing -> sent -> confirmed, or failed or
// expired.
enum class TxStatus
{
    Encrypting,
    Signing,
    Sent,
    Confirmed,
    Failed,
    Expired,
};

// One transaction sent from this app, as the history shows it.
struct TxRecord
{
    quint64 id = 0; // local, assigned by TxHistoryModel::add()
    QDateTime time;
    QString action;               // the function called, e.g. "transfer(address,suint256)"
    Address to;                   // the contract called
    std::optional<Hash> hash;     // known once signed
    std::optional<quint64> nonce; // known once signed
    std::optional<quint64> block; // the block that included it
    TxStatus status = TxStatus::Encrypting;
    QString error; // the reason of a failure (decoded revert reason, node error)

    friend bool operator==(const TxRecord&, const TxRecord&) = default;
};

} // namespace seismic::app
