// SPDX-License-Identifier: MIT
#include "app/view/ChartsPage.h"

#include "app/model/ChainModel.h"
#include "app/model/WalletModel.h"
#include "app/service/TransferMonitor.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace seismic::app {
namespace {

constexpr qint64 kMsecsPerSecond = 1'000;

// The lowest and highest y of `points`, widened to include zero.
std::pair<double, double> valueRange(const QList<QPointF>& points, double low, double high)
{
    for (const QPointF& point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    return {low, high};
}

void setValueRange(QValueAxis* axis, double low, double high)
{
    // A flat line still gets an axis with room above it.
    if (high <= low)
        high = low + 1;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
}

} // namespace

ChartsPage::ChartsPage(TransferMonitor& monitor, const WalletModel& wallet, const ChainModel& chain,
                       QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("chartsPage"));
    const QLocale locale;
    const QString time = locale.timeFormat(QLocale::ShortFormat);
    m_rate = makeChart(tr("Transfers per minute, last hour"), tr("Transfers per minute"), time,
                       QStringLiteral("%.0f"));
    m_rate.view->setObjectName(QStringLiteral("rateChart"));
    m_volume = makeChart(tr("Volume per minute by token, last hour"), tr("Volume by token"), time,
                         QStringLiteral("%.6g"));
    m_volume.view->setObjectName(QStringLiteral("volumeChart"));
    m_balance = makeChart(tr("Account balance from its transfers"), tr("Balance over time"),
                          locale.dateTimeFormat(QLocale::ShortFormat), QStringLiteral("%.6g"));
    m_balance.view->setObjectName(QStringLiteral("balanceChart"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the charts"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_rate.view, 0, 0);
    layout->addWidget(m_volume.view, 0, 1);
    layout->addWidget(m_balance.view, 1, 0, 1, 2);
    layout->addWidget(m_note, 2, 0, 1, 2);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);

    lineOf(m_rate, 0, tr("Transfers"));
    m_rate.view->chart()->legend()->hide();
    applyPalette();

    connect(&monitor, &TransferMonitor::transfersStored, this,
            [this](const std::vector<store::TransferRecord>& transfers, bool) {
                addTransfers(transfers);
            });
    connect(&wallet, &WalletModel::accountChanged, this,
            [this, &wallet] { m_series.setAccount(wallet.account()); });
    m_series.setAccount(wallet.account());
    // Another network's transfers are not this one's.
    connect(&chain, &ChainModel::networkChanged, this, [this] { m_series.clear(); });

    m_repaintTimer.setInterval(1'000 / kRepaintHz);
    connect(&m_repaintTimer, &QTimer::timeout, this, &ChartsPage::repaintIfChanged);
}

ChartsPage::~ChartsPage() = default;

ChartsPage::Chart ChartsPage::makeChart(const QString& title, const QString& accessibleName,
                                        const QString& timeFormat, const QString& valueFormat)
{
    Chart chart;
    auto* qchart = new QChart();
    // Qt Charts renders titles and legend names as rich text: ours are escaped.
    qchart->setTitle(title.toHtmlEscaped());
    qchart->setLocalizeNumbers(true);
    qchart->setLocale(QLocale());
    qchart->setBackgroundVisible(false);
    qchart->setMargins(QMargins(4, 4, 4, 4));
    qchart->legend()->setAlignment(Qt::AlignRight);
    chart.time = new QDateTimeAxis(qchart);
    chart.time->setFormat(timeFormat);
    chart.time->setTickCount(5);
    chart.values = new QValueAxis(qchart);
    chart.values->setLabelFormat(valueFormat);
    chart.values->setMin(0);
    qchart->addAxis(chart.time, Qt::AlignBottom);
    qchart->addAxis(chart.values, Qt::AlignLeft);
    chart.view = new QChartView(qchart, this);
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setAccessibleName(accessibleName);
    chart.view->setMinimumSize(240, 160);
    return chart;
}

QLineSeries* ChartsPage::lineOf(Chart& chart, std::size_t index, const QString& name)
{
    while (chart.lines.size() <= index) {
        auto* line = new QLineSeries();
        chart.view->chart()->addSeries(line);
        line->attachAxis(chart.time);
        line->attachAxis(chart.values);
        // Qt Charts 6.4 lays out no ticks for a date-time axis whose first series came after it
        // was shown, until the axis is shown again.
        chart.time->setVisible(false);
        chart.time->setVisible(true);
        chart.lines.push_back(line);
    }
    QLineSeries* line = chart.lines[index];
    // The series start afresh with another account or network: a line may change tokens.
    if (const QString escaped = name.toHtmlEscaped(); line->name() != escaped)
        line->setName(escaped);
    return line;
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
        chart->view->chart()->legend()->setLabelColor(text);
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

void ChartsPage::refresh()
{
    m_series.advanceTo(nowSeconds());
    m_paintedRevision = m_series.revision();
    const QList<QPointF> rate = m_series.transfersPerMinutePoints();
    const QDateTime hourStart =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(rate.first().x()));
    const QDateTime hourEnd =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(rate.last().x()) +
                                       TransferActivitySeries::kMinuteSeconds * kMsecsPerSecond);

    m_rate.lines.front()->replace(rate);
    m_rate.time->setRange(hourStart, hourEnd);
    const auto [rateLow, rateHigh] = valueRange(rate, 0, 0);
    setValueRange(m_rate.values, rateLow, rateHigh);
    int total = 0;
    for (const QPointF& point : rate)
        total += static_cast<int>(point.y());
    //: The accessible description of the transfers-per-minute chart.
    m_rate.view->setAccessibleDescription(tr("%Ln transfer(s) in the last hour", nullptr, total));

    double volumeLow = 0;
    double volumeHigh = 0;
    double balanceLow = 0;
    double balanceHigh = 0;
    std::optional<double> balanceStart;
    std::optional<double> balanceEnd;
    quint64 hiddenVolume = 0;
    quint64 hiddenBalance = 0;
    const auto& tokens = m_series.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& token = tokens[i];
        const QList<QPointF> volume = m_series.volumePoints(token);
        QLineSeries* volumeLine = lineOf(m_volume, i, token.symbol);
        volumeLine->replace(volume);
        volumeLine->setVisible(true);
        std::tie(volumeLow, volumeHigh) = valueRange(volume, volumeLow, volumeHigh);
        const QList<QPointF> balance = m_series.balancePoints(token);
        QLineSeries* balanceLine = lineOf(m_balance, i, token.symbol);
        balanceLine->replace(balance);
        // A token the account has no transfer of has no balance line, nor a legend entry.
        balanceLine->setVisible(!balance.isEmpty());
        std::tie(balanceLow, balanceHigh) = valueRange(balance, balanceLow, balanceHigh);
        if (!balance.isEmpty()) {
            balanceStart =
                std::min(balanceStart.value_or(balance.first().x()), balance.first().x());
            balanceEnd = std::max(balanceEnd.value_or(balance.last().x()), balance.last().x());
        }
        hiddenVolume += token.hiddenVolume;
        hiddenBalance += token.hiddenBalanceChanges;
    }
    // Lines of tokens the series no longer have (they started afresh).
    for (Chart* chart : {&m_volume, &m_balance}) {
        for (std::size_t i = tokens.size(); i < chart->lines.size(); ++i) {
            chart->lines[i]->clear();
            chart->lines[i]->setVisible(false);
        }
    }
    m_volume.time->setRange(hourStart, hourEnd);
    setValueRange(m_volume.values, volumeLow, volumeHigh);
    m_balance.time->setRange(
        balanceStart ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(*balanceStart))
                     : hourStart,
        balanceEnd ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(*balanceEnd)) : hourEnd);
    setValueRange(m_balance.values, balanceLow, balanceHigh);
    //: The accessible description of the volume chart.
    m_volume.view->setAccessibleDescription(
        tr("%Ln token(s)", nullptr, static_cast<int>(tokens.size())));

    QStringList notes;
    if (!m_series.account())
        notes.append(tr("No account: there is no balance to follow."));
    if (hiddenVolume > 0)
        notes.append(tr("%Ln transfer(s) with an amount hidden by encryption are counted but "
                        "not in the volume.",
                        nullptr, static_cast<int>(hiddenVolume)));
    if (hiddenBalance > 0)
        notes.append(tr("%Ln of the account's transfers have a hidden amount: the balance leaves "
                        "them out.",
                        nullptr, static_cast<int>(hiddenBalance)));
    if (m_series.ignoredTransfers() > 0)
        notes.append(
            tr("Only the first %L1 tokens are charted.").arg(TransferActivitySeries::kMaxTokens));
    notes.prepend(tr("The balance is the net flow of the account's transfers since the first "
                     "one seen here."));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_balance.view->setAccessibleDescription(m_note->text());
}

} // namespace seismic::app
