// SPDX-License-Identifier: MIT
// The address book: labels for any view (AddressBook), kept in the store, and its CSV import and
// export, table-driven over hostile files.
#include "app/model/AddressBook.h"
#include "app/model/AddressBookCsv.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::app;

namespace {

const char* const kAlice = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* const kBob = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

Address address(const char* text)
{
    return *Address::parse(text);
}

QString errorOf(const Result<std::vector<store::AddressLabel>>& read)
{
    return read ? QString() : QString::fromStdString(read.error().message);
}

} // namespace

class TestAddressBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsContacts_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("addresses");
        const QString alice = QString::fromLatin1(kAlice);
        const QString bob = QString::fromLatin1(kBob);
        QTest::newRow("header, CRLF") << QByteArray("label,address\r\nAlice,") + kAlice + "\r\n"
                                      << QStringList{"Alice"} << QStringList{alice};
        QTest::newRow("no header, LF, no final break")
            << QByteArray("Alice,") + kAlice + "\nBob," + kBob << QStringList{"Alice", "Bob"}
            << QStringList{alice, bob};
        QTest::newRow("quoted comma and quote")
            << QByteArray("\"Smith, \"\"Al\"\"\",") + kAlice + "\n"
            << QStringList{"Smith, \"Al\""} << QStringList{alice};
        QTest::newRow("empty lines and spaces") << QByteArray("\n  Alice  , ") + kAlice + " \n\n"
                                                << QStringList{"Alice"} << QStringList{alice};
        QTest::newRow("lower-case address, BOM, UTF-8")
            << QByteArray("\xEF\xBB\xBF") + "Zo\xC3\xAB," + QByteArray(kAlice).toLower()
            << QStringList{QStringLiteral("Zoë")} << QStringList{alice};
        QTest::newRow("protected formula read back")
            << QByteArray("'=SUM(A1),") + kAlice << QStringList{"=SUM(A1)"} << QStringList{alice};
        QTest::newRow("header only")
            << QByteArray("label,address\n") << QStringList() << QStringList();
        QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList();
    }

    void readsContacts()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, addresses);
        const auto read = AddressBookCsv::read(csv);
        QVERIFY2(read.ok(), qPrintable(errorOf(read)));
        QStringList readLabels;
        QStringList readAddresses;
        for (const store::AddressLabel& contact : *read) {
            QVERIFY(contact.contact);
            readLabels.append(contact.label);
            readAddresses.append(QString::fromStdString(contact.address.checksummed()));
        }
        QCOMPARE(readLabels, labels);
        QCOMPARE(readAddresses, addresses);
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        const QByteArray alice(kAlice);
        QTest::newRow("one field")
            << QByteArray("Alice\n") << "Line 1: expected a label and an address, found 1 field(s)";
        QTest::newRow("three fields")
            << QByteArray("a,b,c\n") << "Line 1: expected a label and an address, found 3 field(s)";
        QTest::newRow("bad address on line 3")
            << QByteArray("label,address\nAlice,") + alice + "\nBob,0x1234\n"
            << "Line 3: “0x1234” is not an address";
        QTest::newRow("wrong checksum")
            << QByteArray("Alice,0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266")
            << "Line 1: “0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266” "
               "is not an address";
        QTest::newRow("huge address is cut")
            << QByteArray("Alice,") + QByteArray(5000, 'f')
            << "Line 1: “" + QString(64, QLatin1Char('f')) + "” is not an address";
        QTest::newRow("empty label") << QByteArray(" ,") + alice << "Line 1: the label is empty";
        QTest::newRow("long label") << QByteArray(201, 'x') + "," + alice
                                    << "Line 1: the label is longer than 200 characters";
        QTest::newRow("control character")
            << QByteArray("Al\x07ice,") + alice << "Line 1: the label contains control characters";
        QTest::newRow("line break in a label") << QByteArray("\"Al\nice\",") + alice + "\nBob,0x1"
                                               << "Line 1: the label contains control characters";
        QTest::newRow("bidi override") << QByteArray("Al\xE2\x80\xAEice,") + alice
                                       << "Line 1: the label contains control characters";
        QTest::newRow("twice") << QByteArray("A,") + alice + "\nB," + alice.toLower()
                               << QStringLiteral("Line 2: %1 is listed twice").arg(kAlice);
        QTest::newRow("unclosed quote")
            << QByteArray("x,1\n\"Alice,") + alice << "Line 2: a quoted field is not closed";
        QTest::newRow("text after quote")
            << QByteArray("\"Alice\"x,") + alice << "Line 1: text after a closing quote";
        QTest::newRow("stray quote")
            << QByteArray("Al\"ice,") + alice << "Line 1: a quote inside an unquoted field";
        QTest::newRow("not UTF-8")
            << QByteArray("Al\xFF\xFEice,") + alice << "The file is not UTF-8 text.";
        QTest::newRow("NUL") << QByteArray("Alice\0,", 7) + alice << "The file is not UTF-8 text.";
        QTest::newRow("too large") << QByteArray(AddressBookCsv::kMaxBytes + 1, '\n')
                                   << "The file is larger than 1024 KiB: it is no address book.";
        QByteArray many;
        for (int i = 0; i <= AddressBookCsv::kMaxRows + 1; ++i)
            many += "a,b\n";
        QTest::newRow("too many rows") << many << "Line 10002: more than 10000 contacts";
    }

    void refusesHostileFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const auto read = AddressBookCsv::read(csv);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(errorOf(read), error);
    }

    void exportsWhatItImports()
    {
        const std::vector<store::AddressLabel> contacts = {
            {address(kAlice), QStringLiteral("=HYPERLINK(\"x\"), \"Al\""), true},
            {address(kBob), QStringLiteral("Bob, Jr."), true}};
        const QByteArray csv = AddressBookCsv::write(contacts);
        QVERIFY(csv.startsWith("label,address\r\n"));
        // A cell is never a formula.
        QVERIFY(csv.contains("\"'=HYPERLINK("));
        const auto read = AddressBookCsv::read(csv);
        QVERIFY2(read.ok(), qPrintable(errorOf(read)));
        QCOMPARE(*read, contacts);
    }

    void labelsAreKeptAndAnnounced()
    {
        auto store = store::Store::openInMemory();
        QVERIFY(store.ok());
        AddressBook book;
        QSignalSpy changed(&book, &AddressBook::changed);
        QVERIFY(!book.setLabel(address(kAlice), QStringLiteral("Alice"), true).ok());
        book.setStore(store->get());
        QCOMPARE(changed.count(), 1);
        QVERIFY(book.setLabel(address(kAlice), QStringLiteral("  Alice "), true).ok());
        QVERIFY(book.setLabel(address(kBob), QStringLiteral("My second account"), false).ok());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(book.labelFor(address(kAlice)), QStringLiteral("Alice"));
        QCOMPARE(book.labelFor(address(kBob)), QStringLiteral("My second account"));
        QCOMPARE(book.contacts().size(), std::size_t(1));
        QCOMPARE(book.entries().size(), std::size_t(2));
        QCOMPARE(book.setLabel(address(kBob), QStringLiteral("   "), false).error().kind,
                 ErrorKind::InvalidArgument);
        QCOMPARE(book.labelFor(address(kBob)), QStringLiteral("My second account"));
        // An import is all or nothing.
        const store::AddressLabel renamed{address(kAlice), QStringLiteral("Alice B."), true};
        const store::AddressLabel empty{address(kBob), QString(), true};
        QVERIFY(!book.setLabels({renamed, empty}).ok());
        QCOMPARE(book.labelFor(address(kAlice)), QStringLiteral("Alice"));
        QVERIFY(book.remove(address(kAlice)).ok());
        QCOMPARE(book.labelFor(address(kAlice)), QString());

        // Read again from the store.
        AddressBook again;
        again.setStore(store->get());
        QCOMPARE(again.labelFor(address(kBob)), QStringLiteral("My second account"));
        again.setStore(nullptr);
        QCOMPARE(again.labelFor(address(kBob)), QString());
    }
};

QTEST_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
