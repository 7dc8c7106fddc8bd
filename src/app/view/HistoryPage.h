// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace seismic::app {

class TxHistoryModel;

// The transactions sent from the current account and where each stands: status icon and text,
// block, gas used, time, hash, and the reason of a failure. The selected transaction's hash can
// be copied (button, Ctrl+C or the context menu); its full status is shown below the table.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(TxHistoryModel& history, QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Puts the selected transaction's hash on the clipboard; false if it has none yet.
    bool copySelectedHash();

private:
    void showState();
    void showSelection();
    int selectedRow() const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    TxHistoryModel& m_history;
};

} // namespace seismic::app
