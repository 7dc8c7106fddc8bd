// SPDX-License-Identifier: MIT
// Shared helpers for the Qt Test suites: readable QCOMPARE output for project types.
#pragma once

#include "core/Error.h"
#include "core/Hex.h"

#include <QTest>

namespace seismic {

// Found by argument-dependent lookup when QCOMPARE prints a mismatch.
inline char* toString(ErrorKind kind)
{
    return qstrdup(std::string(errorKindName(kind)).c_str());
}

} // namespace seismic

namespace testing {

// Hex text to bytes for known-answer vectors; a malformed vector is a test bug, so it aborts.
inline seismic::Bytes hex(std::string_view text)
{
    auto bytes = seismic::parseHex(text);
    if (!bytes)
        qFatal("bad hex in test vector");
    return std::move(bytes).value();
}

} // namespace testing
