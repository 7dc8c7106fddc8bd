// SPDX-License-Identifier: MIT
#include "rpc/WsIncoming.h"

#include "rpc/JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace seismic::rpc {

namespace {

std::optional<WsIncoming> decodeItem(const QJsonObject& message)
{
    WsIncoming item;
    if (message.value("method").toString() == QLatin1String("eth_subscription")) {
        const auto params = message.value("params").toObject();
        item.kind = WsIncoming::Kind::Notification;
        item.subscription = params.value("subscription").toString();
        item.result = params.value("result");
        return item;
    }
    const auto id = responseId(message);
    if (!id)
        return std::nullopt;
    item.id = *id;
    item.response = message;
    return item;
}

} // namespace

std::vector<WsIncoming> decodeWsMessage(const QString& text)
{
    const auto document = QJsonDocument::fromJson(text.toUtf8());
    std::vector<WsIncoming> items;
    const auto add = [&items](const QJsonValue& entry) {
        if (auto item = decodeItem(entry.toObject()))
            items.push_back(std::move(*item));
    };
    if (document.isObject()) {
        add(document.object());
        return items;
    }
    const auto entries = document.array();
    items.reserve(static_cast<std::size_t>(entries.size()));
    for (const auto& entry : entries)
        add(entry);
    return items;
}

} // namespace seismic::rpc
