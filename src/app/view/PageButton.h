// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

namespace seismic::app {

// A page's push button, named for tests and, by its text without the mnemonic and the
// ellipsis, for screen readers.
inline QPushButton* pageButton(QWidget* parent, const QString& text, const char* objectName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    return button;
}

} // namespace seismic::app
