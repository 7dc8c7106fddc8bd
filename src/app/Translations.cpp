// SPDX-License-Identifier: MIT
#include "app/Translations.h"

#include "app/AppLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace seismic::app {

Translations::Translations(QObject* parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    remove();
}

void Translations::remove()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

bool Translations::load(const QLocale& locale)
{
    remove();
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    const QString catalogue = QStringLiteral("seismic_desktop");
    const QString directory = QStringLiteral(":/i18n");
    const bool translated = m_app.load(locale, catalogue, QStringLiteral("_"), directory);
    // Without a translation the interface shows its English source strings; the English
    // catalogue supplies their plural forms.
    if (translated || m_app.load(catalogue + QStringLiteral("_en"), directory))
        QCoreApplication::installTranslator(&m_app);
    if (!translated)
        qCInfo(lcApp) << "no translation for" << locale.uiLanguages() << "; using English";
    return translated;
}

} // namespace seismic::app
