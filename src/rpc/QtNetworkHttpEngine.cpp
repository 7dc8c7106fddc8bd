// SPDX-License-Identifier: MIT
#include "rpc/QtNetworkHttpEngine.h"

#include "core/EndpointName.h"
#include "rpc/SocketFailure.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace seismic::rpc {

namespace {

// The socket-level cause behind a network error, where there is one.
QAbstractSocket::SocketError socketErrorOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return QAbstractSocket::HostNotFoundError;
    case QNetworkReply::ConnectionRefusedError:
        return QAbstractSocket::ConnectionRefusedError;
    case QNetworkReply::SslHandshakeFailedError:
        return QAbstractSocket::SslHandshakeFailedError;
    default:
        return QAbstractSocket::UnknownSocketError;
    }
}

} // namespace

QtNetworkHttpEngine::QtNetworkHttpEngine(QUrl url, HttpSettings settings, QObject* parent)
    : HttpEngine(parent)
    , m_url(std::move(url))
    , m_settings(std::move(settings))
    , m_request(m_url)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    m_request.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : m_settings.headers)
        m_request.setRawHeader(name, value);
    if (!m_settings.compression)
        m_request.setRawHeader("Accept-Encoding", "identity");
    if (m_settings.tls)
        m_request.setSslConfiguration(*m_settings.tls);
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::NoLessSafeRedirectPolicy);
}

QtNetworkHttpEngine::~QtNetworkHttpEngine()
{
    abortAll();
    // Destroyed from inside a reply's finished(): the manager owns that reply, so it may only
    // go once the emission is over.
    if (m_inReplySignal > 0)
        m_manager.release()->deleteLater();
}

QString QtNetworkHttpEngine::describe() const
{
    return endpointName(m_url);
}

Future<Result<HttpResponse>> QtNetworkHttpEngine::post(QByteArray body, bool retrySafe,
                                                       CancelToken cancel)
{
    Q_UNUSED(retrySafe); // QNetworkAccessManager re-sends on dead keep-alive connections itself
    if (cancel.isCancelled())
        return Future<Result<HttpResponse>>::ready(makeError(ErrorKind::Cancelled, "cancelled"));
    auto* reply = m_manager->post(m_request, body);
    auto exchange = std::make_shared<Exchange>();
    auto future = exchange->promise.future();
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError>& errors) {
        exchange->tlsProblems = describeTlsErrors(errors);
    });
    if (cancel.canBeCancelled()) {
        QPointer<QNetworkReply> guard(reply);
        exchange->cancelRegistration = cancel.onCancel([guard] {
            if (guard)
                guard->abort();
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, exchange](qint64 received) {
                if (received > m_settings.maxResponseBytes && !exchange->tooLarge) {
                    exchange->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_exchanges.emplace(reply, std::move(exchange));
    return future;
}

void QtNetworkHttpEngine::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    auto found = m_exchanges.find(reply);
    if (found == m_exchanges.end())
        return;
    auto exchange = std::move(found->second);
    m_exchanges.erase(found);
    exchange->cancelRegistration.reset();

    const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    Result<HttpResponse> result = makeError(ErrorKind::Transport, "no response");
    if (exchange->tooLarge) {
        result = makeError(ErrorKind::ResponseTooLarge,
                           describe().toStdString() + ": response body exceeds the limit of " +
                               std::to_string(m_settings.maxResponseBytes) + " bytes");
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        result = makeError(ErrorKind::Cancelled, "request cancelled");
    } else if (status.isValid() && (reply->error() == QNetworkReply::NoError ||
                                    reply->error() >= QNetworkReply::ContentAccessDenied)) {
        // An answer, possibly with an HTTP error status (content and server error codes);
        // network-layer errors (codes below 100) mean a broken exchange even mid-body.
        HttpResponse response;
        response.status = status.toInt();
        response.reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.contentType = reply->rawHeader("Content-Type");
        response.retryAfter = reply->rawHeader("Retry-After");
        response.body = reply->readAll();
        result = std::move(response);
    } else {
        result = socketFailure(describe(), socketErrorOf(reply->error()), reply->errorString(),
                               exchange->tlsProblems);
    }
    QPointer<QtNetworkHttpEngine> self(this);
    ++m_inReplySignal;
    exchange->promise.resolve(std::move(result)); // the waiter may destroy this
    if (self)
        --m_inReplySignal;
}

void QtNetworkHttpEngine::abortAll()
{
    // abort() emits finished() synchronously, which settles the exchange as Cancelled.
    std::vector<QPointer<QNetworkReply>> replies;
    for (auto& [reply, exchange] : m_exchanges)
        replies.emplace_back(reply);
    for (auto& reply : replies) {
        if (reply)
            reply->abort();
    }
}

} // namespace seismic::rpc
