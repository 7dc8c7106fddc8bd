// SPDX-License-Identifier: MIT
#pragma once

namespace seismic::app {

struct IntRange
{
    int minimum;
    int maximum;
    constexpr bool contains(int value) const { return value >= minimum && value <= maximum; }
};

// How the client talks to the network's endpoints: per-request deadline, retries with
// exponential backoff, a token-bucket rate limit, and how many requests may be in flight.
struct ConnectionSettings
{
    static constexpr IntRange kRequestTimeoutMs{100, 600'000};
    static constexpr IntRange kMaxAttempts{1, 20};
    static constexpr IntRange kBackoffBaseMs{10, 60'000};
    static constexpr IntRange kRequestsPerSecond{1, 10'000};
    static constexpr IntRange kBurst{1, 10'000};
    static constexpr IntRange kMaxConcurrentRequests{1, 256};

    int requestTimeoutMs = 15'000;
    int maxAttempts = 4; // including the first try
    int backoffBaseMs = 250;
    int requestsPerSecond = 25;
    int burst = 50;
    int maxConcurrentRequests = 8; // across the endpoint pool

    friend bool operator==(const ConnectionSettings&, const ConnectionSettings&) = default;
};

} // namespace seismic::app
