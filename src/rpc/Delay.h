// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"

#include <QCoro/QCoroTask>

#include <chrono>

namespace seismic::rpc {

// Suspends for `duration` on the event loop. Ends early with a Cancelled error when `cancel`
// fires, so an owner that cancels its shutdown token never leaves a coroutine asleep.
QCoro::Task<Status> delay(std::chrono::milliseconds duration, CancelToken cancel = {});

} // namespace seismic::rpc
