// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/HttpEngine.h"
#include "rpc/HttpSettings.h"
#include "rpc/Transport.h"

#include <QUrl>

#include <memory>

namespace seismic::rpc {

// JSON-RPC over HTTP(S) POST: keep-alive connections, gzip, TLS with peer verification,
// connect and request timeouts, JSON-RPC batches as one POST. A non-2xx answer is an
// HttpStatus error carrying the status (code), Retry-After and the body (data).
class HttpTransport : public Transport
{
    Q_OBJECT

public:
    explicit HttpTransport(QUrl url, HttpSettings settings = {}, QObject* parent = nullptr);
    ~HttpTransport() override;

    QCoro::Task<Result<QJsonValue>> request(RpcRequest request) override;
    QCoro::Task<std::vector<Result<QJsonValue>>> batch(std::vector<RpcRequest> requests) override;
    QCoro::Task<> close() override;
    QString describe() const override;

    const QUrl& url() const { return m_url; }

private:
    // Maps an HTTP outcome to the body to decode or the error to report, and records the
    // connection state it implies.
    static Result<QByteArray> bodyOf(Result<HttpResponse> response, const QString& endpoint);
    void noteOutcome(const Result<QByteArray>& outcome);

    QUrl m_url;
    QString m_description;
    HttpSettings m_settings;
    std::unique_ptr<HttpEngine> m_engine;
    std::uint64_t m_nextId = 1;
};

} // namespace seismic::rpc
