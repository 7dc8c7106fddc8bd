// SPDX-License-Identifier: MIT
// The soak's own parts, without a node: the chaos proxy really cuts where it says (inside a
// response, inside a WebSocket frame, inside a request) and relays untouched otherwise; the
// frame tracker finds frame boundaries across any split; the verdict catches every kind of
// violation it is meant to.
#include "ChaosProxy.h"
#include "SoakVerdict.h"
#include "WebSocketFrameTracker.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace soak;
using seismic::Hash;

namespace {

Hash hashOf(std::uint8_t n)
{
    Hash hash;
    hash.bytes[0] = n;
    hash.bytes[31] = 1;
    return hash;
}

seismic::Address addressOf(std::uint8_t n)
{
    std::array<std::uint8_t, 20> raw{};
    raw[19] = n;
    return *seismic::Address::fromView(raw);
}

seismic::rpc::Log chainLog(std::uint8_t tx, std::uint64_t index)
{
    seismic::rpc::Log log;
    log.transactionHash = hashOf(tx);
    log.logIndex = index;
    log.blockNumber = tx;
    log.blockHash = hashOf(static_cast<std::uint8_t>(100 + tx));
    return log;
}

void deliver(SoakFacts& facts, std::uint8_t tx, std::uint64_t index, int times = 1)
{
    const seismic::client::TransferEventKey key{hashOf(tx), index};
    facts.watch.deliveries[key] += times;
    facts.watch.blockHashes.emplace(key, hashOf(static_cast<std::uint8_t>(100 + tx)));
}

// A sender whose one send (tag 7) was confirmed as transaction 1, nonce 0, reported once.
SenderFacts confirmedSender()
{
    SenderFacts sender;
    sender.name = "test";
    sender.sender = addressOf(1);
    TransferSend send;
    send.tag = 7;
    send.state = TransferSend::State::Confirmed;
    send.hash = hashOf(1);
    send.attempts = 1;
    sender.sends.push_back(send);
    sender.outcomeReports[hashOf(1)] = 1;
    seismic::client::TransferEvent landed;
    landed.from = sender.sender;
    landed.amount = 7;
    landed.transactionHash = hashOf(1);
    sender.landed.push_back(landed);
    seismic::rpc::Transaction tx;
    tx.hash = hashOf(1);
    tx.from = sender.sender;
    tx.nonce = 0;
    sender.transactions.push_back(tx);
    sender.latestCount = 1;
    sender.pendingCount = 1;
    return sender;
}

bool mentions(const SoakVerdict& verdict, const std::string& kind)
{
    return std::any_of(verdict.violations.begin(), verdict.violations.end(),
                       [&kind](const std::string& v) { return v.rfind(kind + ":", 0) == 0; });
}

// A node that answers every chunk it receives with `answer`.
class AnsweringNode : public QObject
{
public:
    explicit AnsweringNode(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    socket->write(m_answer);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray& received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
};

// Sends `request` through the proxy; what came back before the connection ended.
QByteArray exchange(quint16 port, const QByteArray& request, int expectBytes)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return "not connected";
    client.write(request);
    QByteArray got;
    QSignalSpy closed(&client, &QTcpSocket::disconnected);
    const bool ended = QTest::qWaitFor(
        [&] {
            got += client.readAll();
            return got.size() >= expectBytes || !closed.isEmpty();
        },
        5000);
    got += client.readAll();
    return ended ? got : QByteArray("timed out");
}

QByteArray frame(int payload)
{
    QByteArray out;
    out.append(char(0x81));
    if (payload < 126) {
        out.append(char(payload));
    } else {
        out.append(char(126));
        out.append(char(payload >> 8));
        out.append(char(payload & 0xff));
    }
    out.append(QByteArray(payload, 'x'));
    return out;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameTrackerFindsBoundariesAcrossSplits()
    {
        const QByteArray stream = frame(3) + frame(300) + frame(0);
        // Fed in every split of two, the boundaries are 5, 309 and 311.
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            WebSocketFrameTracker tracker;
            tracker.feed(QByteArrayView(stream).first(split));
            const QByteArrayView rest = QByteArrayView(stream).sliced(split);
            for (qsizetype offset = 1; offset < rest.size(); ++offset) {
                const qsizetype at = split + offset;
                const bool boundary = at == 5 || at == 309;
                QCOMPARE(tracker.cutsAFrame(rest, static_cast<std::uint64_t>(offset)), !boundary);
            }
            tracker.feed(rest);
            QCOMPARE(tracker.position(), static_cast<std::uint64_t>(stream.size()));
        }
    }

    void proxyRelaysUntouchedWithoutCuts()
    {
        AnsweringNode node(QByteArray(5000, 'r'));
        ChaosProxy proxy(node.port(), 1, ChaosSettings{0.0, 0.0, 10});
        QVERIFY(proxy.listen());
        QCOMPARE(exchange(proxy.port(), "request", 5000), QByteArray(5000, 'r'));
        QTRY_COMPARE(node.received(), QByteArray("request"));
        QCOMPARE(proxy.stats().cuts(), 0u);
        QCOMPARE(proxy.stats().connections, 1u);
    }

    void proxyCutsInsideAResponse()
    {
        AnsweringNode node(QByteArray(5000, 'r'));
        ChaosProxy proxy(node.port(), 7, ChaosSettings{1.0, 0.0, 4000});
        QVERIFY(proxy.listen());
        QSignalSpy cuts(&proxy, &ChaosProxy::cutMade);
        const QByteArray got = exchange(proxy.port(), "request", 5000);
        QVERIFY2(!got.isEmpty() && got.size() < 5000, QByteArray::number(got.size()));
        QTRY_COMPARE(cuts.size(), 1);
        QCOMPARE(cuts.first().at(1).value<CutKind>(), CutKind::MidResponse);
        QCOMPARE(proxy.stats().midResponse, 1u);
    }

    void proxyCutsInsideAWebSocketFrame()
    {
        const QByteArray head = "HTTP/1.1 101 Switching Protocols\r\n\r\n";
        AnsweringNode node(head + frame(200) + frame(200) + frame(200));
        ChaosProxy proxy(node.port(), 3, ChaosSettings{1.0, 0.0, 600});
        QVERIFY(proxy.listen());
        QSignalSpy cuts(&proxy, &ChaosProxy::cutMade);
        const QByteArray got = exchange(proxy.port(), "GET / HTTP/1.1\r\n\r\n", 10'000);
        QTRY_COMPARE(cuts.size(), 1);
        // Seed 3 plans the cut past the head.
        QVERIFY2(got.startsWith(head) && got.size() > head.size(), got.constData());
        QCOMPARE(cuts.first().at(1).value<CutKind>(), CutKind::MidWebSocketFrame);
        // The client got a whole number of frames plus part of one.
        WebSocketFrameTracker frames;
        const QByteArrayView body = QByteArrayView(got).sliced(head.size());
        QVERIFY(frames.cutsAFrame(body, static_cast<std::uint64_t>(body.size())));
    }

    void proxyCutsInsideARequest()
    {
        AnsweringNode node("answer");
        ChaosProxy proxy(node.port(), 5, ChaosSettings{1.0, 1.0, 50});
        QVERIFY(proxy.listen());
        QSignalSpy cuts(&proxy, &ChaosProxy::cutMade);
        exchange(proxy.port(), QByteArray(100, 'q'), 1);
        QTRY_COMPARE(cuts.size(), 1);
        QCOMPARE(cuts.first().at(1).value<CutKind>(), CutKind::MidRequest);
        QVERIFY(node.received().size() < 100);
    }

    void verdictPassesAnExactRun()
    {
        SoakFacts facts;
        facts.chainLogs = {chainLog(1, 0), chainLog(1, 1)};
        deliver(facts, 1, 0);
        deliver(facts, 1, 1);
        facts.senders.push_back(confirmedSender());
        const SoakVerdict verdict = judge(facts);
        QVERIFY2(verdict.passed(), verdict.violations.empty() ? "" : verdict.violations[0].c_str());
        QVERIFY(summarize(facts, verdict).find("result            PASS") != std::string::npos);
    }

    void verdictCountsLostDuplicatedAndInvented()
    {
        SoakFacts facts;
        facts.chainLogs = {chainLog(1, 0), chainLog(2, 0), chainLog(3, 0)};
        deliver(facts, 1, 0);
        deliver(facts, 2, 0, 3);
        deliver(facts, 4, 0);
        const SoakVerdict verdict = judge(facts);
        QCOMPARE(verdict.lost, 1u);
        QCOMPARE(verdict.duplicated, 2u);
        QCOMPARE(verdict.invented, 1u);
        QVERIFY(mentions(verdict, "lost"));
        QVERIFY(mentions(verdict, "duplicated"));
        QVERIFY(mentions(verdict, "not on chain"));
    }

    void verdictCatchesSendViolations()
    {
        SoakFacts facts;
        SenderFacts sender = confirmedSender();
        sender.outcomeReports[hashOf(1)] = 2; // reported twice
        TransferSend uncertain;               // landed twice
        uncertain.tag = 8;
        uncertain.state = TransferSend::State::Uncertain;
        sender.sends.push_back(uncertain);
        for (std::uint8_t tx : {2, 4}) {
            seismic::client::TransferEvent landed;
            landed.from = sender.sender;
            landed.amount = 8;
            landed.transactionHash = hashOf(tx);
            sender.landed.push_back(landed);
            seismic::rpc::Transaction mined;
            mined.from = sender.sender;
            mined.nonce = tx; // 0, 2, 4: gaps
            sender.transactions.push_back(mined);
        }
        sender.latestCount = 5;
        sender.pendingCount = 6; // one stuck
        TransferSend open;
        open.tag = 9;
        sender.sends.push_back(open);
        facts.senders.push_back(sender);
        const SoakVerdict verdict = judge(facts);
        for (const char* kind :
             {"outcome reports", "paid twice", "nonce gap", "stuck in the pool", "hang"})
            QVERIFY2(mentions(verdict, kind), kind);
    }

    void aSendThatDidNotConfirmIsAViolation()
    {
        SoakFacts facts;
        SenderFacts sender = confirmedSender();
        TransferSend failed;
        failed.tag = 10;
        failed.state = TransferSend::State::Failed;
        failed.attempts = 30;
        failed.errors = {"decode error: JSON-RPC response id 3 does not match request id 4"};
        sender.sends.push_back(failed);
        facts.senders.push_back(sender);
        const SoakVerdict verdict = judge(facts);
        QVERIFY(!verdict.passed());
        QVERIFY(mentions(verdict, "not confirmed"));
        QVERIFY(summarize(facts, verdict).find("does not match request id") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
