// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <vector>

namespace seismic::rpc {

// One item of a WebSocket JSON-RPC server's message: an answer to a call, or a subscription
// notification.
struct WsIncoming
{
    enum class Kind
    {
        Answer,
        Notification,
    };

    Kind kind = Kind::Answer;
    // Answer: the id of the call it answers, and the whole response object.
    std::uint64_t id = 0;
    QJsonObject response;
    // Notification: the server subscription it belongs to, and its payload.
    QString subscription;
    QJsonValue result;
};

// A text message (one object, or a batch answer's array) as its items, in order. What cannot
// be matched — text that is not JSON, entries that are neither an answer with a usable id nor
// an eth_subscription notification — is dropped: it proves nothing about the connection.
std::vector<WsIncoming> decodeWsMessage(const QString& text);

} // namespace seismic::rpc
