// SPDX-License-Identifier: MIT
#include "app/model/LogFilterProxyModel.h"

#include "app/model/LogModel.h"

namespace seismic::app {

LogFilterProxyModel::LogFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterProxyModel::setMinimumLevel(LogLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidate();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(LogModel::LevelRole).toInt() >= static_cast<int>(m_minimum);
}

} // namespace seismic::app
