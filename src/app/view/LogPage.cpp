// SPDX-License-Identifier: MIT
#include "app/view/LogPage.h"

#include "app/model/LogFilterProxyModel.h"
#include "app/model/LogModel.h"

#include "ui_LogPage.h"

#include <QHeaderView>
#include <QScrollBar>

namespace seismic::app {

LogPage::LogPage(LogModel& log, QAction* copyDiagnostics, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPage>())
    , m_log(log)
    , m_proxy(new LogFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->copyDiagnosticsButton->setDefaultAction(copyDiagnostics);
    m_proxy->setSourceModel(&m_log);
    m_ui->logView->setModel(m_proxy);
    m_ui->logView->verticalHeader()->hide();
    m_ui->logView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->logView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_ui->logView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(LogModel::TimeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    header->resizeSection(LogModel::CategoryColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("seismic.app.settings")) +
                              16);

    m_ui->levelCombo->addItem(tr("All messages"), static_cast<int>(LogLevel::Debug));
    m_ui->levelCombo->addItem(tr("Information and above"), static_cast<int>(LogLevel::Info));
    m_ui->levelCombo->addItem(tr("Warnings and errors"), static_cast<int>(LogLevel::Warning));
    m_ui->levelCombo->addItem(tr("Errors only"), static_cast<int>(LogLevel::Critical));
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumLevel(static_cast<LogLevel>(m_ui->levelCombo->currentData().toInt()));
    });
    connect(m_ui->clearButton, &QPushButton::clicked, &m_log, &LogModel::clear);

    // Follow new messages only while the user looks at the newest ones.
    QScrollBar* scrollBar = m_ui->logView->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_following = value == scrollBar->maximum(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_ui->logView->scrollToBottom();
    });
}

LogPage::~LogPage() = default;

} // namespace seismic::app
