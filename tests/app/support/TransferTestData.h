// SPDX-License-Identifier: MIT
// Transfers the transfer table's suites share.
#pragma once

#include "AppTestSupport.h"
#include "store/TransferRecord.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace apptest {

inline const seismic::Address kAlice = *seismic::Address::parse(kAnvilAddress);
inline const seismic::Address kBob =
    *seismic::Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
inline const seismic::Address kToken =
    *seismic::Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

// Transfer n of the SRC token (6 decimals): block 100 + n, 1.5 × (n + 1) tokens, a transaction
// hash of its own.
inline seismic::store::TransferRecord transfer(quint32 n, const seismic::Address& from,
                                               const seismic::Address& to, bool removed = false)
{
    seismic::store::TransferRecord record;
    record.time = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5));
    record.blockNumber = 100 + n;
    record.token = kToken;
    record.tokenSymbol = QStringLiteral("SRC");
    record.decimals = 6;
    record.from = from;
    record.to = to;
    record.amount = seismic::Uint256(1500000) * (n + 1);
    record.txHash.bytes[0] = static_cast<std::uint8_t>(n);
    record.txHash.bytes[1] = static_cast<std::uint8_t>(n >> 8);
    record.txHash.bytes[2] = static_cast<std::uint8_t>(n >> 16);
    record.logIndex = n % 3;
    record.removed = removed;
    return record;
}

} // namespace apptest
