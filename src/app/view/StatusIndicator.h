// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace seismic::app {

// An icon and a line of text, for the status bar (connection, account, network). A text longer
// than the indicator's room is elided (the whole text stays in text() and the accessible
// description; callers put it in the tooltip): a long message never widens the window.
class StatusIndicator : public QWidget
{
    Q_OBJECT

public:
    // The widest the text asks to be, in average characters.
    static constexpr int kMaxTextChars = 48;

    explicit StatusIndicator(QWidget* parent = nullptr);

    // The whole text, however it is shown.
    QString text() const { return m_fullText; }
    // What the label shows now (elided when the text does not fit).
    QString shownText() const;
    void setText(const QString& text);
    void setIcon(const QIcon& icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QLabel* m_icon;
    QLabel* m_text;
    QString m_fullText;
};

} // namespace seismic::app
