// SPDX-License-Identifier: MIT
#include "rpc/LogFilter.h"

#include <QJsonArray>

namespace seismic::rpc {

QJsonObject LogFilter::toSubscriptionJson() const
{
    QJsonObject json;
    if (addresses.size() == 1) {
        json.insert("address", QString::fromStdString(addresses.front().lowerHex()));
    } else if (!addresses.empty()) {
        QJsonArray list;
        for (const auto& address : addresses)
            list.append(QString::fromStdString(address.lowerHex()));
        json.insert("address", list);
    }
    if (!topics.empty()) {
        QJsonArray positions;
        for (const auto& position : topics) {
            if (!position) {
                positions.append(QJsonValue::Null);
            } else if (position->size() == 1) {
                positions.append(QString::fromStdString(position->front().hex()));
            } else {
                QJsonArray alternatives;
                for (const auto& topic : *position)
                    alternatives.append(QString::fromStdString(topic.hex()));
                positions.append(alternatives);
            }
        }
        json.insert("topics", positions);
    }
    return json;
}

QJsonObject LogFilter::toJson() const
{
    auto json = toSubscriptionJson();
    if (blockHash) {
        json.insert("blockHash", QString::fromStdString(blockHash->hex()));
        return json;
    }
    if (fromBlock)
        json.insert("fromBlock", fromBlock->toJson());
    if (toBlock)
        json.insert("toBlock", toBlock->toJson());
    return json;
}

} // namespace seismic::rpc
