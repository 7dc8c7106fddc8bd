// SPDX-License-Identifier: MIT
#include "store/TransferRecord.h"

namespace seismic::store {

TransferRecord transferRecordOf(const client::TransferEvent& event, const QString& symbol,
                                unsigned decimals, const QDateTime& time)
{
    TransferRecord record;
    record.time = time;
    record.blockNumber = event.blockNumber;
    record.blockHash = event.blockHash;
    record.token = event.token;
    record.tokenSymbol = symbol;
    record.decimals = decimals;
    record.from = event.from;
    record.to = event.to;
    record.amount = event.amount;
    record.amountStatus = event.amountStatus;
    if (event.tokenKind == client::TokenKind::Src20) {
        record.keyHash = event.encryptKeyHash;
        record.encryptedAmount = event.encryptedAmount;
    }
    record.txHash = event.transactionHash;
    record.logIndex = static_cast<quint32>(event.logIndex);
    record.removed = event.removed;
    return record;
}

} // namespace seismic::store
