// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/Promise.h"

#include <QCoro/QCoroTask>
#include <QTimer>

#include <chrono>
#include <optional>
#include <string>

namespace seismic::rpc {

inline Error timeoutError(std::chrono::milliseconds timeout, const std::string& what)
{
    return makeError(ErrorKind::Timeout,
                     what + " timed out after " + std::to_string(timeout.count()) + " ms");
}

namespace detail {

template<typename T>
QCoro::Task<> settleInto(QCoro::Task<T> task, Promise<T> promise)
{
    promise.resolve(co_await task);
}

} // namespace detail

// A deadline for one task or a whole group (a whenAll task). T is a Result. When the deadline
// passes the result is a Timeout error. If `cancelOnTimeout` is given (the source the work was
// started with) it is cancelled and the call waits for the work to unwind, so nothing keeps
// running after it returns; otherwise the work finishes in the background, unobserved.
template<typename T>
QCoro::Task<T> withTimeout(QCoro::Task<T> task, std::chrono::milliseconds timeout,
                           std::optional<CancelSource> cancelOnTimeout = {},
                           std::string what = "operation")
{
    Promise<T> first;
    auto settled = detail::settleInto(std::move(task), first);
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout,
                     [first, timeout, what] { first.resolve(T(timeoutError(timeout, what))); });
    timer.start(timeout);
    T result = co_await first.future();
    timer.stop();
    if (!settled.isReady() && cancelOnTimeout) {
        cancelOnTimeout->cancel();
        co_await settled;
    }
    co_return result;
}

} // namespace seismic::rpc
