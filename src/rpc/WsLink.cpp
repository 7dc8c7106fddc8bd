// SPDX-License-Identifier: MIT
#include "rpc/WsLink.h"

#include "core/EndpointName.h"
#include "rpc/ProxyFor.h"
#include "rpc/SignalScope.h"
#include "rpc/SocketFailure.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QWebSocket>

namespace seismic::rpc {

namespace {

using Clock = std::chrono::steady_clock;

std::string millis(std::chrono::milliseconds duration)
{
    return std::to_string(duration.count()) + " ms";
}

// Close codes with which Qt (or the server) ends a connection over broken framing.
bool isProtocolViolation(QWebSocketProtocol::CloseCode code)
{
    switch (code) {
    case QWebSocketProtocol::CloseCodeProtocolError:
    case QWebSocketProtocol::CloseCodeDatatypeNotSupported:
    case QWebSocketProtocol::CloseCodeWrongDatatype:
    case QWebSocketProtocol::CloseCodeTooMuchData:
    case QWebSocketProtocol::CloseCodeMissingExtension:
        return true;
    default:
        return false;
    }
}

} // namespace

WsLink::WsLink(QUrl url, WsSettings settings, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_endpoint(endpointName(m_url))
    , m_settings(std::move(settings))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorKind::Timeout, "could not connect to " + m_endpoint.toStdString() +
                                               " within " + millis(m_settings.connectTimeout)));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &WsLink::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &WsLink::onPingTimer);
}

WsLink::~WsLink()
{
    stop();
}

void WsLink::open()
{
    if (m_state != State::Down || m_connectScheduled || m_reconnectTimer.isActive())
        return;
    // Opening can fail synchronously; never call back into a caller from inside its call.
    m_connectScheduled = true;
    QMetaObject::invokeMethod(this, &WsLink::connectNow, Qt::QueuedConnection);
}

void WsLink::send(const QString& text)
{
    if (m_state == State::Up)
        m_socket->sendTextMessage(text);
}

void WsLink::markHealthy()
{
    m_failures = 0;
}

bool WsLink::isFailing() const
{
    if (m_state == State::Up || m_failures == 0 || !m_lastFailure)
        return false;
    const auto kind = m_lastFailure->kind;
    return m_failures >= m_settings.attemptsBeforeFailingCalls || kind == ErrorKind::HostNotFound ||
           kind == ErrorKind::TlsCertificate;
}

Error WsLink::failureForCalls() const
{
    Error error = m_lastFailure.value_or(makeError(ErrorKind::Transport, "not connected"));
    if (m_failures > 1)
        error.message += " (" + std::to_string(m_failures) + " failed attempts in a row)";
    return error;
}

void WsLink::connectNow()
{
    m_connectScheduled = false;
    if (m_state != State::Down)
        return;
    m_state = State::Connecting;
    ++m_attempts;
    m_tlsProblems.clear();
    QPointer<WsLink> self(this);
    Q_EMIT connecting(m_everConnected || m_failures > 0);
    if (!self || m_state != State::Connecting)
        return; // a handler destroyed or stopped the link
    m_socket = std::make_unique<QWebSocket>();
    const auto limit = static_cast<quint64>(m_settings.maxMessageBytes);
    m_socket->setMaxAllowedIncomingMessageSize(limit);
    m_socket->setMaxAllowedIncomingFrameSize(limit);
    if (m_settings.tls)
        m_socket->setSslConfiguration(*m_settings.tls);
    m_socket->setProxy(proxyFor(m_url));
    auto* socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &WsLink::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &WsLink::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastReceived = Clock::now(); });
    // Qt announces a close it starts itself (an oversized or malformed frame) here, and may
    // then wait for the server to finish the closing handshake; the link does not.
    connect(socket, &QWebSocket::aboutToClose, this, &WsLink::onClosing);
    connect(socket, &QWebSocket::disconnected, this, &WsLink::onClosing);
    connect(socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_tlsProblems = describeTlsErrors(errors); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WsLink::onSocketError);
    QNetworkRequest request(m_url);
    for (const auto& [name, value] : m_settings.headers)
        request.setRawHeader(name, value);
    m_connectTimer.start(m_settings.connectTimeout);
    socket->open(request);
}

void WsLink::onConnected()
{
    SignalScope scope(this, m_inSocketSignal);
    m_connectTimer.stop();
    m_state = State::Up;
    m_lastReceived = Clock::now();
    const bool again = m_everConnected;
    if (again)
        ++m_reconnects;
    m_everConnected = true;
    m_pingTimer.start(m_settings.pingInterval);
    Q_EMIT up(again);
}

void WsLink::onTextMessage(const QString& text)
{
    SignalScope scope(this, m_inSocketSignal);
    m_lastReceived = Clock::now();
    Q_EMIT message(text);
}

void WsLink::onClosing()
{
    SignalScope scope(this, m_inSocketSignal);
    if (m_closing) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            m_closing->resolve(Status{});
        return;
    }
    if (!m_socket || m_state == State::Down || m_state == State::Stopped)
        return;
    const auto code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    const std::string why = reason.isEmpty() ? std::string() : ": " + reason.toStdString();
    if (isProtocolViolation(code)) {
        fail(makeError(ErrorKind::Protocol,
                       m_endpoint.toStdString() + " broke the WebSocket protocol (close code " +
                           std::to_string(static_cast<int>(code)) + why + ")"));
        return;
    }
    // A failed connection attempt can end here before its error is signalled.
    if (m_socket->error() != QAbstractSocket::UnknownSocketError) {
        fail(socketError());
        return;
    }
    fail(makeError(ErrorKind::Transport,
                   m_state == State::Connecting
                       ? m_endpoint.toStdString() + " closed the connection during the handshake"
                       : "connection to " + m_endpoint.toStdString() + " closed" + why));
}

void WsLink::onSocketError()
{
    SignalScope scope(this, m_inSocketSignal);
    if (!m_socket || m_closing || m_state == State::Down || m_state == State::Stopped)
        return;
    fail(socketError());
}

Error WsLink::socketError() const
{
    const auto error = m_socket->error();
    const QString reason = m_socket->errorString();
    // Qt reports a rejected handshake (an HTTP answer other than 101) as an error of its
    // handshake code: the TCP (and TLS) connection was made, the server broke the protocol.
    const bool tls = !m_tlsProblems.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError;
    if (!tls && reason.contains(QLatin1String("handshake"), Qt::CaseInsensitive)) {
        return makeError(ErrorKind::Protocol,
                         m_endpoint.toStdString() +
                             " refused the WebSocket handshake: " + reason.toStdString());
    }
    return socketFailure(m_endpoint, error, reason, m_tlsProblems);
}

void WsLink::onPingTimer()
{
    if (m_state != State::Up)
        return;
    if (Clock::now() - m_lastReceived > m_settings.livenessTimeout) {
        fail(makeError(ErrorKind::Timeout, "no message from " + m_endpoint.toStdString() + " for " +
                                               millis(m_settings.livenessTimeout) +
                                               "; reconnecting"));
        return;
    }
    m_socket->ping();
}

void WsLink::fail(Error error)
{
    if (m_state != State::Connecting && m_state != State::Up)
        return;
    dropSocket();
    m_state = State::Down;
    m_connectTimer.stop();
    m_pingTimer.stop();
    ++m_failures;
    m_lastFailure = error;
    const bool retrying =
        m_settings.maxReconnectAttempts < 0 || m_failures <= m_settings.maxReconnectAttempts;
    if (retrying)
        m_reconnectTimer.start(m_settings.reconnectBackoff.delayFor(m_failures - 1));
    else
        m_failures = 0;           // a new open() starts over
    Q_EMIT down(error, retrying); // last: a handler may destroy this
}

QCoro::Task<> WsLink::close()
{
    const bool wasUp = m_state == State::Up;
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    m_connectScheduled = false;
    m_state = State::Stopped;
    if (!wasUp || !m_socket) {
        dropSocket();
        co_return;
    }
    Promise<Status> closed;
    m_closing = closed;
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, [closed] { closed.resolve(Status{}); });
    patience.start(std::chrono::seconds(1));
    QPointer<WsLink> self(this);
    m_socket->close();
    co_await closed.future();
    if (!self)
        co_return;
    self->m_closing.reset();
    self->dropSocket();
}

void WsLink::stop()
{
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    m_connectScheduled = false;
    m_state = State::Stopped;
    if (m_closing)
        m_closing->resolve(Status{});
    dropSocket();
}

void WsLink::dropSocket()
{
    if (!m_socket)
        return;
    auto socket = std::move(m_socket);
    socket->disconnect(this);
    socket->abort();
    if (m_inSocketSignal > 0)
        socket.release()->deleteLater();
}

} // namespace seismic::rpc
