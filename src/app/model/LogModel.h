// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/LogEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace seismic::app {

// The application log for the log view and diagnostics: the most recent `capacity` messages,
// oldest first. Fed in batches by LogMessageBridge.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        CategoryColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // int(LogLevel)
    };

    static constexpr int kDefaultCapacity = 10'000;

    explicit LogModel(int capacity = kDefaultCapacity, QObject* parent = nullptr);

    void append(const QList<LogEntry>& entries);
    void clear();
    // The last `count` entries (fewer if there are fewer), oldest first.
    QList<LogEntry> lastEntries(int count) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    std::deque<LogEntry> m_entries;
};

} // namespace seismic::app
