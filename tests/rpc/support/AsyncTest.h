// SPDX-License-Identifier: MIT
// Driving coroutines from Qt Test functions, and checking that the event loop stayed
// responsive while they ran.
#pragma once

#include "rpc/ConnectionState.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace seismic::rpc {

// Found by argument-dependent lookup when QCOMPARE prints a mismatch.
inline char* toString(ConnectionState state)
{
    return qstrdup(std::string(connectionStateName(state)).c_str());
}

} // namespace seismic::rpc

namespace testing {

namespace detail {

template<typename T>
struct AwaitState
{
    std::optional<T> result;
    QEventLoop* loop = nullptr;
};

template<typename T>
QCoro::Task<> deliver(QCoro::Task<T> task, std::shared_ptr<AwaitState<T>> state)
{
    auto value = co_await task;
    state->result.emplace(std::move(value));
    if (state->loop)
        state->loop->quit();
}

} // namespace detail

// Runs the event loop until `task` completes and returns its value, or nothing if it did not
// complete within `timeout` (the test then fails on the empty optional).
template<typename T>
std::optional<T> awaitTask(QCoro::Task<T> task,
                           std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    auto state = std::make_shared<detail::AwaitState<T>>();
    auto runner = detail::deliver(std::move(task), state);
    if (!state->result) {
        QEventLoop loop;
        state->loop = &loop;
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
        state->loop = nullptr;
    }
    return std::move(state->result);
}

// The same for Task<void>: true if it completed in time.
bool awaitDone(QCoro::Task<> task, std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Ticks every `interval` while it exists and remembers the longest gap between ticks: a test
// that waited on the network asserts that the loop kept running (maxGap small, ticks > 0).
class LoopWatch
{
public:
    explicit LoopWatch(std::chrono::milliseconds interval = std::chrono::milliseconds(5));

    int ticks() const { return m_ticks; }
    std::chrono::milliseconds maxGap() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

// Awaits `expression` (a Task<Result<T>>) and binds its value to `name`; the test fails with
// the error's description (instead of crashing on a missing value) if it timed out or failed.
#define AWAIT_OK(name, expression)                                                                 \
    auto name##Awaited = testing::awaitTask(expression);                                           \
    QVERIFY2(name##Awaited, "timed out: " #expression);                                            \
    QVERIFY2(name##Awaited->ok(),                                                                  \
             name##Awaited->ok() ? "" : name##Awaited->error().describe().c_str());                \
    auto& name = **name##Awaited

// Loop-responsiveness check used after waits: the loop ticked and never stalled longer than
// this (generous for sanitizer builds on a busy machine).
constexpr std::chrono::milliseconds kMaxLoopGap{250};

// Processes events for `duration` (for "nothing else happens" checks, never to wait for
// something that should happen: use QTRY_* for those).
void spinFor(std::chrono::milliseconds duration);

} // namespace testing
