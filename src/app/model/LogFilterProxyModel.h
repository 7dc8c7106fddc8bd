// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/LogEntry.h"

#include <QSortFilterProxyModel>

namespace seismic::app {

// Shows the log messages at or above a minimum level.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxyModel(QObject* parent = nullptr);

    void setMinimumLevel(LogLevel level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Debug;
};

} // namespace seismic::app
