// SPDX-License-Identifier: MIT
// One chaos soak: its own devnet, the chaos proxy in front of it, two senders and a transfer
// watcher talking through the proxy, node restarts that keep the chain, then the facts gathered
// from the devnet directly (without the proxy) and judged (SoakVerdict).
#pragma once

#include "ChaosProxy.h"
#include "SoakVerdict.h"
#include "TransferSender.h"
#include "core/PrivateKey.h"
#include "core/Result.h"
#include "core/SymmetricKey.h"
#include "support/DevnetManifest.h"
#include "support/OwnDevnet.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace seismic::client {
class PublicClient;
class TransferWatcher;
class WalletClient;
} // namespace seismic::client

namespace soak {

struct SoakOptions
{
    std::chrono::seconds duration{60};
    std::uint64_t seed = 0;
    // Zero: no restarts.
    std::chrono::seconds restartEvery{20};
    // After the senders are done: how long the watcher may take to catch up.
    std::chrono::seconds settle{90};
    QString devnetTool;
    QString workDir; // the devnet's manifest and log go here
    ChaosSettings chaos;
    int shieldedSenders = 3;
    int plainSenders = 2;
    // Print each cut and each failed send attempt as it happens.
    bool trace = false;
};

class SoakRun : public QObject
{
    Q_OBJECT

public:
    explicit SoakRun(SoakOptions options, QObject* parent = nullptr);
    ~SoakRun() override;

    // The process exit code: 0 when every check passed, 1 on a violation, 2 when the soak
    // could not be set up.
    QCoro::Task<int> run();

private:
    QCoro::Task<seismic::Status> setUp();
    QCoro::Task<seismic::Status> registerViewingKey();
    // A wallet client through the proxy (connecting is retried: the proxy may cut it).
    QCoro::Task<seismic::Result<std::unique_ptr<seismic::client::WalletClient>>>
    connectThroughProxy(QString scheme, seismic::PrivateKey key);
    QCoro::Task<> restartLoop();
    QCoro::Task<> restartNode();
    // Fetches the chain's transfer logs, then waits until the watcher delivered them all or
    // options.settle passed.
    QCoro::Task<> settle();
    QCoro::Task<> gatherSenderFacts(TransferSender* sender, QString name);
    void traceEvents();
    void recordDeliveries(const QList<seismic::client::TransferEvent>& events);
    bool watcherHasChain() const;
    QCoro::Task<> tearDown();

    SoakOptions m_options;
    QString m_manifestPath;
    std::unique_ptr<testing::OwnDevnet> m_devnet;
    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<seismic::client::PublicClient> m_direct;
    std::unique_ptr<ChaosProxy> m_proxy;
    std::unique_ptr<seismic::client::WalletClient> m_shieldedWallet;
    std::unique_ptr<seismic::client::WalletClient> m_plainWallet;
    std::unique_ptr<seismic::client::PublicClient> m_watchClient;
    std::unique_ptr<seismic::client::TransferWatcher> m_watcher;
    std::unique_ptr<TransferSender> m_shielded;
    std::unique_ptr<TransferSender> m_plain;
    std::optional<seismic::SymmetricKey> m_viewingKey;
    std::uint64_t m_startBlock = 0;
    bool m_stopping = false;
    QElapsedTimer m_clock;
    SoakFacts m_facts;
};

} // namespace soak
