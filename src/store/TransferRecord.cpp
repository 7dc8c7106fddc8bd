// SPDX-License-Identifier: MIT
#include "store/TransferRecord.h"

namespace seismic::store {

TransferRecord transferRecordOf(const client::Transfer& transfer, const QString& symbol,
                                unsigned decimals, const QDateTime& time,
                                const std::vector<const client::TransferEvent*>& logs)
{
    TransferRecord record;
    record.time = time;
    record.blockNumber = transfer.blockNumber;
    record.blockHash = transfer.blockHash;
    record.token = transfer.token;
    record.tokenSymbol = symbol;
    record.decimals = decimals;
    record.kind = transfer.kind;
    record.from = transfer.from;
    record.to = transfer.to;
    record.amount = transfer.amount;
    record.amountStatus = transfer.amountStatus;
    record.visibility = transfer.visibility;
    record.txHash = transfer.transactionHash;
    record.logIndex = static_cast<quint32>(transfer.firstLogIndex);
    record.logCount = transfer.logCount;
    if (transfer.tokenKind == client::TokenKind::Src20)
        for (const client::TransferEvent* log : logs)
            record.logs.push_back(
                {static_cast<quint32>(log->logIndex), log->encryptKeyHash, log->encryptedAmount});
    record.removed = transfer.removed;
    return record;
}

} // namespace seismic::store
