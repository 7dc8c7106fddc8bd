// SPDX-License-Identifier: MIT
#include "app/model/ChainModel.h"

namespace seismic::app {

ChainModel::ChainModel(QObject* parent)
    : QObject(parent)
{}

void ChainModel::setNetwork(const NetworkConfig& network)
{
    if (network == m_network)
        return;
    m_network = network;
    setStatus(ConnectionStatus::NotConnected);
    setChainId(0);
    setBlockNumber(0);
    setLastError({});
    setTeeKeyConflict({});
    // Last, so that a client reconnecting in response starts from the reset state.
    Q_EMIT networkChanged();
}

void ChainModel::setStatus(ConnectionStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    if (status == ConnectionStatus::Connecting || status == ConnectionStatus::NotConnected)
        m_chainChanged = false;
    Q_EMIT statusChanged();
}

void ChainModel::noteChainChanged()
{
    m_chainChanged = true;
    Q_EMIT statusChanged();
}

void ChainModel::setChainId(quint64 chainId)
{
    if (chainId == m_chainId)
        return;
    m_chainId = chainId;
    Q_EMIT chainIdChanged();
}

void ChainModel::setBlockNumber(quint64 blockNumber)
{
    if (blockNumber == m_blockNumber)
        return;
    m_blockNumber = blockNumber;
    Q_EMIT blockNumberChanged();
}

void ChainModel::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void ChainModel::setTeeKeyConflict(const QString& presentedKey)
{
    if (presentedKey == m_teeKeyConflict)
        return;
    m_teeKeyConflict = presentedKey;
    Q_EMIT teeKeyConflictChanged();
}

} // namespace seismic::app
