// SPDX-License-Identifier: MIT
#pragma once

#include "app/service/SendService.h"

#include <QCoro/QCoroTask>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace seismic::app {

class ChainModel;
class PendingTransactionsModel;
class TxHistoryModel;
class TxHistoryStore;
class WalletModel;

// The transactions sent from the current account and where each stands: status icon and text,
// block, gas used, time, hash, and the reason of a failure. The selected transaction's hash can
// be copied (button, Ctrl+C or the context menu); its full status is shown below the table.
// A filter narrows the rows to those containing its text. The history (as filtered) can be
// exported (CSV or JSON lines) and forgotten (confirmed: deleted from the
// store and the disk). Above it, while there are any, the pending transactions (a shielded one
// with the blocks left until its expiry, against the chain head): the selected one can be sped
// up or cancelled, through the send confirmation.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    // The history of `wallet`, kept by `send`; the head of `chain` for the expiries.
    HistoryPage(SendService& send, const WalletModel& wallet, const ChainModel& chain,
                QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Puts the selected transaction's hash on the clipboard; false if it has none yet.
    bool copySelectedHash();
    // Writes the open history, as far as the filter shows it, to `path` (JSON lines for *.json
    // and *.jsonl, else CSV) a page at a time, with a progress dialog whose Cancel stops it
    // (ExportProgressDialog); the file is written atomically (none on failure or cancel).
    // message() reports the end.
    void exportTo(const QString& path);
    // Prepares the replacement of the selected pending transaction and shows it for
    // confirmation (object name "replaceConfirmDialog"); sent when confirmed.
    QCoro::Task<> replaceSelected(SendService::Replacement how);

Q_SIGNALS:
    // For the status bar (translated).
    void message(const QString& text);

private:
    void chooseExportFile();
    // Hides the rows the filter does not show.
    void applyFilter();
    void confirmForget();
    void showState();
    void showSelection();
    void showPending();
    int selectedRow() const;
    int selectedPendingRow() const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    SendService& m_send;
    const WalletModel& m_wallet;
    const ChainModel& m_chain;
    TxHistoryModel& m_history;
    TxHistoryStore& m_store;
    PendingTransactionsModel* m_pending;
    // A replacement is being prepared: the buttons wait.
    bool m_preparing = false;
};

} // namespace seismic::app
