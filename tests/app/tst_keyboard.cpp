// SPDX-License-Identifier: MIT
// Keyboard and accessibility, in English, German and French: no two visible controls of a window
// or dialog share an Alt mnemonic (each page and tab as shown), every control in the
// accessibility tree has a name, tables are no tab traps, Enter in the Send form asks for the
// confirmation, and the window's geometry and page are remembered.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/dialog/AddressEntryDialog.h"
#include "app/dialog/CreateAccountDialog.h"
#include "app/dialog/FirstRunDialog.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/dialog/NetworkDialog.h"
#include "app/dialog/ReceiveDialog.h"
#include "app/dialog/SettingsDialog.h"
#include "app/dialog/UnlockDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "app/view/SendPage.h"
#include "core/Units.h"
#include "support/AppTestSupport.h"
#include "support/WindowFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

// The smallest window the app is made for.
constexpr int kSmallestWidth = 1024;
constexpr int kSmallestHeight = 700;

// Shows each page of the main window in turn and hands it to `visit`.
template<typename Visit>
void forEachPage(MainWindow& window, Visit visit)
{
    auto* pages = child<QStackedWidget>(window, "pageStack");
    for (int page = 0; page < pages->count(); ++page) {
        window.showPage(static_cast<MainWindow::Page>(page));
        visit(page, *pages->widget(page));
    }
}

// The texts whose Alt mnemonic a visible widget of `root` owns.
QStringList mnemonicTexts(const QWidget& widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(&widget))
        return label->buddy() ? QStringList{label->text()} : QStringList{};
    if (const auto* button = qobject_cast<const QAbstractButton*>(&widget))
        return {button->text()};
    if (const auto* group = qobject_cast<const QGroupBox*>(&widget))
        return {group->title()};
    QStringList texts;
    if (const auto* tabs = qobject_cast<const QTabBar*>(&widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    if (const auto* menus = qobject_cast<const QMenuBar*>(&widget)) {
        for (const QAction* action : menus->actions())
            texts.append(action->text());
    }
    return texts;
}

// "Alt+R: &Recipient: | &Review and Send…" for every mnemonic two visible controls share.
QStringList mnemonicClashes(const QWidget& root)
{
    QMap<QString, QStringList> owners;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&root))
            continue;
        for (const QString& text : mnemonicTexts(*widget)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[key.toString()].append(text);
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key() + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" | ")));
    }
    return clashes;
}

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Walks the accessibility tree below `node`; collects the controls without a name. The cells
// of tables and lists are named by their contents and not walked.
void collectUnnamed(QAccessibleInterface* node, QStringList& unnamed)
{
    if (!node || node->state().invisible)
        return;
    const QAccessible::Role role = node->role();
    if (isControl(role) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        const QObject* object = node->object();
        unnamed.append(
            QStringLiteral("%1 (%2, role %3)")
                .arg(object ? object->objectName() : QString(),
                     object ? QString::fromLatin1(object->metaObject()->className()) : QString())
                .arg(static_cast<int>(role)));
    }
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed);
}

QStringList unnamedControls(QWidget& root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(&root), unnamed);
    return unnamed;
}

// The mnemonic clashes and unnamed controls of `window` as shown, then of each tab of every tab
// widget in it, shown in turn, prefixed by `where`.
QStringList keyboardProblems(QWidget& window, const QString& where)
{
    const auto check = [&window](const QString& shown) {
        QStringList problems;
        for (const QString& clash : mnemonicClashes(window))
            problems.append(shown + QStringLiteral(": ") + clash);
        for (const QString& control : unnamedControls(window))
            problems.append(shown + QStringLiteral(": unnamed ") + control);
        return problems;
    };
    QStringList problems = check(where);
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(&window))
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            problems += check(where + QLatin1Char('/') + tabs->tabText(tab));
        }
    }
    problems.removeDuplicates();
    return problems;
}

using Fixture = apptest::WindowFixture;

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void everyWindowIsUsableFromTheKeyboard_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
    }

    void everyWindowIsUsableFromTheKeyboard()
    {
        QFETCH(QLocale, locale);
        Translations translations;
        QVERIFY(translations.load(locale));
        Fixture f;
        QStringList problems;
        forEachPage(f.window, [&](int page, const QWidget&) {
            problems += keyboardProblems(f.window, QStringLiteral("main window page %1").arg(page));
        });
        CreateAccountDialog create(f.context.accounts(), f.context.wallet());
        ImportKeyDialog import(f.context.accounts(), f.context.wallet());
        UnlockDialog unlock(f.context.accounts(), f.context.wallet());
        NetworkDialog network({}, f.context.settings());
        FirstRunDialog firstRun(f.context.settings());
        AddressEntryDialog contact(AddressEntryDialog::Purpose::NewContact, {});
        AddressEntryDialog watchOnly(AddressEntryDialog::Purpose::WatchOnlyAccount, {});
        SettingsDialog settings(f.context.settings(), f.context.chain());
        ReceiveDialog receive(*Address::parse(apptest::kAnvilAddress), f.context.viewingKey());
        const QList<std::pair<QDialog*, QString>> dialogs = {
            {&receive, QStringLiteral("receive")},
            {&create, QStringLiteral("create account")},
            {&import, QStringLiteral("import key")},
            {&unlock, QStringLiteral("unlock")},
            {&network, QStringLiteral("network")},
            {&settings, QStringLiteral("settings")},
            {&firstRun, QStringLiteral("first run")},
            {&contact, QStringLiteral("contact")},
            {&watchOnly, QStringLiteral("watch-only account")}};
        for (const auto& [dialog, name] : dialogs) {
            dialog->show();
            problems += keyboardProblems(*dialog, name);
            dialog->hide();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyPageFitsTheSmallestWindow_data() { everyWindowIsUsableFromTheKeyboard_data(); }

    // The smallest window the app is made for is 1024x700: in every language, no page needs
    // more (nothing clipped, no scrolling sideways), nor does the window around them.
    void everyPageFitsTheSmallestWindow()
    {
        QFETCH(QLocale, locale);
        Translations translations;
        QVERIFY(translations.load(locale));
        Fixture f;
        QStringList problems;
        forEachPage(f.window, [&](int page, const QWidget& widget) {
            const QSize needed = widget.minimumSizeHint();
            if (needed.width() > kSmallestWidth || needed.height() > kSmallestHeight)
                problems << QStringLiteral("page %1 (%2) needs %3x%4")
                                .arg(page)
                                .arg(widget.objectName())
                                .arg(needed.width())
                                .arg(needed.height());
        });
        const QSize window = f.window.minimumSizeHint();
        if (window.width() > kSmallestWidth || window.height() > kSmallestHeight)
            problems << QStringLiteral("the main window needs %1x%2")
                            .arg(window.width())
                            .arg(window.height());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void clashesAndUnnamedControlsAreFound()
    {
        QWidget window;
        auto* recipient = new QLabel(QStringLiteral("&Recipient:"), &window);
        recipient->setBuddy(new QLineEdit(&window));
        new QPushButton(QStringLiteral("&Review and Send…"), &window);
        window.show();
        QCOMPARE(mnemonicClashes(window).size(), 1);
        QVERIFY(mnemonicClashes(window).first().startsWith(QStringLiteral("Alt+R: ")));
        auto* unnamed = new QLineEdit(&window);
        unnamed->setObjectName(QStringLiteral("nameless"));
        unnamed->show();
        QVERIFY(unnamedControls(window).join(QString()).contains(QStringLiteral("nameless")));
    }

    void tablesAreNoTabTraps()
    {
        Fixture f;
        const auto views = f.window.findChildren<QAbstractItemView*>();
        QVERIFY(views.size() >= 4);
        for (const QAbstractItemView* view : views)
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));

        // Tab leaves the balances table for the next control.
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        auto* balances = child<QAbstractItemView>(f.window, "balancesView");
        f.context.wallet().tokens()->setTokens({TokenBalance{}});
        balances->setFocus();
        QTRY_VERIFY(balances->hasFocus());
        QTest::keyClick(balances, Qt::Key_Tab);
        QVERIFY(!balances->hasFocus());
    }

    void enterInTheSendFormAsksForTheConfirmation()
    {
        // The page alone: without a SendController there is no client that could be missing.
        Fixture f;
        SendPage page(f.context.wallet(), f.context.chain());
        page.show();
        QSignalSpy requested(&page, &SendPage::sendRequested);
        f.context.wallet().setAccount(*Address::parse(apptest::kAnvilAddress));
        f.context.wallet().unlock(*PrivateKey::fromHex(apptest::kAnvilKey));
        f.context.chain().setStatus(ConnectionStatus::Connected);
        TokenBalance coin;
        coin.symbol = QStringLiteral("ETH");
        coin.decimals = 18;
        coin.balance = *parseUnits("5", 18);
        f.context.wallet().tokens()->setTokens({coin});
        auto* recipient = child<QLineEdit>(page, "recipientEdit");
        auto* amount = child<QLineEdit>(page, "amountEdit");
        recipient->setText(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        // Incomplete: Enter does nothing.
        QTest::keyClick(recipient, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        amount->setText(QStringLiteral("1.5"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QTest::keyClick(recipient, Qt::Key_Enter);
        QCOMPARE(requested.count(), 2);
    }

    void geometryAndPageAreRemembered()
    {
        QTemporaryDir home;
        QRect geometry;
        {
            AppContext context(home.path(), apptest::fastKdf());
            context.session().setOnline(false);
            MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1030, 720);
            window.showPage(MainWindow::Page::History);
            geometry = window.geometry();
            window.close();
        }
        AppContext context(home.path(), apptest::fastKdf());
        context.session().setOnline(false);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry().size(), geometry.size());
        QCOMPARE(child<QStackedWidget>(window, "pageStack")->currentIndex(),
                 static_cast<int>(MainWindow::Page::History));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
