// SPDX-License-Identifier: MIT
// The compiled-in translations load by locale: German and French show translated widgets,
// English supplies the plural forms, and an unknown language falls back to English.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/model/ChainModel.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "support/AppTestSupport.h"

#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>

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
        QCOMPARE(menuTitles(window), QStringLiteral("&Fichier &Affichage &Paramètres &Aide"));
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
