// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/ConnectionStatus.h"
#include "app/model/NetworkConfig.h"

#include <QObject>

namespace seismic::app {

// The state of the connection to the selected network, as the client reports it. The app sets
// the network; the client connects to it (and again whenever networkChanged() is emitted) and
// feeds status, chain id, block number and last error through the setters. Values are cached;
// each setter emits its signal only when the value changes. Views read this model only.
class ChainModel : public QObject
{
    Q_OBJECT

public:
    explicit ChainModel(QObject* parent = nullptr);

    const NetworkConfig& network() const { return m_network; }
    ConnectionStatus status() const { return m_status; }
    // The chain id the node reported; 0 until it did.
    quint64 chainId() const { return m_chainId; }
    // The latest block number; 0 until the first one arrived.
    quint64 blockNumber() const { return m_blockNumber; }
    // The last connection error (Error::describe()), kept after recovering so that the status
    // bar and diagnostics can still say what went wrong; empty if there was none.
    const QString& lastError() const { return m_lastError; }

    // A different network resets the connection state to NotConnected, forgetting the chain
    // id, block number and last error of the previous network.
    void setNetwork(const NetworkConfig& network);
    void setStatus(ConnectionStatus status);
    void setChainId(quint64 chainId);
    void setBlockNumber(quint64 blockNumber);
    void setLastError(const QString& error);

Q_SIGNALS:
    void networkChanged();
    void statusChanged();
    void chainIdChanged();
    void blockNumberChanged();
    void lastErrorChanged();

private:
    NetworkConfig m_network;
    ConnectionStatus m_status = ConnectionStatus::NotConnected;
    quint64 m_chainId = 0;
    quint64 m_blockNumber = 0;
    QString m_lastError;
};

} // namespace seismic::app
