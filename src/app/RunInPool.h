// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace seismic::app {

// Runs `job` on `pool` and completes with its result on the calling thread's event loop. The
// job must not touch GUI objects: it gets everything it needs by value. `pool` is used only
// before the first suspension.
template<typename Job>
QCoro::Task<std::invoke_result_t<Job&>> runInPool(QThreadPool& pool, Job job)
{
    using Value = std::invoke_result_t<Job&>;
    // QThreadPool::start() copies the callable, and a QPromise cannot be copied.
    auto promise = std::make_shared<QPromise<Value>>();
    QFuture<Value> future = promise->future();
    promise->start();
    pool.start([promise, job = std::move(job)]() mutable {
        promise->addResult(job());
        promise->finish();
    });
    co_return co_await future;
}

} // namespace seismic::app
