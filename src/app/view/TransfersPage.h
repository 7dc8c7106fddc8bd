// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include <deque>
#include <memory>

namespace Ui {
class TransfersPage;
}

namespace seismic::app {

class ChainModel;
class TransferMonitor;
class TransferTableModel;
class WalletModel;

// The live table of token transfers: the first block of the history, the monitor's state
// (loading history, live, reconnecting), filters (token, address, direction relative to the
// current account), sorting by any column, pause and resume, CSV or JSON-lines export of what
// the filters show (from the store, with a progress dialog and Cancel), a counter and a rate.
class TransfersPage : public QWidget
{
    Q_OBJECT

public:
    TransfersPage(TransferTableModel& transfers, TransferMonitor& monitor, WalletModel& wallet,
                  ChainModel& chain, QWidget* parent = nullptr);
    ~TransfersPage() override;

    // Writes the rows the filters show to `path`, as JSON lines if it ends in .json or .jsonl,
    // else as CSV: a page per event-loop turn, with a progress dialog that can cancel it;
    // reports the outcome through message().
    void exportTo(const QString& path);

Q_SIGNALS:
    // A transient message for the status bar.
    void message(const QString& text);

private:
    void chooseExportFile();
    void showState();
    void showPaused();
    void sampleRate();
    void showMonitor();
    void loadHistory();

    std::unique_ptr<Ui::TransfersPage> m_ui;
    TransferTableModel& m_transfers;
    TransferMonitor& m_monitor;
    WalletModel& m_wallet;
    ChainModel& m_chain;
    QTimer m_rateTimer;
    std::deque<quint64> m_receivedSamples; // one per second, newest last
};

} // namespace seismic::app
