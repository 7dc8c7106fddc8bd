// SPDX-License-Identifier: MIT
#pragma once

#include "app/wallet/AccountService.h"
#include "core/Keystore.h"

#include <QObject>
#include <QStringList>

namespace seismic::app {

class ChainModel;
class LogModel;
class SettingsModel;
class TransferTableModel;
class WalletModel;

// The application's services and models, shared by the windows: what the client will be
// attached to. Lives in a data directory (settings.ini and keystores/); the keystore cost is a
// parameter so that tests can use a cheap one.
//
// Keeps the chain model's network in step with the selected network (with the command line's
// endpoint overrides applied), clears per-network and per-account data when either changes,
// and remembers the current account as the last used one.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(const QString& dataDirectory, const KeystoreKdf& kdf, QObject* parent = nullptr);

    SettingsModel& settings() const { return *m_settings; }
    ChainModel& chain() const { return *m_chain; }
    WalletModel& wallet() const { return *m_wallet; }
    TransferTableModel& transfers() const { return *m_transfers; }
    LogModel& log() const { return *m_log; }
    AccountService& accounts() { return m_accounts; }

    // Endpoints to use instead of the selected network's for this session (not saved); an
    // empty list keeps the network's own.
    void setEndpointOverrides(const QStringList& httpUrls, const QStringList& wsUrls);

private:
    void updateChainNetwork();

    SettingsModel* m_settings;
    ChainModel* m_chain;
    WalletModel* m_wallet;
    TransferTableModel* m_transfers;
    LogModel* m_log;
    AccountService m_accounts;
    QStringList m_httpOverrides;
    QStringList m_wsOverrides;
};

} // namespace seismic::app
