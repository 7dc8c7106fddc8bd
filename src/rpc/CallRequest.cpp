// SPDX-License-Identifier: MIT
#include "rpc/CallRequest.h"

#include "core/Hex.h"

namespace seismic::rpc {

namespace {

QString quantity(const Uint256& value)
{
    return QString::fromStdString(toQuantity(value));
}

} // namespace

QJsonObject CallRequest::toJson() const
{
    QJsonObject json = extra;
    if (from)
        json.insert("from", QString::fromStdString(from->lowerHex()));
    if (to)
        json.insert("to", QString::fromStdString(to->lowerHex()));
    if (gas)
        json.insert("gas", quantity(Uint256(*gas)));
    if (gasPrice)
        json.insert("gasPrice", quantity(*gasPrice));
    if (maxFeePerGas)
        json.insert("maxFeePerGas", quantity(*maxFeePerGas));
    if (maxPriorityFeePerGas)
        json.insert("maxPriorityFeePerGas", quantity(*maxPriorityFeePerGas));
    if (value)
        json.insert("value", quantity(*value));
    json.insert("data", QString::fromStdString(toHex(data)));
    return json;
}

} // namespace seismic::rpc
