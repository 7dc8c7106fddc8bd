// SPDX-License-Identifier: MIT
#include "core/WipeOnExit.h"

#include <openssl/crypto.h>

namespace seismic {

void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

void secureWipe(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
}

void secureWipe(std::string& text)
{
    if (!text.empty())
        OPENSSL_cleanse(text.data(), text.size());
}

} // namespace seismic
