// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TxRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace seismic::app {

// A TxRecord as JSON: the form the store's send_history rows keep it in (and that the history
// files of earlier versions held, one array per network and account). Integers are decimal
// strings (JSON numbers are doubles); times ISO 8601 in UTC.
QJsonObject txRecordToJson(const TxRecord& record);
// The status a record is kept and exported with: "sending", "not sent", "sent" (pending),
// "confirmed", "failed", "expired" or "replaced".
QString txRecordStatusName(const TxRecord& record);
// How a record's kind is kept and exported: "payment", "transfer", "call", "viewing key",
// "cancellation".
QString txActionName(TxAction action);
// Reads one record; what is wrong with it as a Decode error.
Result<TxRecord> txRecordFromJson(const QJsonObject& object);

// The contents of a history file of an earlier version ({"version": 1, "transactions": [...]}):
// the records that could be read, and what was wrong with the others (empty if nothing).
struct LegacyHistoryFile
{
    std::vector<TxRecord> records;
    QString problem;
};
LegacyHistoryFile parseLegacyHistoryFile(const QByteArray& json);

} // namespace seismic::app
