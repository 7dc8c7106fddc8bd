// SPDX-License-Identifier: MIT
#include "app/model/TimeText.h"

namespace seismic::app {

QString timeText(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace seismic::app
