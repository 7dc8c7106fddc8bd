// SPDX-License-Identifier: MIT
#include "app/view/HistoryPage.h"

#include "app/dialog/SendConfirmDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/NativeSymbol.h"
#include "app/model/PendingTransactionsModel.h"
#include "app/model/SendHistoryExport.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/TxHistoryStore.h"
#include "app/model/WalletModel.h"
#include "app/service/ExportJob.h"
#include "app/view/ExportProgressDialog.h"

#include "ui_HistoryPage.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>

namespace seismic::app {

HistoryPage::HistoryPage(SendService& send, const WalletModel& wallet, const ChainModel& chain,
                         QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_send(send)
    , m_wallet(wallet)
    , m_chain(chain)
    , m_history(*wallet.history())
    , m_store(send.store())
    , m_pending(new PendingTransactionsModel(m_history, this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(&m_history);
    m_ui->historyView->verticalHeader()->hide();
    // Short columns fit their contents; the hash is elided in the middle, and the action and the
    // status share what is left (their tooltips have all of it): no horizontal scrolling at
    // 1024 px.
    QHeaderView* header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    const int elidedWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("0x00000000…00000000")) + 24;
    header->setSectionResizeMode(TxHistoryModel::HashColumn, QHeaderView::Interactive);
    header->resizeSection(TxHistoryModel::HashColumn, elidedWidth);
    // The words of the action name the recipient and the amount: their own columns would only
    // squeeze them.
    for (const int column : {TxHistoryModel::ToColumn, TxHistoryModel::AmountColumn})
        m_ui->historyView->setColumnHidden(column, true);
    header->setSectionResizeMode(TxHistoryModel::ActionColumn, QHeaderView::Stretch);
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
    m_ui->exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryPage::chooseExportFile);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &HistoryPage::confirmForget);
    connect(&m_store, &TxHistoryStore::failed, this, &HistoryPage::message);

    m_ui->pendingView->setModel(m_pending);
    m_ui->pendingView->verticalHeader()->hide();
    QHeaderView* pendingHeader = m_ui->pendingView->horizontalHeader();
    for (int column = 0; column < TxHistoryModel::ColumnCount; ++column)
        m_ui->pendingView->setColumnHidden(column, column != TxHistoryModel::TimeColumn &&
                                                       column != TxHistoryModel::ActionColumn &&
                                                       column != TxHistoryModel::NonceColumn &&
                                                       column != TxHistoryModel::StatusColumn);
    pendingHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    pendingHeader->setSectionResizeMode(TxHistoryModel::ActionColumn, QHeaderView::Stretch);
    pendingHeader->setSectionResizeMode(TxHistoryModel::StatusColumn, QHeaderView::Stretch);
    m_ui->pendingView->setTextElideMode(Qt::ElideMiddle);
    m_pending->setHead(m_chain.blockNumber());
    connect(&m_chain, &ChainModel::blockNumberChanged, this,
            [this] { m_pending->setHead(m_chain.blockNumber()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_pending, signal, this, &HistoryPage::showPending);
    connect(m_pending, &QAbstractItemModel::modelReset, this, &HistoryPage::showPending);
    connect(m_ui->pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showPending);
    connect(&m_send, &SendService::availabilityChanged, this, &HistoryPage::showPending);
    connect(m_ui->speedUpButton, &QPushButton::clicked, this,
            [this] { replaceSelected(SendService::Replacement::SpeedUp); });
    connect(m_ui->cancelTransactionButton, &QPushButton::clicked, this,
            [this] { replaceSelected(SendService::Replacement::Cancel); });

    connect(m_ui->historyFilterEdit, &QLineEdit::textChanged, this, &HistoryPage::applyFilter);
    connect(&m_history, &QAbstractItemModel::modelReset, this, &HistoryPage::applyFilter);
    connect(&m_history, &QAbstractItemModel::rowsInserted, this, &HistoryPage::applyFilter);
    connect(&m_history, &QAbstractItemModel::dataChanged, this, &HistoryPage::applyFilter);
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

void HistoryPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export Transaction History"),
                                   QDir::home().filePath(QStringLiteral("history.csv")),
                                   tr("CSV files (*.csv);;JSON lines (*.jsonl *.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &HistoryPage::exportTo);
    dialog->open();
}

void HistoryPage::exportTo(const QString& path)
{
    if (!m_store.store() || !m_store.account()) {
        Q_EMIT message(tr("Nothing to export: no history is kept for this account."));
        return;
    }
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    const auto format = json ? store::ExportFormat::JsonLines : store::ExportFormat::Csv;
    // What the table shows: the filter as it is now, whatever is typed while the export runs.
    SendHistoryExport::Filter shown;
    if (const QString text = m_ui->historyFilterEdit->text(); !text.isEmpty())
        shown = [history = QPointer<TxHistoryModel>(&m_history), text](const TxRecord& record) {
            return history && history->contains(record, text);
        };
    auto* job = new ExportJob(
        path,
        [&history = *m_store.store(), network = m_store.network(), account = *m_store.account(),
         format, shown](QIODevice& output) {
            return std::make_unique<SendHistoryExport>(history, network, account, format, output,
                                                       shown);
        },
        this);
    connect(job, &ExportJob::succeeded, this, [this, path](qint64 written) {
        Q_EMIT message(tr("Exported %n transaction(s) to %1.", nullptr, static_cast<int>(written))
                           .arg(QDir::toNativeSeparators(path)));
    });
    connect(job, &ExportJob::failed, this, [this](const Error& error) {
        Q_EMIT message(error.kind == ErrorKind::Cancelled
                           ? tr("The export was cancelled.")
                           //: %1 says why.
                           : tr("The history was not exported: %1").arg(errorLine(error)));
    });
    new ExportProgressDialog(job, tr("Exporting the history…"), this);
    job->start();
}

void HistoryPage::applyFilter()
{
    const QString text = m_ui->historyFilterEdit->text();
    for (int row = 0; row < m_history.rowCount(); ++row)
        m_ui->historyView->setRowHidden(row, !m_history.contains(m_history.record(row), text));
}

void HistoryPage::confirmForget()
{
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Forget Transaction History"),
        tr("Delete the history of the transactions sent from this account on this network from "
           "this computer? The transactions stay on the chain; new ones are kept again."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetHistoryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForgetButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, forget] {
        if (box->clickedButton() != forget)
            return;
        const auto forgotten = m_store.forget();
        Q_EMIT message(
            forgotten ? tr("%n transaction(s) forgotten.", nullptr, static_cast<int>(*forgotten))
                      : tr("Nothing was forgotten: %1").arg(errorLine(forgotten.error())));
    });
    box->open();
}

void HistoryPage::showState()
{
    m_ui->historyStack->setCurrentWidget(m_history.rowCount() > 0 ? m_ui->historyTablePage
                                                                  : m_ui->historyEmptyPage);
    showSelection();
    showPending();
}

int HistoryPage::selectedPendingRow() const
{
    const QModelIndexList rows = m_ui->pendingView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HistoryPage::showPending()
{
    m_ui->pendingGroup->setVisible(m_pending->rowCount() > 0);
    const int row = selectedPendingRow();
    const auto refusal = [&](SendService::Replacement how) {
        return row < 0 ? tr("Select a pending transaction first.")
                       : m_send.replacementRefusal(m_pending->record(row).id, how);
    };
    for (const auto& [button, how] :
         {std::pair{m_ui->speedUpButton, SendService::Replacement::SpeedUp},
          std::pair{m_ui->cancelTransactionButton, SendService::Replacement::Cancel}}) {
        const QString why = refusal(how);
        button->setEnabled(!m_preparing && why.isEmpty());
        button->setToolTip(why);
    }
}

QCoro::Task<> HistoryPage::replaceSelected(SendService::Replacement how)
{
    const int row = selectedPendingRow();
    if (row < 0 || m_preparing)
        co_return;
    const quint64 id = m_pending->record(row).id;
    const bool speedUp = how == SendService::Replacement::SpeedUp;
    const QPointer<HistoryPage> self(this);
    m_preparing = true;
    showPending();
    auto prepared = co_await m_send.prepareReplacement(id, how);
    if (!self)
        co_return;
    m_preparing = false;
    showPending();
    if (!prepared) {
        //: %1 says why, e.g. the node's answer.
        Q_EMIT message(tr("Nothing was replaced: %1").arg(errorLine(prepared.error())));
        co_return;
    }
    const QString symbol = nativeSymbol(*m_wallet.tokens());
    if (!speedUp)
        prepared->request.symbol = symbol;
    auto* dialog = new SendConfirmDialog(std::move(prepared->request),
                                         std::move(prepared->transaction), symbol, this);
    dialog->setObjectName(QStringLiteral("replaceConfirmDialog"));
    dialog->setWindowTitle(speedUp ? tr("Speed Up the Transaction") : tr("Cancel the Transaction"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, how, speedUp] {
        m_send.sendReplacement(id, how, dialog->takePrepared());
        Q_EMIT message(speedUp ? tr("The speed-up was sent; whichever is mined first counts.")
                               : tr("The cancellation was sent; whichever is mined first "
                                    "counts."));
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { Q_EMIT message(tr("Nothing was sent: the transaction stays as it was.")); });
    dialog->open();
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
    lines << m_history.index(row, TxHistoryModel::ActionColumn).data().toString() +
                 QStringLiteral(": ") + TxHistoryModel::statusText(record);
    if (record.kind == TxAction::ContractCall)
        //: %1 is a function's signature as signed, e.g. "setNumber(uint256)".
        lines << tr("Function %1").arg(record.action);
    if (record.hash)
        //: %1 is a transaction hash.
        lines << tr("Transaction %1").arg(QString::fromStdString(record.hash->hex()));
    if (record.gasUsed)
        lines << tr("Gas used: %1").arg(*record.gasUsed);
    if (record.stage == SendStage::Sent && record.isPending())
        lines << PendingTransactionsModel::expiryText(record, m_chain.blockNumber());
    if (record.replaces)
        //: %1 is the nonce the transaction shares with the one it replaces.
        lines << tr("Replaces the earlier transaction with nonce %1").arg(record.nonce.value_or(0));
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace seismic::app
