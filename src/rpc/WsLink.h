// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/Promise.h"
#include "rpc/WsSettings.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QWebSocket;

namespace seismic::rpc {

// One WebSocket to an endpoint, kept alive: connects on demand within connectTimeout,
// reconnects after a loss with capped exponential backoff, pings and replaces a connection
// that has gone quiet for livenessTimeout, and reports every failure as a typed error the
// moment the socket does (HostNotFound, ConnectionRefused, TlsCertificate, Protocol for
// oversized or malformed frames and refused handshakes, Timeout, Transport). Knows nothing of
// JSON-RPC: its user sends text and says when an exchange was healthy.
class WsLink : public QObject
{
    Q_OBJECT

public:
    WsLink(QUrl url, WsSettings settings, QObject* parent = nullptr);
    ~WsLink() override;

    // "ws://127.0.0.1:8546": scheme, host and port.
    const QString& endpoint() const { return m_endpoint; }
    bool isUp() const { return m_state == State::Up; }
    // Connects unless up, connecting or waiting out the backoff.
    void open();
    // Only while up.
    void send(const QString& text);
    // The peer answered a call or pushed a notification on this connection: it works, so the
    // next loss starts the backoff over.
    void markHealthy();
    // Attempts have failed often enough in a row (or for a reason waiting does not cure) that
    // calls should not wait for the next one; failureForCalls() is the error to give them.
    bool isFailing() const;
    Error failureForCalls() const;
    // Has a connection ever been established?
    bool everConnected() const { return m_everConnected; }
    // Connections established after a loss, and attempts to connect.
    int reconnectCount() const { return m_reconnects; }
    int attempts() const { return m_attempts; }

    // Ends the link: sends a close frame and completes once the server closed the connection
    // (at most a second later). No signal but closing ones follows.
    QCoro::Task<> close();
    // Ends the link at once, without a close handshake.
    void stop();

Q_SIGNALS:
    // An attempt to connect starts (`again`: after a failure or a loss).
    void connecting(bool again);
    // Connected (`again`: after a loss).
    void up(bool again);
    // The connection was lost or an attempt failed. `retrying`: another attempt is scheduled;
    // otherwise the link gave up (maxReconnectAttempts) until open() is called again.
    void down(const seismic::Error& error, bool retrying);
    void message(const QString& text);

private:
    enum class State
    {
        Down,
        Connecting,
        Up,
        Stopped,
    };

    void connectNow();
    void onConnected();
    void onTextMessage(const QString& text);
    void onClosing();
    void onSocketError();
    // The socket's error, typed.
    Error socketError() const;
    void onPingTimer();
    void fail(Error error);
    void dropSocket();

    QUrl m_url;
    QString m_endpoint;
    WsSettings m_settings;
    std::unique_ptr<QWebSocket> m_socket;
    State m_state = State::Down;
    bool m_connectScheduled = false;
    bool m_everConnected = false;
    int m_reconnects = 0;
    int m_attempts = 0;
    // Attempts in a row that failed, or connections lost before a healthy exchange.
    int m_failures = 0;
    std::optional<Error> m_lastFailure;
    QString m_tlsProblems;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    std::chrono::steady_clock::time_point m_lastReceived;
    std::optional<Promise<Status>> m_closing;
    int m_inSocketSignal = 0;
};

} // namespace seismic::rpc
