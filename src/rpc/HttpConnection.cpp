// SPDX-License-Identifier: MIT
#include "rpc/HttpConnection.h"

#include "core/EndpointName.h"
#include "rpc/ProxyFor.h"
#include "rpc/SignalScope.h"
#include "rpc/SocketFailure.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace seismic::rpc {

HttpConnection::HttpConnection(const QUrl& url, const HttpSettings& settings,
                               FinishedCallback finished, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_settings(settings)
    , m_finished(std::move(finished))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &HttpConnection::onWatchdog);
}

HttpConnection::~HttpConnection()
{
    dropSocket();
}

QString HttpConnection::describe() const
{
    return endpointName(m_url);
}

void HttpConnection::start(const QByteArray& request)
{
    m_busy = true;
    m_reader.emplace(m_settings.maxResponseBytes);
    const auto now = std::chrono::steady_clock::now();
    // Bytes waiting on an idle connection were sent unasked: it cannot be trusted.
    if (m_socket && m_socket->bytesAvailable() > 0)
        dropSocket();
    if (m_socket && m_connected) {
        m_phase = Phase::Exchanging;
        m_socket->write(request);
        return;
    }
    m_phase = Phase::Connecting;
    m_pending = request;
    m_deadline = now + m_settings.connectTimeout;
    armWatchdog(m_deadline);
    // Connecting can fail synchronously (a refused loopback port); never call back from
    // inside start(), so open the socket from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_busy && !m_socket)
                openSocket();
        },
        Qt::QueuedConnection);
}

void HttpConnection::openSocket()
{
    const bool tls = m_url.scheme() == QLatin1String("https");
    const auto port = static_cast<quint16>(m_url.port(tls ? 443 : 80));
    m_tlsErrors.clear();
    m_exchangesOnSocket = 0;
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        if (m_settings.tls)
            socket->setSslConfiguration(*m_settings.tls);
        connect(socket.get(), &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        connect(socket.get(), &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            m_tlsErrors = describeTlsErrors(errors);
        });
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &HttpConnection::onConnected);
    }
    m_socket->setProxy(proxyFor(m_url));
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    if (tls) {
        static_cast<QSslSocket*>(m_socket.get())->connectToHostEncrypted(m_url.host(), port);
    } else {
        // Unbuffered: write() goes straight to the kernel instead of arming a write
        // notifier and waiting a loop turn for it (with the glib dispatcher every notifier
        // change also wakes the loop). Requests are only written once connected.
        m_socket->connectToHost(m_url.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void HttpConnection::onConnected()
{
    SignalScope scope(this, m_inSocketSignal);
    m_connected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_busy && m_phase == Phase::Connecting) {
        m_phase = Phase::Exchanging;
        m_socket->write(std::exchange(m_pending, {}));
    }
}

void HttpConnection::onReadyRead()
{
    SignalScope scope(this, m_inSocketSignal);
    // One read per notification; if more is waiting, the notifier fires again.
    char chunk[64 * 1024];
    const auto count = m_socket->read(chunk, sizeof(chunk));
    if (count == 0)
        return;
    if (count < 0) {
        // An unbuffered socket reports the peer's close here, not with disconnected().
        onDisconnected();
        return;
    }
    if (!m_busy) {
        dropSocket(); // bytes nobody asked for: the connection cannot be trusted
        return;
    }
    switch (m_reader->feed(QByteArrayView(chunk, count))) {
    case HttpResponseReader::Status::NeedMore:
        return;
    case HttpResponseReader::Status::Failed:
        dropSocket();
        failExchange(m_reader->error(), false);
        return;
    case HttpResponseReader::Status::Complete: {
        auto response = m_reader->takeResponse();
        ++m_exchangesOnSocket;
        if (!m_reader->keepAlive())
            dropSocket();
        finish(std::move(response), false);
        return;
    }
    }
}

void HttpConnection::onDisconnected()
{
    SignalScope scope(this, m_inSocketSignal);
    if (!m_busy) {
        dropSocket();
        return;
    }
    const bool stale = !m_reader->hasStarted() && m_exchangesOnSocket > 0;
    const auto status = m_reader->finish();
    dropSocket();
    if (status == HttpResponseReader::Status::Complete) {
        finish(m_reader->takeResponse(), false);
        return;
    }
    failExchange(m_reader->error(), stale);
}

void HttpConnection::failExchange(const Error& error, bool stale)
{
    finish(makeError(error.kind, describe().toStdString() + ": " + error.message), stale);
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    SignalScope scope(this, m_inSocketSignal);
    if (error == QAbstractSocket::RemoteHostClosedError && m_connected)
        return; // disconnected() follows and decides
    if (!m_busy) {
        dropSocket();
        return;
    }
    const bool stale = !m_reader->hasStarted() && m_exchangesOnSocket > 0;
    auto failure = socketFailure(describe(), error, m_socket->errorString(), m_tlsErrors);
    dropSocket();
    finish(std::move(failure), stale);
}

void HttpConnection::armWatchdog(std::chrono::steady_clock::time_point when)
{
    if (m_watchdog.isActive() && m_watchdogDue <= when)
        return;
    m_watchdogDue = when;
    const auto wait =
        std::chrono::ceil<std::chrono::milliseconds>(when - std::chrono::steady_clock::now());
    m_watchdog.start(std::max(wait, std::chrono::milliseconds(0)));
}

void HttpConnection::onWatchdog()
{
    const auto now = std::chrono::steady_clock::now();
    if (!m_busy) {
        if (!m_socket)
            return;
        const auto expiry = m_idleSince + m_settings.idleTimeout;
        if (now >= expiry)
            dropSocket();
        else
            armWatchdog(expiry);
        return;
    }
    if (m_phase != Phase::Connecting)
        return; // the exchange's deadline is the caller's (the TimeoutLayer)
    if (now < m_deadline) {
        armWatchdog(m_deadline);
        return;
    }
    dropSocket();
    finish(makeError(ErrorKind::Timeout,
                     "could not connect to " + describe().toStdString() + " within " +
                         std::to_string(m_settings.connectTimeout.count()) + " ms"),
           false);
}

void HttpConnection::abort()
{
    m_busy = false;
    m_reader.reset();
    dropSocket();
}

void HttpConnection::finish(Result<HttpResponse> result, bool stale)
{
    m_busy = false;
    if (m_socket) {
        m_idleSince = std::chrono::steady_clock::now();
        armWatchdog(m_idleSince + m_settings.idleTimeout);
    }
    m_finished(this, std::move(result), stale); // last: the callback may destroy this
}

void HttpConnection::dropSocket()
{
    if (!m_socket)
        return;
    auto socket = std::move(m_socket);
    m_connected = false;
    socket->disconnect(this);
    socket->abort();
    if (m_inSocketSignal > 0)
        socket.release()->deleteLater();
}

} // namespace seismic::rpc
