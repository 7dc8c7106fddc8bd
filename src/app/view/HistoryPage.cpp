// SPDX-License-Identifier: MIT
#include "app/view/HistoryPage.h"

#include "app/model/TxHistoryModel.h"

#include "ui_HistoryPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
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
    // Short columns fit their contents; the address and the hash are elided in the middle and the
    // status takes what is left (its tooltip has all of it): no horizontal scrolling at 1024 px.
    QHeaderView* header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    const int elidedWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("0x00000000…00000000")) + 24;
    for (const int column : {TxHistoryModel::ToColumn, TxHistoryModel::HashColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, elidedWidth);
    }
    header->setSectionResizeMode(TxHistoryModel::StatusColumn, QHeaderView::Stretch);
    m_ui->historyView->setTextElideMode(Qt::ElideMiddle);
    m_ui->historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->copyHashButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));

    auto* copyAction =
        new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Transaction Hash"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->historyView->addAction(copyAction);
    m_ui->historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyAction, &QAction::triggered, this, &HistoryPage::copySelectedHash);
    connect(m_ui->copyHashButton, &QPushButton::clicked, this, &HistoryPage::copySelectedHash);

    connect(&m_history, &QAbstractItemModel::modelReset, this, &HistoryPage::showState);
    connect(&m_history, &QAbstractItemModel::rowsInserted, this, &HistoryPage::showState);
    connect(&m_history, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::showState);
    connect(&m_history, &QAbstractItemModel::dataChanged, this, &HistoryPage::showSelection);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showSelection);
    showState();
}

HistoryPage::~HistoryPage() = default;

int HistoryPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool HistoryPage::copySelectedHash()
{
    const int row = selectedRow();
    if (row < 0 || !m_history.record(row).hash)
        return false;
    QGuiApplication::clipboard()->setText(
        QString::fromStdString(m_history.record(row).hash->hex()));
    return true;
}

void HistoryPage::showState()
{
    m_ui->historyStack->setCurrentWidget(m_history.rowCount() > 0 ? m_ui->historyTablePage
                                                                  : m_ui->historyEmptyPage);
    showSelection();
}

void HistoryPage::showSelection()
{
    const int row = selectedRow();
    const bool hasHash = row >= 0 && m_history.record(row).hash.has_value();
    m_ui->copyHashButton->setEnabled(hasHash);
    if (row < 0) {
        m_ui->detailLabel->setText(tr("Select a transaction to see its details."));
        return;
    }
    const TxRecord& record = m_history.record(row);
    QStringList lines;
    lines << TxHistoryModel::statusText(record);
    if (record.hash)
        //: %1 is a transaction hash.
        lines << tr("Transaction %1").arg(QString::fromStdString(record.hash->hex()));
    if (record.gasUsed)
        lines << tr("Gas used: %1").arg(*record.gasUsed);
    if (record.expiresAt && record.isPending())
        lines << tr("Expires after block %1").arg(*record.expiresAt);
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace seismic::app
