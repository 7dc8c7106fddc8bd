// SPDX-License-Identifier: MIT
#include "app/view/StatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

namespace seismic::app {

namespace {

constexpr int kMargin = 4;
constexpr int kMinTextChars = 8;

} // namespace

StatusIndicator::StatusIndicator(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kMargin, 0, kMargin, 0);
    layout->setSpacing(kMargin);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    // The label's own size hint is its whole text: ignored, this widget's hints rule.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_icon->hide();
}

QString StatusIndicator::shownText() const
{
    return m_text->text();
}

void StatusIndicator::setText(const QString& text)
{
    if (text == m_fullText)
        return;
    m_fullText = text;
    // Screen readers announce the whole text, not the icon.
    setAccessibleDescription(text);
    elide();
    updateGeometry();
}

void StatusIndicator::setIcon(const QIcon& icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
    updateGeometry();
}

QSize StatusIndicator::sizeHint() const
{
    const QFontMetrics metrics = m_text->fontMetrics();
    const int textWidth = std::min(metrics.horizontalAdvance(m_fullText) + 2,
                                   metrics.averageCharWidth() * kMaxTextChars);
    const int iconWidth = m_icon->isVisibleTo(this) ? m_icon->sizeHint().width() + kMargin : 0;
    return {2 * kMargin + iconWidth + textWidth,
            std::max(metrics.height(), m_icon->sizeHint().height())};
}

QSize StatusIndicator::minimumSizeHint() const
{
    const QFontMetrics metrics = m_text->fontMetrics();
    const int iconWidth = m_icon->isVisibleTo(this) ? m_icon->sizeHint().width() + kMargin : 0;
    return {2 * kMargin + iconWidth + metrics.averageCharWidth() * kMinTextChars,
            std::max(metrics.height(), m_icon->sizeHint().height())};
}

void StatusIndicator::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    elide();
}

void StatusIndicator::elide()
{
    m_text->setText(m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight, m_text->width()));
}

} // namespace seismic::app
