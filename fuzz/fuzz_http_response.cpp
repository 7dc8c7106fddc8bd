// SPDX-License-Identifier: MIT
// HTTP/1.1 responses through rpc/HttpResponseReader (Boost.Beast's parser with our limits), as
// a connection feeds it: in pieces, then the peer's close. Input: eight bytes that pick the
// piece sizes (each 1-32 bytes, cycling), then the bytes of the response. The same bytes are
// also read in one piece. Checked: a reader ends with a complete response or a typed error,
// stays ended, keeps every limit; reading in pieces is never more lenient than in one piece
// and, when both complete, gives the same response.
#include "FuzzCheck.h"

#include "rpc/HttpResponseReader.h"

#include <array>
#include <cstdint>
#include <cstring>

using namespace seismic;
using rpc::HttpResponseReader;
using Status = HttpResponseReader::Status;

namespace {

// Small, so that inputs reach it.
constexpr qint64 kMaxBody = 2048;

struct Outcome
{
    Status status = Status::NeedMore;
    rpc::HttpResponse response;
    bool keepAlive = false;
    ErrorKind kind = ErrorKind::Transport;
};

bool isTypedReadError(ErrorKind kind)
{
    return kind == ErrorKind::Protocol || kind == ErrorKind::ResponseTooLarge ||
           kind == ErrorKind::Transport || kind == ErrorKind::Decode;
}

Outcome read(QByteArrayView bytes, const std::array<std::uint8_t, 8>& pieces)
{
    HttpResponseReader reader(kMaxBody);
    Status status = Status::NeedMore;
    qsizetype at = 0;
    for (std::size_t i = 0; at < bytes.size(); ++i) {
        const qsizetype size = pieces[i % pieces.size()] % 32 + 1;
        const auto piece = bytes.sliced(at, std::min(size, bytes.size() - at));
        at += piece.size();
        const auto next = reader.feed(piece);
        // Once ended, it stays ended, whatever else arrives.
        FUZZ_CHECK(status == Status::NeedMore || next == status);
        status = next;
    }
    const auto last = reader.finish();
    FUZZ_CHECK(status == Status::NeedMore || last == status);
    FUZZ_CHECK(last != Status::NeedMore);
    Outcome outcome;
    outcome.status = last;
    outcome.keepAlive = reader.keepAlive();
    if (last == Status::Failed) {
        FUZZ_CHECK(isTypedReadError(reader.error().kind));
        FUZZ_CHECK(!reader.error().message.empty());
        FUZZ_CHECK(!reader.keepAlive());
        outcome.kind = reader.error().kind;
        return outcome;
    }
    outcome.response = reader.takeResponse();
    FUZZ_CHECK(outcome.response.status >= 200 && outcome.response.status <= 999);
    FUZZ_CHECK(outcome.response.body.size() <= kMaxBody);
    FUZZ_CHECK(outcome.response.reason.size() <= HttpResponseReader::kMaxHeadBytes);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::array<std::uint8_t, 8> pieces{};
    if (size < pieces.size())
        return 0;
    std::memcpy(pieces.data(), data, pieces.size());
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + pieces.size()),
                               static_cast<qsizetype>(size - pieces.size()));
    const auto inPieces = read(bytes, pieces);
    HttpResponseReader single(kMaxBody);
    single.feed(bytes);
    const auto oneFeed = single.finish();
    // In pieces, a reader may refuse earlier (a chunk line or trailers over their limit before
    // their end arrived), never later.
    if (oneFeed == Status::Failed)
        FUZZ_CHECK(inPieces.status == Status::Failed);
    if (oneFeed == Status::Complete && inPieces.status == Status::Complete) {
        const auto expected = single.takeResponse();
        FUZZ_CHECK(inPieces.response.status == expected.status);
        FUZZ_CHECK(inPieces.response.body == expected.body);
        FUZZ_CHECK(inPieces.response.contentType == expected.contentType);
        FUZZ_CHECK(inPieces.keepAlive == single.keepAlive());
    }
    if (oneFeed == Status::Complete && inPieces.status == Status::Failed)
        FUZZ_CHECK(inPieces.kind == ErrorKind::Protocol);
    return 0;
}
