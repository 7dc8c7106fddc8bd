// SPDX-License-Identifier: MIT
#include "app/view/TransfersPage.h"

#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TransferTableModel.h"
#include "app/model/TransferText.h"
#include "app/model/WalletModel.h"
#include "app/service/ExportJob.h"
#include "app/service/TransferMonitor.h"
#include "app/view/ExportProgressDialog.h"
#include "app/view/StatusIndicator.h"
#include "store/TransferExporter.h"

#include "ui_TransfersPage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

namespace seismic::app {
namespace {

// The watch combo box's room, in characters.
constexpr int kWatchChoiceChars = 20;

// The rate is the average over this many seconds.
constexpr std::size_t kRateWindowSeconds = 10;

QAction* rowAction(QWidget* owner, const QString& text, const QKeySequence& shortcut,
                   const QString& icon = {})
{
    auto* action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, owner);
    action->setShortcut(shortcut);
    // Only while the table (or a child) has the focus: the page's line edits keep their own.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace

TransfersPage::TransfersPage(TransferTableModel& transfers, TransferMonitor& monitor,
                             WalletModel& wallet, ChainModel& chain, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransfersPage>())
    , m_transfers(transfers)
    , m_monitor(monitor)
    , m_wallet(wallet)
    , m_chain(chain)
    , m_rate(kRateWindowSeconds)
{
    m_ui->setupUi(this);
    m_ui->transfersView->setModel(&m_transfers);
    // Sorting is a query of the store; the Time column is the order of arrival, newest first
    // by default (clicking it again: oldest first).
    m_ui->transfersView->horizontalHeader()->setSortIndicator(TransferTableModel::TimeColumn,
                                                              Qt::DescendingOrder);
    m_ui->transfersView->setSortingEnabled(true);
    m_ui->transfersView->horizontalHeader()->setSortIndicatorShown(true);
    // Row by row, so that holding still is a matter of whole rows.
    m_ui->transfersView->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_ui->transfersView->verticalHeader()->hide();
    // Fixed widths: measuring hundreds of thousands of rows to fit them would stall the view.
    // The addresses and the hash share what is left (elided in the middle, whole in their
    // tooltips), so that the table fits the window without scrolling sideways.
    QHeaderView* header = m_ui->transfersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    for (const int column : {TransferTableModel::FromColumn, TransferTableModel::ToColumn,
                             TransferTableModel::TxHashColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_ui->transfersView->setTextElideMode(Qt::ElideMiddle);
    m_ui->transfersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->transfersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Wide enough for a full date and time, a block number, a symbol, the amounts of a busy
    // token, and the words of the directions and the common visibility in this language.
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(TransferTableModel::TimeColumn,
                          widthOf(QStringLiteral("2000-00-00 00:00:00")));
    header->resizeSection(TransferTableModel::BlockColumn, widthOf(QStringLiteral("00000000")));
    header->resizeSection(TransferTableModel::TokenColumn, widthOf(QStringLiteral("MMMMMM")));
    header->resizeSection(TransferTableModel::AmountColumn,
                          widthOf(QStringLiteral("000,000.000000")));
    int directionWidth = 0;
    for (const TransferFlow flow : {TransferFlow::In, TransferFlow::Out, TransferFlow::Self,
                                    TransferFlow::Mint, TransferFlow::Burn})
        directionWidth = std::max(directionWidth, widthOf(TransferText::flow(flow)));
    header->resizeSection(TransferTableModel::DirectionColumn, directionWidth + metrics.height());
    // The common case (the sender and the standard library's providers); a longer one is
    // elided, whole in the tooltip.
    store::TransferRecord common;
    common.amountStatus = client::AmountStatus::Decrypted;
    common.visibility.senderHasKey = true;
    common.visibility.providers = 2;
    header->resizeSection(TransferTableModel::VisibilityColumn,
                          widthOf(TransferText::visibility(common)) + metrics.height());
    m_ui->transfersView->setIconSize(QSize(metrics.height(), metrics.height()));

    // What is watched: the account, or every transfer of one token.
    auto* watchLabel = new QLabel(tr("&Watch:"), this);
    m_watchCombo = new QComboBox(this);
    m_watchCombo->setObjectName(QStringLiteral("watchCombo"));
    m_watchCombo->setAccessibleName(tr("What is watched"));
    // A token's name is the chain's: long ones are elided here, whole in the list.
    m_watchCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_watchCombo->setMinimumContentsLength(kWatchChoiceChars);
    watchLabel->setBuddy(m_watchCombo);
    m_ui->sourceRow->insertWidget(0, watchLabel);
    m_ui->sourceRow->insertWidget(1, m_watchCombo);
    m_monitorState = new StatusIndicator(this);
    m_monitorState->setObjectName(QStringLiteral("monitorStateLabel"));
    m_monitorState->setAccessibleName(tr("Transfer monitor state"));
    m_ui->sourceRow->addWidget(m_monitorState);
    fillWatchChoices();
    connect(&m_monitor, &TransferMonitor::tokensChanged, this, &TransfersPage::fillWatchChoices);
    connect(&m_monitor, &TransferMonitor::watchChanged, this, &TransfersPage::showScope);
    connect(m_watchCombo, &QComboBox::activated, this, &TransfersPage::chooseWatch);

    // New rows at the top: followed while the view is there, else counted and held still.
    m_jumpButton = new QToolButton(m_ui->transfersView);
    m_jumpButton->setObjectName(QStringLiteral("jumpToNewestButton"));
    m_jumpButton->setArrowType(Qt::UpArrow);
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setAccessibleName(tr("Show the newest transfers"));
    m_jumpButton->hide();
    m_ui->transfersView->installEventFilter(this);
    connect(m_jumpButton, &QToolButton::clicked, this, &TransfersPage::jumpToNewest);
    connect(m_ui->transfersView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_transfers.setFollowing(value == 0); });
    connect(&m_transfers, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { keepPosition(first, last); });
    createRowActions();

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
    connect(&m_wallet, &WalletModel::accountChanged, this, [this] {
        m_transfers.setAccount(m_wallet.account());
        showScope();
    });
    m_transfers.setAccount(m_wallet.account());
    showScope();
    connect(m_ui->pauseButton, &QToolButton::toggled, &m_transfers, &TransferTableModel::setPaused);
    connect(&m_transfers, &TransferTableModel::pausedChanged, this, &TransfersPage::showPaused);
    connect(m_ui->exportButton, &QToolButton::clicked, this, &TransfersPage::chooseExportFile);

    connect(&m_transfers, &TransferTableModel::countsChanged, this, &TransfersPage::showState);
    connect(&m_chain, &ChainModel::statusChanged, this, &TransfersPage::showState);
    connect(&m_chain, &ChainModel::statusChanged, this, &TransfersPage::showMonitor);

    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &TransfersPage::sampleRate);
    connect(&m_transfers, &TransferTableModel::pausedChanged, this, &TransfersPage::showMonitor);
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

    const int unseen = m_transfers.unseenCount();
    //: On a button over the table: rows that arrived above while the user looked elsewhere.
    m_jumpButton->setText(tr("%n new", nullptr, unseen));
    m_jumpButton->setVisible(unseen > 0);
    placeJumpButton();
    showRowActions();
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
        text = m_monitor.watch() == TransferMonitor::Watch::Token
                   ? tr("Not watching: choose a token and connect.")
                   : tr("Not watching: add a token on the Overview page and connect.");
        icon = QStringLiteral(":/icons/status-disconnected.svg");
        break;
    case TransferMonitor::State::Backfilling:
        //: %L1 and %L2 are block numbers.
        text = m_monitor.backfillHead() > 0 ? tr("Catching up (block %L1 of %L2)")
                                                  .arg(m_monitor.backfillBlock())
                                                  .arg(m_monitor.backfillHead())
                                            : tr("Catching up…");
        icon = QStringLiteral(":/icons/status-reconnecting.svg");
        break;
    case TransferMonitor::State::Live:
        text = tr("Live");
        icon = QStringLiteral(":/icons/status-connected.svg");
        break;
    case TransferMonitor::State::Reconnecting:
        text = tr("Reconnecting");
        icon = QStringLiteral(":/icons/status-reconnecting.svg");
        break;
    case TransferMonitor::State::Failed:
        text = tr("Stopped: %1").arg(m_monitor.lastError());
        icon = QStringLiteral(":/icons/status-failed.svg");
        break;
    }
    // Paused is the table's state: the watch goes on storing, the table holds still.
    if (m_transfers.isPaused() && state != TransferMonitor::State::Failed) {
        text = tr("Paused");
        icon = QStringLiteral(":/icons/pause.svg");
    }
    m_monitorState->setIcon(QIcon(icon));
    m_monitorState->setText(text);
    // The whole text (elided when long: an error never widens the page), and the last error.
    QStringList tip{text};
    if (!m_monitor.lastError().isEmpty() && !text.contains(m_monitor.lastError()))
        tip << m_monitor.lastError();
    m_monitorState->setToolTip(
        Qt::convertFromPlainText(tip.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal));
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
    // Live transfers only: a backfill's history is not "per second".
    m_rate.sample(m_monitor.liveTransferCount());
    //: Live transfers per second, averaged over the last seconds.
    m_ui->rateLabel->setText(tr("%1 per second").arg(QLocale().toString(m_rate.perTick(), 'f', 1)));
}

void TransfersPage::createRowActions()
{
    QTableView* view = m_ui->transfersView;
    const QString copyIcon = QStringLiteral(":/icons/copy.svg");
    //: Copies the full value of the table's current cell.
    m_copyCell = rowAction(view, tr("&Copy"), QKeySequence::Copy, copyIcon);
    m_copyHash = rowAction(view, tr("Copy Transaction &Hash"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyFrom =
        rowAction(view, tr("Copy &Sender Address"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_copyTo = rowAction(view, tr("Copy &Recipient Address"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_copyAmount =
        rowAction(view, tr("Copy &Amount"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_openExplorer =
        rowAction(view, tr("Open in &Explorer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_addFrom = rowAction(view, tr("Add Sender to Address &Book…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_addTo = rowAction(view, tr("Add Recipient to Address B&ook…"), QKeySequence());
    for (QAction* action : {m_copyCell, m_copyHash, m_copyFrom, m_copyTo, m_copyAmount,
                            m_openExplorer, m_addFrom, m_addTo})
        view->addAction(action);
    connect(m_copyCell, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->transfersView->currentIndex();
        // The full value: the address (without its label), else what the tooltip shows.
        QString text = current.column() == TransferTableModel::FromColumn
                           ? current.data(TransferTableModel::FromRole).toString()
                       : current.column() == TransferTableModel::ToColumn
                           ? current.data(TransferTableModel::ToRole).toString()
                           : current.data(Qt::ToolTipRole).toString();
        if (text.isEmpty() || current.column() == TransferTableModel::AmountColumn ||
            current.column() == TransferTableModel::TxHashColumn ||
            current.column() == TransferTableModel::BlockColumn)
            text = current.data(Qt::DisplayRole).toString();
        copy(text);
    });
    connect(m_copyHash, &QAction::triggered, this,
            [this] { copy(currentValue(TransferTableModel::TxHashRole)); });
    connect(m_copyFrom, &QAction::triggered, this,
            [this] { copy(currentValue(TransferTableModel::FromRole)); });
    connect(m_copyTo, &QAction::triggered, this,
            [this] { copy(currentValue(TransferTableModel::ToRole)); });
    connect(m_copyAmount, &QAction::triggered, this,
            [this] { copy(currentValue(TransferTableModel::AmountDecimalRole)); });
    connect(m_openExplorer, &QAction::triggered, this, &TransfersPage::openInExplorer);
    connect(m_addFrom, &QAction::triggered, this,
            [this] { requestAddressBook(TransferTableModel::FromRole); });
    connect(m_addTo, &QAction::triggered, this,
            [this] { requestAddressBook(TransferTableModel::ToRole); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TransfersPage::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransfersPage::showRowActions);
    connect(&m_chain, &ChainModel::networkChanged, this, &TransfersPage::showRowActions);
    showRowActions();
}

void TransfersPage::showRowActions()
{
    const QModelIndex current = m_ui->transfersView->currentIndex();
    const bool row = current.isValid();
    const auto flow = static_cast<TransferFlow>(current.data(TransferTableModel::FlowRole).toInt());
    m_copyCell->setEnabled(row);
    m_copyHash->setEnabled(row);
    // A mint has no sender and a burn no recipient (the zero address is nobody's).
    m_copyFrom->setEnabled(row && flow != TransferFlow::Mint);
    m_copyTo->setEnabled(row && flow != TransferFlow::Burn);
    m_addFrom->setEnabled(row && flow != TransferFlow::Mint);
    m_addTo->setEnabled(row && flow != TransferFlow::Burn);
    m_copyAmount->setEnabled(row && !current.data(TransferTableModel::AmountRole).isNull());
    const bool explorer = !m_chain.network().explorerUrl.trimmed().isEmpty();
    m_openExplorer->setEnabled(row && explorer);
    m_openExplorer->setToolTip(explorer ? QString()
                                        : tr("This network has no explorer: add its URL in the "
                                             "network's settings."));
}

void TransfersPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->transfersView->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->transfersView->setCurrentIndex(index);
    showRowActions();
    QMenu menu(this);
    menu.addAction(m_copyCell);
    menu.addSeparator();
    menu.addActions({m_copyHash, m_copyFrom, m_copyTo, m_copyAmount});
    menu.addSeparator();
    menu.addAction(m_openExplorer);
    menu.addSeparator();
    menu.addActions({m_addFrom, m_addTo});
    menu.exec(m_ui->transfersView->viewport()->mapToGlobal(position));
}

QString TransfersPage::currentValue(int role) const
{
    return m_ui->transfersView->currentIndex().data(role).toString();
}

void TransfersPage::copy(const QString& text)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    //: %1 is what was copied (an address, a hash, an amount).
    Q_EMIT message(tr("Copied %1").arg(text));
}

void TransfersPage::openInExplorer()
{
    const QString hash = currentValue(TransferTableModel::TxHashRole);
    const QUrl url = m_chain.network().explorerLink(NetworkConfig::ExplorerItem::Transaction, hash);
    if (hash.isEmpty() || url.isEmpty()) {
        Q_EMIT message(tr("This network has no explorer to open the transaction in."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        Q_EMIT message(tr("Could not open %1").arg(url.toDisplayString()));
}

void TransfersPage::requestAddressBook(int role)
{
    if (const auto address = Address::parse(currentValue(role).toStdString()))
        Q_EMIT addToAddressBookRequested(*address);
}

void TransfersPage::fillWatchChoices()
{
    const QSignalBlocker blocker(m_watchCombo);
    m_watchCombo->clear();
    //: What the transfers page watches: the transfers of the current account.
    m_watchCombo->addItem(tr("My account"));
    for (const TokenBalance& token : m_monitor.tokens())
        if (token.contract)
            //: What the transfers page watches: every transfer of one token (%1: its symbol).
            m_watchCombo->addItem(tr("All transfers of %1").arg(token.symbol),
                                  QString::fromStdString(token.contract->checksummed()));
    showScope();
}

void TransfersPage::chooseWatch()
{
    const QString token = m_watchCombo->currentData().toString();
    if (token.isEmpty()) {
        m_monitor.setWatch(TransferMonitor::Watch::Account);
        return;
    }
    if (const auto address = Address::parse(token.toStdString()))
        m_monitor.setWatch(TransferMonitor::Watch::Token, *address);
}

void TransfersPage::showScope()
{
    const bool token = m_monitor.watch() == TransferMonitor::Watch::Token;
    const QString tokenText = token && m_monitor.watchedToken()
                                  ? QString::fromStdString(m_monitor.watchedToken()->checksummed())
                                  : QString();
    {
        const QSignalBlocker blocker(m_watchCombo);
        const int index = token ? m_watchCombo->findData(tokenText) : 0;
        if (index >= 0)
            m_watchCombo->setCurrentIndex(index);
    }
    // The table shows what the watch covers.
    m_transfers.setScope(token ? std::nullopt : m_wallet.account(),
                         token ? m_monitor.watchedToken() : std::nullopt);
    showMonitor();
}

void TransfersPage::keepPosition(int first, int last)
{
    QScrollBar* scroll = m_ui->transfersView->verticalScrollBar();
    // At the top the newest rows are simply shown; elsewhere the rows the user looks at stay
    // where they are: the view moves down by the rows inserted above them.
    if (m_transfers.isFollowing() || first > scroll->value())
        return;
    // The scroll range grows with the layout, which is otherwise done later.
    m_ui->transfersView->doItemsLayout();
    scroll->setValue(scroll->value() + (last - first + 1));
}

void TransfersPage::jumpToNewest()
{
    m_ui->transfersView->scrollToTop();
    m_transfers.setFollowing(true);
    showState();
}

void TransfersPage::placeJumpButton()
{
    m_jumpButton->adjustSize();
    const QTableView* view = m_ui->transfersView;
    const int top = view->horizontalHeader()->height() + 4;
    m_jumpButton->move((view->width() - m_jumpButton->width()) / 2, top);
    m_jumpButton->raise();
}

bool TransfersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->transfersView && event->type() == QEvent::Resize)
        placeJumpButton();
    return QWidget::eventFilter(watched, event);
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
    const auto format = json ? store::ExportFormat::JsonLines : store::ExportFormat::Csv;
    auto* job = new ExportJob(
        path,
        [&transfers = *m_transfers.store(), query, format](QIODevice& output) {
            return std::make_unique<store::TransferExporter>(transfers, query, format, output);
        },
        this);
    connect(job, &ExportJob::succeeded, this, [this, path](qint64 written) {
        Q_EMIT message(tr("Exported %n transfer(s) to %1.", nullptr, static_cast<int>(written))
                           .arg(QDir::toNativeSeparators(path)));
    });
    connect(job, &ExportJob::failed, this, [this](const Error& error) {
        Q_EMIT message(error.kind == ErrorKind::Cancelled ? tr("The export was cancelled.")
                                                          : errorLine(error));
    });
    new ExportProgressDialog(job, tr("Exporting transfers…"), this);
    job->start();
}

} // namespace seismic::app
