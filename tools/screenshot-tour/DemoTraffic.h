// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QString>

namespace seismic::app {

// The demo's background transfers (scripts/run: a process group whose leader's PID is in a
// file), held still while the tour's transfer is pending: they send from the demo account too,
// with nonces of their own, and one sent meanwhile at a higher price would replace it.
// Continued when resumed or destroyed.
class DemoTraffic
{
public:
    // `pidFile`: the group leader's PID, a process whose command line names
    // seismic-demo-traffic (anything else is refused, never signalled).
    explicit DemoTraffic(QString pidFile);
    ~DemoTraffic();
    DemoTraffic(const DemoTraffic&) = delete;
    DemoTraffic& operator=(const DemoTraffic&) = delete;

    Status pause();
    void resume();

private:
    QString m_pidFile;
    qint64 m_stopped = 0; // the group stopped, 0: none
};

} // namespace seismic::app
