// SPDX-License-Identifier: MIT
#include "app/view/ChartsPage.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/StoredActivity.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/TransferMonitor.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace seismic::app {
namespace {

constexpr qint64 kMsecsPerSecond = 1'000;
constexpr int kAddressRole = Qt::UserRole;

// The lowest and highest y of `points`, and zero.
std::pair<double, double> valueRange(const QList<QPointF>& points)
{
    double low = 0;
    double high = 0;
    for (const QPointF& point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    return {low, high};
}

// Room above a flat line, nice numbers, and as many decimals as the span needs (amounts of
// millions get none, fractions up to six): never an exponent.
void setValueRange(QValueAxis* axis, double low, double high, bool whole)
{
    if (high <= low)
        high = low + 1;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    const int decimals =
        whole ? 0 : std::clamp(1 - static_cast<int>(std::floor(std::log10(high - low))), 0, 6);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

QDateTime timeOf(double msecs)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs));
}

} // namespace

ChartsPage::ChartsPage(TransferMonitor& monitor, const TransferTableModel& table,
                       const WalletModel& wallet, const ChainModel& chain, QWidget* parent)
    : QWidget(parent)
    , m_table(table)
    , m_wallet(wallet)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_tokens(new QComboBox(this))
{
    setObjectName(QStringLiteral("chartsPage"));
    const QLocale locale;
    const QString time = locale.timeFormat(QLocale::ShortFormat);
    m_rate = makeChart(tr("Transfers per minute, last hour"), tr("Transfers per minute"), time);
    m_rate.view->setObjectName(QStringLiteral("rateChart"));
    m_volume = makeChart(tr("Volume per minute, last hour"), tr("Volume of the token"), time);
    m_volume.view->setObjectName(QStringLiteral("volumeChart"));
    m_balance = makeChart(tr("The account's balance from its transfers"),
                          tr("Balance of the token over time"),
                          locale.dateTimeFormat(QLocale::ShortFormat));
    m_balance.view->setObjectName(QStringLiteral("balanceChart"));
    m_tokens->setObjectName(QStringLiteral("chartTokenCombo"));
    m_tokens->setAccessibleName(tr("Token charted"));
    m_tokens->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokens);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the charts"));

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_tokens);
    tokenRow->addStretch();
    auto* layout = new QGridLayout(this);
    layout->addLayout(tokenRow, 0, 0, 1, 2);
    layout->addWidget(m_rate.view, 1, 0);
    layout->addWidget(m_volume.view, 1, 1);
    layout->addWidget(m_balance.view, 2, 0, 1, 2);
    layout->addWidget(m_note, 3, 0, 1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    applyPalette();

    connect(&monitor, &TransferMonitor::transfersStored, this,
            [this](const std::vector<store::TransferRecord>& transfers, bool) {
                addTransfers(transfers);
            });
    connect(&monitor, &TransferMonitor::restarted, this, &ChartsPage::loadStored);
    connect(&wallet, &WalletModel::accountChanged, this,
            [this, &wallet] { m_series.setAccount(wallet.account()); });
    m_series.setAccount(wallet.account());
    // Another network's transfers are not this one's.
    connect(&chain, &ChainModel::networkChanged, this, [this] { m_series.clear(); });
    connect(m_tokens, &QComboBox::currentIndexChanged, this, &ChartsPage::refresh);

    m_repaintTimer.setInterval(1'000 / kRepaintHz);
    connect(&m_repaintTimer, &QTimer::timeout, this, &ChartsPage::repaintIfChanged);
}

ChartsPage::~ChartsPage() = default;

ChartsPage::Chart ChartsPage::makeChart(const QString& title, const QString& accessibleName,
                                        const QString& timeFormat)
{
    Chart chart;
    auto* qchart = new QChart();
    // Qt Charts renders titles as rich text: ours are escaped.
    qchart->setTitle(title.toHtmlEscaped());
    qchart->setLocalizeNumbers(true);
    qchart->setLocale(QLocale());
    qchart->setBackgroundVisible(false);
    qchart->setMargins(QMargins(4, 4, 4, 4));
    qchart->legend()->hide();
    chart.time = new QDateTimeAxis(qchart);
    chart.time->setFormat(timeFormat);
    chart.time->setTickCount(5);
    chart.values = new QValueAxis(qchart);
    qchart->addAxis(chart.time, Qt::AlignBottom);
    qchart->addAxis(chart.values, Qt::AlignLeft);
    chart.line = new QLineSeries();
    qchart->addSeries(chart.line);
    chart.line->attachAxis(chart.time);
    chart.line->attachAxis(chart.values);
    chart.view = new QChartView(qchart, this);
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setAccessibleName(accessibleName);
    chart.view->setMinimumSize(240, 160);
    return chart;
}

qint64 ChartsPage::nowSeconds() const
{
    return m_clock().toSecsSinceEpoch();
}

void ChartsPage::addTransfers(const std::vector<store::TransferRecord>& transfers)
{
    if (transfers.empty())
        return;
    const qint64 now = nowSeconds();
    for (const store::TransferRecord& transfer : transfers)
        m_series.add(transfer, now);
}

void ChartsPage::loadStored()
{
    m_series.clear();
    m_series.setAccount(m_wallet.account());
    const store::TransferStore* store = m_table.store();
    if (!store || m_table.query().network == 0)
        return;
    const qint64 now = nowSeconds();
    const auto stored = storedActivity(*store, m_table.query(), m_wallet.account(),
                                       now - qint64(TransferActivitySeries::kMinutes) *
                                                 TransferActivitySeries::kMinuteSeconds,
                                       kMaxStoredActivityRows);
    if (!stored) {
        qCWarning(lcClient).noquote() << "charts: the stored transfers were not read:"
                                      << QString::fromStdString(stored.error().describe());
        return;
    }
    for (const store::TransferRecord& transfer : *stored)
        m_series.add(transfer, now);
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    repaintIfChanged();
    m_repaintTimer.start();
}

void ChartsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_repaintTimer.stop();
}

void ChartsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ChartsPage::applyPalette()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    for (Chart* chart : {&m_rate, &m_volume, &m_balance}) {
        chart->view->chart()->setTitleBrush(text);
        for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(chart->time),
                                    static_cast<QAbstractAxis*>(chart->values)}) {
            axis->setLabelsColor(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
}

void ChartsPage::repaintIfChanged()
{
    m_series.advanceTo(nowSeconds());
    if (m_series.revision() != m_paintedRevision)
        refresh();
}

void ChartsPage::showTokens()
{
    const auto& tokens = m_series.tokens();
    bool same = m_tokens->count() == static_cast<int>(tokens.size());
    for (int i = 0; same && i < m_tokens->count(); ++i)
        same = m_tokens->itemData(i, kAddressRole).toByteArray() ==
               QByteArray::fromStdString(tokens[static_cast<std::size_t>(i)].address.lowerHex());
    if (same)
        return;
    const QSignalBlocker blocker(m_tokens);
    const QVariant chosen = m_tokens->currentData(kAddressRole);
    m_tokens->clear();
    for (const auto& token : tokens) {
        m_tokens->addItem(token.symbol, QByteArray::fromStdString(token.address.lowerHex()));
        m_tokens->setItemData(m_tokens->count() - 1,
                              QString::fromStdString(token.address.checksummed()), Qt::ToolTipRole);
    }
    m_tokens->setCurrentIndex(std::max(m_tokens->findData(chosen, kAddressRole), 0));
    m_tokens->setEnabled(!tokens.empty());
}

const TransferActivitySeries::Token* ChartsPage::chosenToken() const
{
    const int index = m_tokens->currentIndex();
    const auto& tokens = m_series.tokens();
    return index >= 0 && index < static_cast<int>(tokens.size())
               ? &tokens[static_cast<std::size_t>(index)]
               : nullptr;
}

void ChartsPage::refresh()
{
    m_series.advanceTo(nowSeconds());
    m_paintedRevision = m_series.revision();
    showTokens();
    const QList<QPointF> rate = m_series.transfersPerMinutePoints();
    const QDateTime hourStart = timeOf(rate.first().x());
    const QDateTime hourEnd =
        timeOf(rate.last().x() + TransferActivitySeries::kMinuteSeconds * kMsecsPerSecond);

    m_rate.line->replace(rate);
    m_rate.time->setRange(hourStart, hourEnd);
    const auto [rateLow, rateHigh] = valueRange(rate);
    setValueRange(m_rate.values, rateLow, rateHigh, true);
    int total = 0;
    for (const QPointF& point : rate)
        total += static_cast<int>(point.y());
    //: The accessible description of the transfers-per-minute chart.
    m_rate.view->setAccessibleDescription(tr("%Ln transfer(s) in the last hour", nullptr, total));

    const TransferActivitySeries::Token* token = chosenToken();
    const QList<QPointF> volume = token ? m_series.volumePoints(*token) : QList<QPointF>();
    const QList<QPointF> balance = token ? m_series.balancePoints(*token) : QList<QPointF>();
    m_volume.line->replace(volume);
    m_volume.time->setRange(hourStart, hourEnd);
    const auto [volumeLow, volumeHigh] = valueRange(volume);
    setValueRange(m_volume.values, volumeLow, volumeHigh, false);
    m_balance.line->replace(balance);
    // At least the last hour, as the charts above, and back to the first transfer.
    m_balance.time->setRange(
        balance.isEmpty() ? hourStart : std::min(hourStart, timeOf(balance.first().x())),
        balance.isEmpty() ? hourEnd : std::max(hourEnd, timeOf(balance.last().x())));
    const auto [balanceLow, balanceHigh] = valueRange(balance);
    setValueRange(m_balance.values, balanceLow, balanceHigh, false);
    const QString symbol = token ? token->symbol : QString();
    //: The accessible description of the volume chart; %1 is a token symbol.
    m_volume.view->setAccessibleDescription(token ? tr("Volume of %1").arg(symbol) : QString());

    QStringList notes;
    notes.append(tr("The balance is the net flow of the account's transfers since the first one "
                    "the app saw."));
    if (!m_series.account())
        notes.append(tr("No account: there is no balance to follow."));
    if (token && token->hiddenVolume > 0)
        //: %1 is a token symbol.
        notes.append(tr("%Ln transfer(s) of %1 with an amount hidden by encryption are counted "
                        "but not in the volume.",
                        nullptr, static_cast<int>(token->hiddenVolume))
                         .arg(symbol));
    if (token && token->hiddenBalanceChanges > 0)
        notes.append(tr("%Ln of the account's transfers have a hidden amount: the balance leaves "
                        "them out.",
                        nullptr, static_cast<int>(token->hiddenBalanceChanges)));
    if (m_series.ignoredTransfers() > 0)
        notes.append(
            tr("Only the first %L1 tokens are charted.").arg(TransferActivitySeries::kMaxTokens));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_balance.view->setAccessibleDescription(m_note->text());
}

} // namespace seismic::app
