// SPDX-License-Identifier: MIT
#include "app/view/TransfersPage.h"

#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/TransferExportJob.h"
#include "app/service/TransferMonitor.h"

#include "ui_TransfersPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QRegularExpressionValidator>
#include <QTextDocument>

namespace seismic::app {
namespace {

// The rate is the average over this many seconds.
constexpr std::size_t kRateWindowSeconds = 10;

} // namespace

TransfersPage::TransfersPage(TransferTableModel& transfers, TransferMonitor& monitor,
                             WalletModel& wallet, ChainModel& chain, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransfersPage>())
    , m_transfers(transfers)
    , m_monitor(monitor)
    , m_wallet(wallet)
    , m_chain(chain)
{
    m_ui->setupUi(this);
    m_ui->transfersView->setModel(&m_transfers);
    // Sorting is a query of the store; no section sorted: the order of arrival.
    m_ui->transfersView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->transfersView->setSortingEnabled(true);
    m_ui->transfersView->verticalHeader()->hide();
    // Fixed widths: measuring hundreds of thousands of rows to fit them would stall the view.
    m_ui->transfersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->transfersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->transfersView->setTextElideMode(Qt::ElideMiddle);
    m_ui->transfersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->transfersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Wide enough for a full date and time, a block number, a symbol, and the amounts of a
    // busy token; the addresses and the hash are elided in the middle when the window is narrow.
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QHeaderView* header = m_ui->transfersView->horizontalHeader();
    header->resizeSection(TransferTableModel::TimeColumn,
                          widthOf(QStringLiteral("2000-00-00 00:00:00")));
    header->resizeSection(TransferTableModel::BlockColumn, widthOf(QStringLiteral("000000000")));
    header->resizeSection(TransferTableModel::TokenColumn, widthOf(QStringLiteral("MMMMMM")));
    header->resizeSection(TransferTableModel::FromColumn,
                          widthOf(QStringLiteral("0x00000000…00000000")));
    header->resizeSection(TransferTableModel::ToColumn,
                          widthOf(QStringLiteral("0x00000000…00000000")));
    header->resizeSection(TransferTableModel::AmountColumn,
                          widthOf(QStringLiteral("000,000.000000")));

    m_ui->fromBlockEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), this));
    //: %L1 is a number of blocks.
    m_ui->fromBlockEdit->setPlaceholderText(
        tr("the last %L1 blocks").arg(TransferMonitor::kDefaultRecentBlocks));
    m_ui->fromBlockEdit->setToolTip(tr("The transfers of this block and later ones are loaded, "
                                       "then new ones stream in. Empty: the last %L1 blocks.")
                                        .arg(TransferMonitor::kDefaultRecentBlocks));
    connect(m_ui->loadHistoryButton, &QPushButton::clicked, this, &TransfersPage::loadHistory);
    connect(m_ui->fromBlockEdit, &QLineEdit::returnPressed, this, &TransfersPage::loadHistory);
    connect(&m_monitor, &TransferMonitor::stateChanged, this, &TransfersPage::showMonitor);
    connect(&m_monitor, &TransferMonitor::backfillProgressChanged, this,
            &TransfersPage::showMonitor);

    m_ui->directionCombo->addItem(tr("All transfers"),
                                  static_cast<int>(TransferTableModel::Direction::All));
    m_ui->directionCombo->addItem(tr("Incoming"),
                                  static_cast<int>(TransferTableModel::Direction::Incoming));
    m_ui->directionCombo->addItem(tr("Outgoing"),
                                  static_cast<int>(TransferTableModel::Direction::Outgoing));
    m_ui->pauseButton->setCheckable(true);
    m_ui->exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_ui->exportButton->setText(tr("Export…"));

    connect(m_ui->tokenFilterEdit, &QLineEdit::textChanged, &m_transfers,
            &TransferTableModel::setTokenFilter);
    connect(m_ui->addressFilterEdit, &QLineEdit::textChanged, &m_transfers,
            &TransferTableModel::setAddressFilter);
    connect(m_ui->directionCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_transfers.setDirection(static_cast<TransferTableModel::Direction>(
            m_ui->directionCombo->currentData().toInt()));
    });
    connect(&m_wallet, &WalletModel::accountChanged, this,
            [this] { m_transfers.setAccount(m_wallet.account()); });
    m_transfers.setAccount(m_wallet.account());
    connect(m_ui->pauseButton, &QToolButton::toggled, &m_transfers, &TransferTableModel::setPaused);
    connect(&m_transfers, &TransferTableModel::pausedChanged, this, &TransfersPage::showPaused);
    connect(m_ui->exportButton, &QToolButton::clicked, this, &TransfersPage::chooseExportFile);

    connect(&m_transfers, &TransferTableModel::countsChanged, this, &TransfersPage::showState);
    connect(&m_chain, &ChainModel::statusChanged, this, &TransfersPage::showState);
    connect(&m_chain, &ChainModel::statusChanged, this, &TransfersPage::showMonitor);

    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &TransfersPage::sampleRate);
    m_rateTimer.start();
    showPaused();
    showState();
    sampleRate();
    showMonitor();
}

TransfersPage::~TransfersPage() = default;

void TransfersPage::showState()
{
    const bool empty = m_transfers.totalCount() == 0 && m_transfers.pendingCount() == 0;
    if (empty) {
        m_ui->transfersEmptyLabel->setText(m_chain.status() == ConnectionStatus::Connected
                                               ? tr("Waiting for token transfers…")
                                               : tr("Connect to a network to watch token "
                                                    "transfers."));
    }
    m_ui->transfersStack->setCurrentWidget(empty ? m_ui->transfersEmptyPage
                                                 : m_ui->transfersTablePage);
    m_ui->exportButton->setEnabled(m_transfers.rowCount() > 0);

    const int shown = m_transfers.rowCount();
    const int total = static_cast<int>(m_transfers.totalCount());
    QString count = shown == total ? tr("%n transfer(s)", nullptr, total)
                                   //: %1 is the number of transfers the filters let through.
                                   : tr("%1 of %n transfer(s)", nullptr, total).arg(shown);
    if (m_transfers.isPaused())
        count += QStringLiteral(" · ") + tr("paused, %n new", nullptr, m_transfers.pendingCount());
    m_ui->countLabel->setText(count);
}

void TransfersPage::loadHistory()
{
    const QString text = m_ui->fromBlockEdit->text().trimmed();
    bool ok = false;
    const quint64 block = text.toULongLong(&ok);
    m_monitor.setFromBlock(ok ? std::optional<std::uint64_t>(block) : std::nullopt);
}

void TransfersPage::showMonitor()
{
    QString text;
    QString icon;
    // The connection's state comes first: the watcher may not have noticed a lost node yet,
    // and this page says what the status bar says.
    const bool connectionLost = m_chain.status() == ConnectionStatus::Reconnecting ||
                                m_chain.status() == ConnectionStatus::Failed;
    auto state = m_monitor.state();
    if (connectionLost &&
        (state == TransferMonitor::State::Live || state == TransferMonitor::State::Backfilling))
        state = TransferMonitor::State::Reconnecting;
    switch (state) {
    case TransferMonitor::State::Idle:
        text = tr("Not watching: add a token on the Overview page and connect.");
        icon = QStringLiteral(":/icons/status-disconnected.svg");
        break;
    case TransferMonitor::State::Backfilling:
        //: %L1 and %L2 are block numbers.
        text = m_monitor.backfillHead() > 0 ? tr("Loading history: block %L1 of %L2…")
                                                  .arg(m_monitor.backfillBlock())
                                                  .arg(m_monitor.backfillHead())
                                            : tr("Loading history…");
        icon = QStringLiteral(":/icons/status-reconnecting.svg");
        break;
    case TransferMonitor::State::Live:
        text = tr("Live");
        icon = QStringLiteral(":/icons/status-connected.svg");
        break;
    case TransferMonitor::State::Reconnecting:
        text = tr("Reconnecting: catching up when the connection is back…");
        icon = QStringLiteral(":/icons/status-reconnecting.svg");
        break;
    case TransferMonitor::State::Failed:
        text = tr("Stopped: %1").arg(m_monitor.lastError());
        icon = QStringLiteral(":/icons/status-failed.svg");
        break;
    }
    const int size = fontMetrics().height();
    m_ui->monitorStateLabel->setText(
        QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\"> %3")
            .arg(icon)
            .arg(size)
            .arg(text.toHtmlEscaped()));
    m_ui->monitorStateLabel->setToolTip(
        Qt::convertFromPlainText(m_monitor.lastError(), Qt::WhiteSpaceNormal));
    m_ui->monitorStateLabel->setAccessibleDescription(text);
}

void TransfersPage::showPaused()
{
    const bool paused = m_transfers.isPaused();
    const QSignalBlocker blocker(m_ui->pauseButton);
    m_ui->pauseButton->setChecked(paused);
    m_ui->pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_ui->pauseButton->setIcon(
        QIcon(paused ? QStringLiteral(":/icons/resume.svg") : QStringLiteral(":/icons/pause.svg")));
    showState();
}

void TransfersPage::sampleRate()
{
    m_receivedSamples.push_back(m_transfers.receivedCount());
    // A clear() starts the count again.
    if (m_receivedSamples.back() < m_receivedSamples.front())
        m_receivedSamples.assign(1, m_receivedSamples.back());
    while (m_receivedSamples.size() > kRateWindowSeconds + 1)
        m_receivedSamples.pop_front();
    const auto seconds = static_cast<double>(m_receivedSamples.size() - 1);
    const double rate =
        seconds > 0
            ? static_cast<double>(m_receivedSamples.back() - m_receivedSamples.front()) / seconds
            : 0.0;
    //: Transfers per second, averaged over the last seconds.
    m_ui->rateLabel->setText(tr("%1 per second").arg(QLocale().toString(rate, 'f', 1)));
}

void TransfersPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export Transfers"),
                                   QDir::home().filePath(QStringLiteral("transfers.csv")),
                                   tr("CSV files (*.csv);;JSON lines (*.jsonl *.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &TransfersPage::exportTo);
    dialog->open();
}

void TransfersPage::exportTo(const QString& path)
{
    if (!m_transfers.store()) {
        Q_EMIT message(tr("Nothing to export: no transfers are stored."));
        return;
    }
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    store::TransferQuery query = m_transfers.query();
    // The direction column is relative to the current account.
    if (!query.account)
        query.account = m_wallet.account();
    auto* job = new TransferExportJob(
        *m_transfers.store(), query,
        json ? store::ExportFormat::JsonLines : store::ExportFormat::Csv, path, this);
    auto* progress = new QProgressDialog(tr("Exporting transfers…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Short exports end before it would show.
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, job, &TransferExportJob::cancel);
    connect(job, &TransferExportJob::progress, progress, [progress](qint64 written, qint64 total) {
        // QProgressDialog counts in int: in thousandths of the whole.
        progress->setMaximum(1000);
        progress->setValue(total > 0 ? static_cast<int>(written * 1000 / total) : 1000);
    });
    const auto done = [job, progress] {
        progress->deleteLater();
        job->deleteLater();
    };
    connect(job, &TransferExportJob::succeeded, this, [this, path, done](qint64 written) {
        done();
        Q_EMIT message(tr("Exported %n transfer(s) to %1.", nullptr, static_cast<int>(written))
                           .arg(QDir::toNativeSeparators(path)));
    });
    connect(job, &TransferExportJob::failed, this, [this, done](const Error& error) {
        done();
        Q_EMIT message(error.kind == ErrorKind::Cancelled ? tr("The export was cancelled.")
                                                          : errorLine(error));
    });
    job->start();
}

} // namespace seismic::app
