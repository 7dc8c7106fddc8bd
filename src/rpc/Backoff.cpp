// SPDX-License-Identifier: MIT
#include "rpc/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace seismic::rpc {

std::chrono::milliseconds Backoff::ceilingFor(int attempt) const
{
    const double grown = static_cast<double>(initial.count()) *
                         std::pow(std::max(multiplier, 1.0), std::max(attempt, 0));
    return std::chrono::milliseconds(
        static_cast<long long>(std::min(grown, static_cast<double>(maximum.count()))));
}

std::chrono::milliseconds Backoff::delayFor(int attempt) const
{
    const auto ceiling = static_cast<double>(ceilingFor(attempt).count());
    const double cut = std::clamp(jitter, 0.0, 1.0) * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(static_cast<long long>(ceiling * (1.0 - cut)));
}

} // namespace seismic::rpc
