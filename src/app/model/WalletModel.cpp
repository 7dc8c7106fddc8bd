// SPDX-License-Identifier: MIT
#include "app/model/WalletModel.h"

#include "app/AppLogging.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TxHistoryModel.h"

namespace seismic::app {

WalletModel::WalletModel(QObject* parent)
    : QObject(parent)
    , m_tokens(new TokenTableModel(this))
    , m_history(new TxHistoryModel(this))
{}

void WalletModel::setAccount(const Address& account, AccountKind kind,
                             std::optional<SymmetricKey> viewingKey)
{
    if (m_account == account && m_kind == kind) {
        setWatchOnlyViewingKey(std::move(viewingKey));
        return;
    }
    lock();
    m_account = account;
    m_kind = kind;
    m_watchOnlyViewingKey.reset();
    if (kind == AccountKind::WatchOnly)
        m_watchOnlyViewingKey = std::move(viewingKey);
    m_tokens->clear();
    m_history->clear();
    Q_EMIT accountChanged();
}

void WalletModel::clearAccount()
{
    if (!m_account)
        return;
    lock();
    m_account.reset();
    m_kind = AccountKind::Key;
    m_watchOnlyViewingKey.reset();
    m_tokens->clear();
    m_history->clear();
    Q_EMIT accountChanged();
}

void WalletModel::setWatchOnlyViewingKey(std::optional<SymmetricKey> key)
{
    if (!isWatchOnly() || key == m_watchOnlyViewingKey)
        return;
    m_watchOnlyViewingKey = std::move(key);
    Q_EMIT watchOnlyViewingKeyChanged();
}

void WalletModel::unlock(const PrivateKey& key)
{
    setAccount(key.address());
    if (m_key)
        return;
    m_key.emplace(key);
    qCInfo(lcWallet) << "unlocked account" << key.address().checksummed().c_str();
    Q_EMIT lockStateChanged();
}

void WalletModel::lock()
{
    if (!m_key)
        return;
    m_key.reset();
    qCInfo(lcWallet) << "locked account; the key was wiped from memory";
    Q_EMIT lockStateChanged();
}

} // namespace seismic::app
