// SPDX-License-Identifier: MIT
#include "rpc/Gzip.h"

#include <zlib.h>

#include <string>

namespace seismic::rpc {

Result<QByteArray> inflateBody(const QByteArray& compressed, qint64 maxBytes)
{
    z_stream stream{};
    // 15 window bits + 32: detect a gzip or zlib header automatically.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return makeError(ErrorKind::Decode, "cannot initialise the gzip decoder");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    char chunk[16 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof(chunk);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            const std::string reason = stream.msg ? stream.msg : "truncated data";
            inflateEnd(&stream);
            return makeError(ErrorKind::Decode, "corrupt gzip body: " + reason);
        }
        out.append(chunk, static_cast<qsizetype>(sizeof(chunk) - stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return makeError(ErrorKind::ResponseTooLarge,
                             "decompressed response exceeds the limit of " +
                                 std::to_string(maxBytes) + " bytes");
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return makeError(ErrorKind::Decode, "corrupt gzip body: truncated data");
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace seismic::rpc
