// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/HttpEngine.h"
#include "rpc/HttpSettings.h"

#include <QUrl>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace seismic::rpc {

class HttpConnection;

// HTTP/1.1 over a pool of keep-alive connections (HttpSettings::maxConnections) to one
// endpoint. Exchanges wait in arrival order for a free connection; the most recently used
// connection is reused first.
class SocketHttpEngine : public HttpEngine
{
    Q_OBJECT

public:
    SocketHttpEngine(QUrl url, HttpSettings settings, QObject* parent = nullptr);
    ~SocketHttpEngine() override;

    Future<Result<HttpResponse>> post(QByteArray body, bool retrySafe, CancelToken cancel) override;
    void abortAll() override;

private:
    struct Exchange
    {
        QByteArray request;
        Promise<Result<HttpResponse>> promise;
        bool retrySafe = false;
        bool retried = false;
        HttpConnection* connection = nullptr;
        CancelRegistration cancelRegistration;
    };

    void dispatch();
    void onFinished(HttpConnection* connection, Result<HttpResponse> result, bool stale);
    void cancel(const std::shared_ptr<Exchange>& exchange);

    QUrl m_url;
    HttpSettings m_settings;
    QByteArray m_head;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::vector<HttpConnection*> m_idle;
    std::deque<std::shared_ptr<Exchange>> m_queue;
    std::unordered_map<HttpConnection*, std::shared_ptr<Exchange>> m_active;
    bool m_dispatching = false;
};

} // namespace seismic::rpc
