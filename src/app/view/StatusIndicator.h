// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace seismic::app {

// An icon and a line of text, for the status bar (connection, account, network).
class StatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit StatusIndicator(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setIcon(const QIcon& icon);

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace seismic::app
