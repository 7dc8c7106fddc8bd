// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class LogPage;
}

namespace seismic::app {

class LogFilterProxyModel;
class LogModel;

// The application log with a level filter; follows new messages while scrolled to the bottom.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    LogPage(LogModel& log, QAction* copyDiagnostics, QWidget* parent = nullptr);
    ~LogPage() override;

private:
    std::unique_ptr<Ui::LogPage> m_ui;
    LogModel& m_log;
    LogFilterProxyModel* m_proxy;
    bool m_following = true;
};

} // namespace seismic::app
