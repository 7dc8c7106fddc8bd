// SPDX-License-Identifier: MIT
// How endpoints are named wherever a user or a log sees them (scheme, host and port; never user
// info, path or query, which carry credentials and API keys), and which are unencrypted to
// another computer.
#include "TestSupport.h"
#include "core/EndpointEncryption.h"
#include "core/EndpointName.h"

#include <QTest>

using namespace seismic;

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesKeepSchemeHostAndPortOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::newRow("credentials, key path and query")
            << "https://user:password@eth.example/v2/KEY123?apikey=KEY456#frag"
            << "https://eth.example:443/…";
        QTest::newRow("explicit port") << "wss://node.example:8546/ws/KEY"
                                       << "wss://node.example:8546/…";
        QTest::newRow("nothing hidden") << "http://127.0.0.1:8545"
                                        << "http://127.0.0.1:8545";
        QTest::newRow("root path") << "ws://localhost/"
                                   << "ws://localhost:80";
        QTest::newRow("user only") << "http://token@10.0.0.1:8545"
                                   << "http://10.0.0.1:8545/…";
        QTest::newRow("IPv6") << "https://[::1]:8545/key"
                              << "https://[::1]:8545/…";
        QTest::newRow("upper-case scheme") << "HTTPS://Eth.Example/x"
                                           << "https://eth.example:443/…";
        QTest::newRow("no host") << "https:///v2/KEY"
                                 << "(unreadable URL)";
        QTest::newRow("not a URL") << "KEY123 and more"
                                   << "(unreadable URL)";
    }

    void namesKeepSchemeHostAndPortOnly()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        QCOMPARE(endpointName(url), name);
        QCOMPARE(endpointName(QUrl(url)), name);
        for (const char* secret : {"user", "password", "KEY", "apikey", "token", "frag"})
            QVERIFY2(!endpointName(url).contains(QLatin1String(secret)), qPrintable(url));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.255.0.9") << "127.255.0.9" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("localhost") << "LocalHost" << true;
        QTest::newRow("localhost.") << "localhost." << true;
        QTest::newRow("mapped") << "::ffff:127.0.0.1" << true;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("127.0.0.1.evil.example") << "127.0.0.1.evil.example" << false;
        QTest::newRow("localhost.evil.example") << "localhost.evil.example" << false;
        QTest::newRow("127.1.2") << "127.1.2" << false;
        QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
        QTest::newRow("::2") << "::2" << false;
        QTest::newRow("empty") << "" << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void unencryptedRemoteEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("unencrypted");
        QTest::newRow("http remote") << "http://node.example:8545" << true;
        QTest::newRow("ws remote") << "ws://10.1.2.3:8546" << true;
        QTest::newRow("https remote") << "https://node.example" << false;
        QTest::newRow("wss remote") << "wss://node.example/ws" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8545" << false;
        QTest::newRow("ws localhost") << "ws://localhost:8546" << false;
        QTest::newRow("http ::1") << "http://[::1]:8545" << false;
        QTest::newRow("HTTP upper case") << "HTTP://node.example" << true;
    }

    void unencryptedRemoteEndpoints()
    {
        QFETCH(QString, url);
        QFETCH(bool, unencrypted);
        QCOMPARE(isUnencryptedRemote(QUrl(url)), unencrypted);
    }
};

QTEST_APPLESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
