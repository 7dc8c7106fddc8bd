// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TransferActivitySeries.h"
#include "store/TransferRecord.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace seismic::app {

class ChainModel;
class TransferMonitor;
class TransferTableModel;
class WalletModel;

// Three live charts of the transfers the monitor stores (TransferMonitor::transfersStored):
// transfers per minute over the last hour, and for the token chosen above them (tokens differ
// in scale by orders of magnitude) its volume per minute over the last hour and the account's
// balance of it over time from its transfers (the net flow since the first one seen; hidden
// amounts are left out and said so). They start from the store's transfers when the watch
// (re)starts. The series take each transfer at once; the charts repaint
// at most kRepaintHz times a second, and only while the page is shown.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRepaintHz = 4;
    // The present; tests drive their own.
    using Clock = std::function<QDateTime()>;

    // The stored transfers come from `table`'s store and scope.
    ChartsPage(TransferMonitor& monitor, const TransferTableModel& table, const WalletModel& wallet,
               const ChainModel& chain, QWidget* parent = nullptr);
    ~ChartsPage() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    const TransferActivitySeries& series() const { return m_series; }
    // Puts the series into the charts now (the repaint timer does so when they changed).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Chart
    {
        QChartView* view = nullptr;
        QDateTimeAxis* time = nullptr;
        QValueAxis* values = nullptr;
        QLineSeries* line = nullptr;
    };

    void addTransfers(const std::vector<store::TransferRecord>& transfers);
    // Starts the series afresh from the stored transfers (the last hour's, and the account's
    // newest kMaxStoredActivityRows for its balance), so that a restart does not blank the charts.
    void loadStored();
    void repaintIfChanged();
    Chart makeChart(const QString& title, const QString& accessibleName, const QString& timeFormat);
    // The token combo box lists the series' tokens; the chosen one stays chosen.
    void showTokens();
    // The series' token the combo box names; null when there is none.
    const TransferActivitySeries::Token* chosenToken() const;
    void applyPalette();
    qint64 nowSeconds() const;

    const TransferTableModel& m_table;
    const WalletModel& m_wallet;
    TransferActivitySeries m_series;
    Clock m_clock;
    QTimer m_repaintTimer;
    quint64 m_paintedRevision = 0;
    QComboBox* m_tokens;
    Chart m_rate;
    Chart m_volume;
    Chart m_balance;
    QLabel* m_note;
};

} // namespace seismic::app
