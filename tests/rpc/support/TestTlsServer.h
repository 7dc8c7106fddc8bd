// SPDX-License-Identifier: MIT
// A TLS server on 127.0.0.1 with a self-signed certificate (a fixture no trust store knows):
// it accepts TCP connections and starts the server side of a TLS handshake, which a client
// that verifies its peer (https, wss) must refuse.
#pragma once

#include <QTcpServer>
#include <QUrl>

namespace testing {

class TestTlsServer : public QTcpServer
{
    Q_OBJECT

public:
    TestTlsServer();

    // scheme://127.0.0.1:port, e.g. url("wss").
    QUrl url(const QString& scheme) const;
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_connections = 0;
};

} // namespace testing
