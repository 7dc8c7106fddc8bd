// SPDX-License-Identifier: MIT
#include "rpc/HttpTransport.h"

#include "core/EndpointName.h"
#include "rpc/JsonRpc.h"
#include "rpc/QtNetworkHttpEngine.h"
#include "rpc/SocketHttpEngine.h"

#include <QPointer>

#include <algorithm>

namespace seismic::rpc {

namespace {

std::unique_ptr<HttpEngine> makeEngine(const QUrl& url, const HttpSettings& settings)
{
    if (settings.engine == HttpEngineKind::QtNetwork)
        return std::make_unique<QtNetworkHttpEngine>(url, settings);
    return std::make_unique<SocketHttpEngine>(url, settings);
}

std::string printable(const QByteArray& text, qsizetype limit)
{
    std::string out = text.left(limit).toStdString();
    for (auto& c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = ' ';
    }
    if (text.size() > limit)
        out += "...";
    return out;
}

} // namespace

HttpTransport::HttpTransport(QUrl url, HttpSettings settings, QObject* parent)
    : Transport(parent)
    , m_url(std::move(url))
    , m_description(endpointName(m_url))
    , m_settings(std::move(settings))
    , m_engine(makeEngine(m_url, m_settings))
{}

HttpTransport::~HttpTransport()
{
    // Settle every waiter while this object is still whole; they find it closed.
    markClosed();
    m_engine->abortAll();
}

QString HttpTransport::describe() const
{
    return m_description;
}

Result<QByteArray> HttpTransport::bodyOf(Result<HttpResponse> response, const QString& endpoint)
{
    if (!response)
        return std::move(response).error();
    auto& http = *response;
    if (http.status >= 200 && http.status < 300)
        return std::move(http.body);
    // 413: the request asks for too much (a block range, a batch); the caller asks for less.
    Error error = makeError(
        http.status == 413 ? ErrorKind::ResponseTooLarge : ErrorKind::HttpStatus,
        "HTTP " + std::to_string(http.status) +
            (http.reason.isEmpty() ? "" : " " + http.reason.toStdString()) + " from " +
            endpoint.toStdString() + (http.body.isEmpty() ? "" : ": " + printable(http.body, 200)));
    error.code = http.status;
    error.data = http.body.left(4096).toStdString();
    error.retryAfter = parseRetryAfter(http.retryAfter, QDateTime::currentDateTimeUtc());
    return error;
}

void HttpTransport::noteOutcome(const Result<QByteArray>& outcome)
{
    if (outcome || outcome.error().kind == ErrorKind::HttpStatus ||
        outcome.error().kind == ErrorKind::ResponseTooLarge ||
        outcome.error().kind == ErrorKind::Decode) {
        setState(ConnectionState::Connected); // the server answered
    } else if (outcome.error().kind != ErrorKind::Cancelled) {
        setState(ConnectionState::Failed, outcome.error());
    }
}

QCoro::Task<Result<QJsonValue>> HttpTransport::request(RpcRequest request)
{
    if (isClosed())
        co_return closedError(describe());
    if (state() == ConnectionState::Idle)
        setState(ConnectionState::Connecting);
    const auto id = m_nextId++;
    const QString endpoint = describe();
    QPointer<HttpTransport> self(this);
    auto response =
        co_await m_engine->post(encodeRequest(id, request.method, request.params),
                                m_settings.isIdempotent(request.method), request.cancel);
    auto body = bodyOf(std::move(response), endpoint);
    if (!self || self->isClosed())
        co_return closedError(endpoint);
    self->noteOutcome(body);
    if (!body)
        co_return std::move(body).error();
    co_return decodeResponse(*body, id);
}

QCoro::Task<std::vector<Result<QJsonValue>>> HttpTransport::batch(std::vector<RpcRequest> requests)
{
    const auto count = requests.size();
    if (count == 0)
        co_return std::vector<Result<QJsonValue>>{};
    if (isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(describe()));
    if (state() == ConnectionState::Idle)
        setState(ConnectionState::Connecting);
    const auto firstId = m_nextId;
    m_nextId += count;
    const bool retrySafe = std::all_of(requests.begin(), requests.end(), [this](const auto& call) {
        return m_settings.isIdempotent(call.method);
    });
    std::vector<CancelToken> tokens;
    tokens.reserve(count);
    for (const auto& call : requests)
        tokens.push_back(call.cancel);
    const auto abandoned = whenAllCancelled(tokens);
    const QString endpoint = describe();
    QPointer<HttpTransport> self(this);
    auto exchange = m_engine->post(encodeBatch(firstId, requests), retrySafe, abandoned);
    auto response = co_await exchange;
    auto body = bodyOf(std::move(response), endpoint);
    if (!self || self->isClosed())
        co_return std::vector<Result<QJsonValue>>(count, closedError(endpoint));
    self->noteOutcome(body);
    if (!body)
        co_return std::vector<Result<QJsonValue>>(count, body.error());
    co_return decodeBatchResponse(*body, firstId, count);
}

QCoro::Task<> HttpTransport::close()
{
    if (markClosed()) {
        m_engine->abortAll();
        setState(ConnectionState::Closed);
    }
    co_return;
}

} // namespace seismic::rpc
