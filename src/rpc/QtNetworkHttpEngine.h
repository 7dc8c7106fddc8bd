// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/HttpEngine.h"
#include "rpc/HttpSettings.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace seismic::rpc {

// HTTP through QNetworkAccessManager: honours the application's proxy settings (including
// the system configuration), negotiates HTTP/2 over TLS, decompresses gzip itself.
class QtNetworkHttpEngine : public HttpEngine
{
    Q_OBJECT

public:
    QtNetworkHttpEngine(QUrl url, HttpSettings settings, QObject* parent = nullptr);
    ~QtNetworkHttpEngine() override;

    Future<Result<HttpResponse>> post(QByteArray body, bool retrySafe, CancelToken cancel) override;
    void abortAll() override;

private:
    struct Exchange
    {
        Promise<Result<HttpResponse>> promise;
        CancelRegistration cancelRegistration;
        // What the TLS handshake held against the server's certificate.
        QString tlsProblems;
        bool tooLarge = false;
    };

    void onFinished(QNetworkReply* reply);
    QString describe() const;

    QUrl m_url;
    HttpSettings m_settings;
    QNetworkRequest m_request;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unordered_map<QNetworkReply*, std::shared_ptr<Exchange>> m_exchanges;
    // How many reply signal handlers of ours are on the stack (see destructor).
    int m_inReplySignal = 0;
};

} // namespace seismic::rpc
