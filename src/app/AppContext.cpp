// SPDX-License-Identifier: MIT
#include "app/AppContext.h"

#include "app/model/ChainModel.h"
#include "app/model/LogModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"

#include <QDir>

namespace seismic::app {

AppContext::AppContext(const QString& dataDirectory, const KeystoreKdf& kdf, QObject* parent)
    : QObject(parent)
    , m_settings(
          new SettingsModel(QDir(dataDirectory).filePath(QStringLiteral("settings.ini")), this))
    , m_chain(new ChainModel(this))
    , m_wallet(new WalletModel(this))
    , m_transfers(new TransferTableModel(this))
    , m_log(new LogModel(LogModel::kDefaultCapacity, this))
    , m_accounts(QDir(dataDirectory).filePath(QStringLiteral("keystores")), kdf)
{
    updateChainNetwork();
    connect(m_settings, &SettingsModel::currentNetworkChanged, this,
            &AppContext::updateChainNetwork);
    connect(m_chain, &ChainModel::networkChanged, this, [this] {
        m_transfers->clear();
        m_wallet->tokens()->clear();
    });
    connect(m_wallet, &WalletModel::accountChanged, this, [this] {
        if (const auto account = m_wallet->account())
            m_settings->setLastAccount(*account);
    });
}

void AppContext::setEndpointOverrides(const QStringList& httpUrls, const QStringList& wsUrls)
{
    m_httpOverrides = httpUrls;
    m_wsOverrides = wsUrls;
    updateChainNetwork();
}

void AppContext::updateChainNetwork()
{
    NetworkConfig network = m_settings->currentNetwork();
    if (!m_httpOverrides.isEmpty())
        network.httpUrls = m_httpOverrides;
    if (!m_wsOverrides.isEmpty())
        network.wsUrls = m_wsOverrides;
    m_chain->setNetwork(network);
}

} // namespace seismic::app
