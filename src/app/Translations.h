// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace seismic::app {

// Installs the app's translation for a locale, from the catalogues compiled into the binary
// (:/i18n), and Qt's own (standard buttons and dialogs) from the system when they are installed.
// Loading another locale replaces the previous translation.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // False when the app has no translation for the locale's languages (it then shows its
    // English source strings).
    bool load(const QLocale& locale);

private:
    void remove();

    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace seismic::app
