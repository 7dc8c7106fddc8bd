// SPDX-License-Identifier: MIT
// A devnet a suite starts and stops itself (tests/devnet/devnet start/stop), always on the same
// port, to play a node that goes away and one restarted as a new chain. The devnet tool is found
// next to the shared devnet's build artifacts ($SEISMIC_DEVNET_MANIFEST).
#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace testing {

class OwnDevnet
{
public:
    // A free port on 127.0.0.1, the manifest at `manifestPath`. Not started.
    OwnDevnet(QString tool, QString manifestPath);
    // Stops it if it runs.
    ~OwnDevnet();

    // The devnet tool of the devnet $SEISMIC_DEVNET_MANIFEST describes.
    static seismic::Result<QString> findTool();

    // Each returns once the tool is done (started and deployed, or gone).
    bool start();
    bool stop();

    quint16 port() const { return m_port; }
    // "http" or "ws".
    QUrl url(const QString& scheme) const;

private:
    bool run(const QStringList& arguments);

    QString m_tool;
    QString m_manifest;
    quint16 m_port;
    bool m_started = false;
};

} // namespace testing
