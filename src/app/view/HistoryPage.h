// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace seismic::app {

class TxHistoryModel;

// The transactions sent from the current account and where each stands.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(TxHistoryModel& history, QWidget* parent = nullptr);
    ~HistoryPage() override;

private:
    void showState();

    std::unique_ptr<Ui::HistoryPage> m_ui;
    TxHistoryModel& m_history;
};

} // namespace seismic::app
