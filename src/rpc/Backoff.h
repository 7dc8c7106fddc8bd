// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace seismic::rpc {

// Exponential backoff with jitter: the n-th wait (n = 0 for the first) is
// min(maximum, initial * multiplier^n), of which up to `jitter` (a fraction) is taken off at
// random so that many clients failing together do not retry in lock-step.
struct Backoff
{
    std::chrono::milliseconds initial{200};
    std::chrono::milliseconds maximum{10'000};
    double multiplier = 2.0;
    double jitter = 0.5;

    std::chrono::milliseconds delayFor(int attempt) const;
    // The same without the random part: the upper bound of delayFor().
    std::chrono::milliseconds ceilingFor(int attempt) const;
};

} // namespace seismic::rpc
