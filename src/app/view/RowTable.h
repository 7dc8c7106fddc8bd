// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>
#include <QTableWidget>

namespace seismic::app {

// A read-only table of a page whose rows are chosen one at a time: no cell editing, no word
// wrap, no row numbers, every column fitted to its contents but `stretched`, and Tab leaving the
// table (the arrows move between rows).
inline QTableWidget* rowTable(QWidget* parent, const QStringList& headers, int stretched,
                              const char* objectName, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    return table;
}

} // namespace seismic::app
