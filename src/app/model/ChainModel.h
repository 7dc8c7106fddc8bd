// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"
#include "client/ConnectionStatus.h"

#include <QObject>

namespace seismic::app {

// The client's status is the app's: one enum from the chain head to the status bar.
using client::ConnectionStatus;
using client::connectionStatusName;

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
    // The node behind the endpoint switched to another chain (a reset) since this connection
    // began; the chain id and block number are the new chain's.
    bool chainChanged() const { return m_chainChanged; }
    // The TEE key (0x-hex) the node presents instead of the one pinned for the network: while it
    // is set, the connection is read-only (no shielded sends, no signed reads) until the user
    // accepts the new key. Empty otherwise; forgotten when the network changes.
    const QString& teeKeyConflict() const { return m_teeKeyConflict; }

    // A different network resets the connection state to NotConnected, forgetting the chain
    // id, block number and last error of the previous network.
    void setNetwork(const NetworkConfig& network);
    void setStatus(ConnectionStatus status);
    void setChainId(quint64 chainId);
    void setBlockNumber(quint64 blockNumber);
    void setLastError(const QString& error);
    // The connection now follows another chain; forgotten when a new connection begins
    // (Connecting) or the network changes.
    void noteChainChanged();
    void setTeeKeyConflict(const QString& presentedKey);

Q_SIGNALS:
    void networkChanged();
    void statusChanged();
    void chainIdChanged();
    void blockNumberChanged();
    void lastErrorChanged();
    void teeKeyConflictChanged();

private:
    NetworkConfig m_network;
    ConnectionStatus m_status = ConnectionStatus::NotConnected;
    quint64 m_chainId = 0;
    quint64 m_blockNumber = 0;
    QString m_lastError;
    bool m_chainChanged = false;
    QString m_teeKeyConflict;
};

} // namespace seismic::app
