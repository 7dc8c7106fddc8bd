// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/HttpResponse.h"
#include "rpc/HttpResponseReader.h"
#include "rpc/HttpSettings.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace seismic::rpc {

// One keep-alive HTTP/1.1 connection (TCP, or TLS for https) carrying one exchange at a time.
// Connects on first use and again after the server closed it, through the proxy Qt's proxy
// settings give for the URL. Each exchange reads its response with a reader of its own; a
// parse error, bytes beyond the response, an abort (timeout, cancel) or bytes nobody asked for
// close the socket, so no byte ever reaches another exchange.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Called once per exchange. `stale`: the failure happened on a reused connection before
    // any byte of the answer, the signature of a keep-alive connection the server had closed.
    using FinishedCallback =
        std::function<void(HttpConnection* connection, Result<HttpResponse> result, bool stale)>;

    HttpConnection(const QUrl& url, const HttpSettings& settings, FinishedCallback finished,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    void start(const QByteArray& request);
    // Drops the current exchange without a callback (the caller settles it) and the socket.
    void abort();
    bool isBusy() const { return m_busy; }

private:
    enum class Phase
    {
        Connecting,
        Exchanging,
    };

    void openSocket();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onWatchdog();
    // Makes sure the watchdog fires no later than `when`; cheap when it already does.
    void armWatchdog(std::chrono::steady_clock::time_point when);
    void finish(Result<HttpResponse> result, bool stale);
    void failExchange(const Error& error, bool stale);
    void dropSocket();
    QString describe() const;

    QUrl m_url;
    const HttpSettings& m_settings;
    FinishedCallback m_finished;
    std::unique_ptr<QTcpSocket> m_socket;
    std::optional<HttpResponseReader> m_reader; // of the current exchange
    QByteArray m_pending;                       // the request, until the connection is up
    // One lazily re-armed timer for the connect deadline and the idle timeout: starting and
    // stopping timers for every request costs more than the request itself on loopback.
    QTimer m_watchdog;
    std::chrono::steady_clock::time_point m_watchdogDue;
    std::chrono::steady_clock::time_point m_deadline; // of the connection attempt
    std::chrono::steady_clock::time_point m_idleSince;
    Phase m_phase = Phase::Connecting;
    bool m_busy = false;
    bool m_connected = false;
    int m_exchangesOnSocket = 0;
    // How many socket signal handlers of ours are on the stack: deleting the socket from
    // inside one of them would pull it out from under its own signal emission.
    int m_inSocketSignal = 0;
    QString m_tlsErrors;
};

} // namespace seismic::rpc
