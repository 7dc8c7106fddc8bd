// SPDX-License-Identifier: MIT
// A loopback TCP proxy in front of a node that cuts connections at random points: a share of
// the connections it accepts is planned to be cut after a random number of bytes in a random
// direction (inside a request, a response or a WebSocket frame). The plans come from one seeded
// PRNG, so the seed names the sequence of plans (the bytes' timing still varies).
#pragma once

#include "ChaosLink.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <cstdint>
#include <random>

namespace soak {

struct ChaosSettings
{
    // Share of accepted connections that get a cut planned.
    double cutRate = 0.5;
    // Share of the cuts that go into the requests (the rest: into the responses).
    double requestShare = 0.3;
    // Cuts fall within this many bytes of a connection's start in their direction.
    std::uint64_t maxCutByte = 24 * 1024;
};

class ChaosProxy : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        std::uint64_t connections = 0;
        std::uint64_t midRequest = 0;
        std::uint64_t midResponse = 0;
        std::uint64_t midWebSocketFrame = 0;
        std::uint64_t upstreamUnreachable = 0;

        std::uint64_t cuts() const { return midRequest + midResponse + midWebSocketFrame; }
    };

    ChaosProxy(quint16 upstreamPort, std::uint64_t seed, ChaosSettings settings,
               QObject* parent = nullptr);

    // Listens on 127.0.0.1, on a free port.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Stops planning cuts and disarms the plans of open connections (relaying goes on).
    void calm();
    const Stats& stats() const { return m_stats; }

Q_SIGNALS:
    // Connection `connection` (counted from 1) was cut (the trace of a soak).
    void cutMade(std::uint64_t connection, soak::CutKind kind);

private:
    void accept();
    CutPlan nextPlan();
    void count(std::uint64_t connection, CutKind kind);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    std::mt19937_64 m_random;
    ChaosSettings m_settings;
    bool m_calm = false;
    QList<QPointer<ChaosLink>> m_links;
    Stats m_stats;
};

} // namespace soak
