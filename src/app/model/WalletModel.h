// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"
#include "core/SymmetricKey.h"

#include <QObject>

#include <optional>

namespace seismic::app {

class TokenTableModel;
class TxHistoryModel;

// An account with its key in the keystore, or one watched by its address alone.
enum class AccountKind
{
    Key,
    WatchOnly,
};

// The current account: its address, whether it is unlocked, its balances and its sent
// transactions. While unlocked it holds the only in-memory copy of the private key, which the
// client signs with; lock() destroys it, and a PrivateKey wipes its bytes when destroyed. A
// watch-only account may come with a viewing key the user gave (its own, or a provider's),
// held here while it is the current one (a SymmetricKey wipes its bytes when dropped).
class WalletModel : public QObject
{
    Q_OBJECT

public:
    explicit WalletModel(QObject* parent = nullptr);

    std::optional<Address> account() const { return m_account; }
    // The current account has no key: nothing to unlock, nothing can be sent from it.
    bool isWatchOnly() const { return m_account && m_kind == AccountKind::WatchOnly; }
    bool isUnlocked() const { return m_key.has_value(); }
    // The unlocked key, null while locked. Sign with it; do not copy it.
    const PrivateKey* privateKey() const { return m_key ? &*m_key : nullptr; }
    // The viewing key given for the current watch-only account: a secret. Null for an account
    // with a signing key (its key is ViewingKeyService's) and for one watched without a key.
    const SymmetricKey* watchOnlyViewingKey() const
    {
        return m_watchOnlyViewingKey ? &*m_watchOnlyViewingKey : nullptr;
    }

    TokenTableModel* tokens() const { return m_tokens; }
    TxHistoryModel* history() const { return m_history; }

    // Makes `account` the current account. Switching to a different account (or kind) locks the
    // wallet and clears the balances and the history. `viewingKey`: a watch-only account's (see
    // setWatchOnlyViewingKey()); ignored for an account with a signing key.
    void setAccount(const Address& account, AccountKind kind = AccountKind::Key,
                    std::optional<SymmetricKey> viewingKey = std::nullopt);
    // Gives the current watch-only account a viewing key, or takes it away (none); ignored
    // unless the current account is watch-only.
    void setWatchOnlyViewingKey(std::optional<SymmetricKey> key);
    // No current account (it was removed): locked, balances and history cleared.
    void clearAccount();
    // Makes the key's account the current one and keeps the key until lock().
    void unlock(const PrivateKey& key);
    void lock();

Q_SIGNALS:
    void accountChanged();
    void lockStateChanged();
    // The current watch-only account's viewing key was given or taken away (not emitted when
    // the account changes: accountChanged says that).
    void watchOnlyViewingKeyChanged();

private:
    std::optional<Address> m_account;
    AccountKind m_kind = AccountKind::Key;
    std::optional<PrivateKey> m_key;
    std::optional<SymmetricKey> m_watchOnlyViewingKey;
    TokenTableModel* m_tokens;
    TxHistoryModel* m_history;
};

} // namespace seismic::app
