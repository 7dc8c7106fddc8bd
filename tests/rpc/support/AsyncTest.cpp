// SPDX-License-Identifier: MIT
#include "rpc/support/AsyncTest.h"

#include <QCoreApplication>

namespace testing {

namespace {

QCoro::Task<bool> markDone(QCoro::Task<> task)
{
    co_await task;
    co_return true;
}

} // namespace

bool awaitDone(QCoro::Task<> task, std::chrono::milliseconds timeout)
{
    return awaitTask(markDone(std::move(task)), timeout).has_value();
}

LoopWatch::LoopWatch(std::chrono::milliseconds interval)
{
    m_clock.start();
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const auto now = m_clock.elapsed();
        m_maxGap = std::max(m_maxGap, now - m_last);
        m_last = now;
        ++m_ticks;
    });
    m_timer.start(interval);
}

std::chrono::milliseconds LoopWatch::maxGap() const
{
    return std::chrono::milliseconds(std::max(m_maxGap, m_clock.elapsed() - m_last));
}

void spinFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace testing
