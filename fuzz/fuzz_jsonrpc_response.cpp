// SPDX-License-Identifier: MIT
// JSON-RPC response bodies, single and batch (rpc/JsonRpc: the pure decoding the transports
// call, without networking). Input: one control byte, then the body. The control byte's low
// bit picks single or batch, bits 1-3 the batch size (1-8), bits 4-5 the first request id
// (1, 1000, 2^53 - 1 or 2^64 - 9: ids at the edges of what JSON numbers hold). A batch always
// yields exactly one result per request; a single answer is accepted only under its own id.
#include "FuzzCheck.h"

#include "rpc/JsonRpc.h"

#include <QJsonDocument>

#include <array>
#include <cstdint>

using namespace seismic;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t control = data[0];
    constexpr std::array<std::uint64_t, 4> firstIds{1, 1000, (std::uint64_t(1) << 53) - 1,
                                                    UINT64_MAX - 8};
    const std::uint64_t firstId = firstIds[(control >> 4) & 3];
    const QByteArray body(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));

    if ((control & 1) == 0) {
        auto result = rpc::decodeResponse(body, firstId);
        if (result) {
            const auto document = QJsonDocument::fromJson(body);
            FUZZ_CHECK(document.isObject());
            FUZZ_CHECK(rpc::responseId(document.object()) == firstId);
        }
        return 0;
    }
    const std::size_t count = ((control >> 1) & 7) + 1;
    const auto results = rpc::decodeBatchResponse(body, firstId, count);
    FUZZ_CHECK(results.size() == count);
    for (const auto& result : results)
        FUZZ_CHECK(result || !result.error().message.empty());
    return 0;
}
