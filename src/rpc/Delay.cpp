// SPDX-License-Identifier: MIT
#include "rpc/Delay.h"

#include "rpc/Promise.h"

#include <QTimer>

namespace seismic::rpc {

QCoro::Task<Status> delay(std::chrono::milliseconds duration, CancelToken cancel)
{
    if (cancel.isCancelled())
        co_return makeError(ErrorKind::Cancelled, "cancelled");
    Promise<Status> done;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [done] { done.resolve(Status{}); });
    const auto registration =
        cancel.onCancel([done] { done.resolve(makeError(ErrorKind::Cancelled, "cancelled")); });
    timer.start(duration);
    co_return co_await done.future();
}

} // namespace seismic::rpc
