// SPDX-License-Identifier: MIT
// QVERIFY for an awaited Result (std::optional<Result<T>> from testing::awaitTask): fails with
// "timed out" or the error's description.
#pragma once

#include <QTest>

#define VERIFY_OK(awaited)                                                                         \
    QVERIFY2((awaited) && (awaited)->ok(), !(awaited) ? "timed out"                                \
                                           : (awaited)->ok()                                       \
                                               ? ""                                                \
                                               : (awaited)->error().describe().c_str())
