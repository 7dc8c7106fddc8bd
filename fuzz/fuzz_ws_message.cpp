// SPDX-License-Identifier: MIT
// WebSocket JSON-RPC messages as WsTransport reads them (rpc/WsIncoming: the pure decoding of
// one text message into answers and subscription notifications, without networking), and each
// answer through the JSON-RPC result decoder. Input: the message text (UTF-8). Checked: a
// message yields at most one item per entry, every answer carries the id the decoder reads
// from its object and decodes to a result or a typed error, every notification comes from an
// eth_subscription entry.
#include "FuzzCheck.h"

#include "rpc/JsonRpc.h"
#include "rpc/WsIncoming.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace seismic;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto items = rpc::decodeWsMessage(text);
    const auto document = QJsonDocument::fromJson(text.toUtf8());
    const auto entries = document.isArray() ? document.array().size() : document.isObject() ? 1 : 0;
    FUZZ_CHECK(items.size() <= static_cast<std::size_t>(entries));
    for (const auto& item : items) {
        if (item.kind == rpc::WsIncoming::Kind::Notification) {
            FUZZ_CHECK(item.response.isEmpty());
            continue;
        }
        FUZZ_CHECK(rpc::responseId(item.response) == item.id);
        FUZZ_CHECK(item.response.value("method").toString() != QLatin1String("eth_subscription"));
        const auto result = rpc::resultFromResponse(item.response);
        FUZZ_CHECK(result || !result.error().message.empty());
    }
    return 0;
}
