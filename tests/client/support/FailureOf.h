// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <optional>

namespace testing {

// The error a call ended with; an Unsupported error when it succeeded or did not finish, so
// that the test's comparison of kinds fails.
template<typename T>
seismic::Error failureOf(const std::optional<seismic::Result<T>>& result)
{
    if (!result || result->ok())
        return seismic::makeError(seismic::ErrorKind::Unsupported, "the call did not fail");
    return result->error();
}

} // namespace testing
