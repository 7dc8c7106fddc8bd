// SPDX-License-Identifier: MIT
#include "core/Keccak.h"

#include <QCryptographicHash>

namespace seismic {

Hash keccak256(ByteView data)
{
    QCryptographicHash hasher(QCryptographicHash::Keccak_256);
    hasher.addData(QByteArrayView(reinterpret_cast<const char*>(data.data()),
                                  static_cast<qsizetype>(data.size())));
    Hash out;
    const QByteArrayView digest = hasher.resultView();
    std::copy(digest.begin(), digest.end(), out.bytes.begin());
    return out;
}

std::array<std::uint8_t, 4> selectorOf(std::string_view signature)
{
    const Hash hash = keccak256(asBytes(signature));
    return {hash.bytes[0], hash.bytes[1], hash.bytes[2], hash.bytes[3]};
}

} // namespace seismic
