// SPDX-License-Identifier: MIT
#include "app/view/StatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace seismic::app {

StatusIndicator::StatusIndicator(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->hide();
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

void StatusIndicator::setText(const QString& text)
{
    m_text->setText(text);
    // Screen readers announce the text, not the icon.
    setAccessibleDescription(text);
}

void StatusIndicator::setIcon(const QIcon& icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
}

} // namespace seismic::app
