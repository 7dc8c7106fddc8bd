// SPDX-License-Identifier: MIT
#include "app/model/LogModel.h"

#include <algorithm>

namespace seismic::app {
namespace {

// A level as the log view shows it.
QString logLevelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return LogModel::tr("Debug");
    case LogLevel::Info:
        //: Log level.
        return LogModel::tr("Info");
    case LogLevel::Warning:
        return LogModel::tr("Warning");
    case LogLevel::Critical:
        //: Log level (Qt's "critical" messages).
        return LogModel::tr("Error");
    case LogLevel::Fatal:
        return LogModel::tr("Fatal");
    }
    Q_UNREACHABLE();
}

} // namespace

LogModel::LogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(capacity, 1))
{}

void LogModel::append(const QList<LogEntry>& entries)
{
    if (entries.isEmpty())
        return;
    // Only the newest `capacity` of this batch can stay.
    const auto batch = std::min<qsizetype>(entries.size(), m_capacity);
    const auto overflow =
        static_cast<int>(static_cast<qsizetype>(m_entries.size()) + batch - m_capacity);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(batch) - 1);
    m_entries.insert(m_entries.end(), entries.end() - batch, entries.end());
    endInsertRows();
}

void LogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QList<LogEntry> LogModel::lastEntries(int count) const
{
    const auto n =
        std::min<std::size_t>(static_cast<std::size_t>(std::max(count, 0)), m_entries.size());
    return QList<LogEntry>(m_entries.end() - static_cast<std::ptrdiff_t>(n), m_entries.end());
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return logLevelText(entry.level);
        case CategoryColumn:
            return entry.category;
        case MessageColumn:
            return entry.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return entry.time.toString(Qt::ISODateWithMs);
        if (index.column() == MessageColumn)
            return entry.message;
        return {};
    case LevelRole:
        return static_cast<int>(entry.level);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        //: Column header: the logging category (component) of a message.
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace seismic::app
