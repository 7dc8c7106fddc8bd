// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TransferRate.h"
#include "core/Address.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QToolButton;

namespace Ui {
class TransfersPage;
}

namespace seismic::app {

class ChainModel;
class StatusIndicator;
class TransferMonitor;
class TransferTableModel;
class WalletModel;

// The live table of token transfers, built for watching: what is watched (the account, or every
// transfer of one token), the first block of the history, the monitor's state as what it is
// (Live, Paused, Catching up, Reconnecting), filters (token, address, direction relative to the
// current account), sorting by any column (newest first by default), pause and resume, CSV or
// JSON-lines export of what the filters show (from the store, with a progress dialog and
// Cancel), a counter and a rate of live transfers.
//
// While the view is at the top it follows the newest rows; scrolled away, it holds still and a
// "n new" button jumps back. A context menu and shortcuts copy a cell, the sender, the
// recipient, the hash or the amount, open the transaction in the network's explorer, and ask
// for an address to be added to the address book.
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
    // Takes one sample of the live count for the rate (the page's timer does, every second).
    void sampleRate();

Q_SIGNALS:
    // A transient message for the status bar.
    void message(const QString& text);
    // The user asked to add this address (a row's sender or recipient) to the address book.
    void addToAddressBookRequested(const seismic::Address& address);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseExportFile();
    void showState();
    void showPaused();
    void showMonitor();
    void loadHistory();
    void createRowActions();
    void showRowActions();
    void showContextMenu(const QPoint& position);
    // The current row's value of a model role, as text; empty if none.
    QString currentValue(int role) const;
    void copy(const QString& text);
    void openInExplorer();
    void requestAddressBook(int role);
    void fillWatchChoices();
    void chooseWatch();
    void showScope();
    void keepPosition(int first, int last);
    void jumpToNewest();
    void placeJumpButton();

    std::unique_ptr<Ui::TransfersPage> m_ui;
    TransferTableModel& m_transfers;
    TransferMonitor& m_monitor;
    WalletModel& m_wallet;
    ChainModel& m_chain;
    QTimer m_rateTimer;
    TransferRate m_rate;
    QComboBox* m_watchCombo = nullptr;
    StatusIndicator* m_monitorState = nullptr;
    QToolButton* m_jumpButton = nullptr;
    QAction* m_copyCell = nullptr;
    QAction* m_copyFrom = nullptr;
    QAction* m_copyTo = nullptr;
    QAction* m_copyHash = nullptr;
    QAction* m_copyAmount = nullptr;
    QAction* m_openExplorer = nullptr;
    QAction* m_addFrom = nullptr;
    QAction* m_addTo = nullptr;
};

} // namespace seismic::app
