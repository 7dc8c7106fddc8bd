// SPDX-License-Identifier: MIT
// The compiled-in translations load by locale: German and French show translated widgets,
// English supplies the plural forms, and an unknown language falls back to English. The German
// and French catalogues translate every entry.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/model/ChainModel.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "support/AppTestSupport.h"

#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

QString menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles.join(QLatin1Char(' '));
}

QString transfers(int count)
{
    return QCoreApplication::translate("seismic::app::TransfersPage", "%n transfer(s)", nullptr,
                                       count);
}

// "context: source" of every entry of a .ts file that is unfinished, obsolete or empty.
QStringList untranslatedEntries(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path + QStringLiteral(": cannot be read")};
    QStringList untranslated;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool marked = !xml.attributes().value(QStringLiteral("type")).isEmpty();
            // Plural entries hold their forms in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (marked || text.trimmed().isEmpty())
                untranslated.append(context + QStringLiteral(": ") + source);
        }
    }
    if (xml.hasError())
        untranslated.append(path + QStringLiteral(": ") + xml.errorString());
    return untranslated;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void germanShowsGermanWidgets()
    {
        Translations translations;
        QVERIFY(translations.load(QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        MainWindow window(context);
        QCOMPARE(menuTitles(window), QStringLiteral("&Datei &Ansicht &Einstellungen &Hilfe"));
        QCOMPARE(child<StatusIndicator>(window, "connectionIndicator")->text(),
                 QStringLiteral("Nicht verbunden"));
        context.chain().setChainId(5124);
        context.chain().setBlockNumber(42);
        context.chain().setStatus(ConnectionStatus::Connected);
        QCOMPARE(child<StatusIndicator>(window, "connectionIndicator")->text(),
                 QStringLiteral("Verbunden mit Chain 5124 bei Block 42"));
        QCOMPARE(transfers(1), QStringLiteral("1 Transfer"));
        QCOMPARE(transfers(3), QStringLiteral("3 Transfers"));
    }

    void frenchShowsFrenchWidgets()
    {
        Translations translations;
        QVERIFY(translations.load(QLocale(QLocale::French, QLocale::France)));
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        MainWindow window(context);
        QCOMPARE(menuTitles(window), QStringLiteral("&Fichier Affic&hage &Paramètres &Aide"));
        QCOMPARE(child<StatusIndicator>(window, "connectionIndicator")->text(),
                 QStringLiteral("Non connecté"));
        QCOMPARE(transfers(1), QStringLiteral("1 transfert"));
        QCOMPARE(transfers(2), QStringLiteral("2 transferts"));
    }

    void otherLanguagesFallBackToEnglish()
    {
        Translations translations;
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no translation for")));
        QVERIFY(!translations.load(QLocale(QLocale::Japanese, QLocale::Japan)));
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        MainWindow window(context);
        QCOMPARE(menuTitles(window), QStringLiteral("&File &View &Settings &Help"));
        QCOMPARE(transfers(1), QStringLiteral("1 transfer"));
        QCOMPARE(transfers(0), QStringLiteral("0 transfers"));
    }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, language);
        const QString path =
            QStringLiteral(SEISMIC_TRANSLATIONS_DIR "/seismic_desktop_%1.ts").arg(language);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().count("<message") > 400);
        const QStringList untranslated = untranslatedEntries(path);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void untranslatedEntriesAreFound()
    {
        QTemporaryDir home;
        const QString path =
            apptest::writeFile(home, QStringLiteral("seismic_desktop_xx.ts"),
                               "<TS version=\"2.1\" language=\"de\"><context><name>Page</name>"
                               "<message><source>Done</source><translation>Fertig</translation>"
                               "</message>"
                               "<message><source>Live</source>"
                               "<translation type=\"unfinished\"></translation></message>"
                               "<message><source>Empty</source><translation> </translation>"
                               "</message>"
                               "<message numerus=\"yes\"><source>%n row(s)</source><translation>"
                               "<numerusform></numerusform><numerusform></numerusform>"
                               "</translation></message></context></TS>");
        QCOMPARE(untranslatedEntries(path),
                 (QStringList{QStringLiteral("Page: Live"), QStringLiteral("Page: Empty"),
                              QStringLiteral("Page: %n row(s)")}));
    }

    void replacingALanguageRemovesThePreviousOne()
    {
        Translations translations;
        QVERIFY(translations.load(QLocale(QLocale::German)));
        QVERIFY(translations.load(QLocale(QLocale::French)));
        QCOMPARE(QCoreApplication::translate("ConnectionStatus", "Not connected"),
                 QStringLiteral("Non connecté"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
