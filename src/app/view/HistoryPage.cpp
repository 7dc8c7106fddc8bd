// SPDX-License-Identifier: MIT
#include "app/view/HistoryPage.h"

#include "app/model/TxHistoryModel.h"

#include "ui_HistoryPage.h"

#include <QHeaderView>

namespace seismic::app {

HistoryPage::HistoryPage(TxHistoryModel& history, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_history(history)
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(&m_history);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->setTextElideMode(Qt::ElideMiddle);
    connect(&m_history, &QAbstractItemModel::modelReset, this, &HistoryPage::showState);
    connect(&m_history, &QAbstractItemModel::rowsInserted, this, &HistoryPage::showState);
    connect(&m_history, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::showState);
    showState();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::showState()
{
    m_ui->historyStack->setCurrentWidget(m_history.rowCount() > 0 ? m_ui->historyTablePage
                                                                  : m_ui->historyEmptyPage);
}

} // namespace seismic::app
