// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/ConnectionSettings.h"
#include "app/model/NetworkConfig.h"
#include "app/model/NotificationRules.h"
#include "app/model/Theme.h"
#include "app/model/TokenBalance.h"
#include "core/Address.h"
#include "core/PublicKey.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace seismic::app {

// The user's settings, kept in an INI file in the data directory: the networks (built-in
// presets and custom ones) and which one is selected, connection tuning, theme, the last used
// account, each network's tokens and pinned TEE key. Values are cached; setters write through and
// emit only on change. Values read from a hand-edited file that are out of range or malformed are
// replaced by their defaults, with a warning in the log.
class SettingsModel : public QObject
{
    Q_OBJECT

public:
    explicit SettingsModel(const QString& filePath, QObject* parent = nullptr);

    // The presets: Seismic testnet, local devnet (sanvil).
    static QList<NetworkConfig> builtInNetworks();
    // The presets, then the custom networks.
    QList<NetworkConfig> networks() const;
    const QList<NetworkConfig>& customNetworks() const { return m_customNetworks; }
    // Replaces the custom networks. Networks with a problem() or a name already taken are
    // refused (false, nothing changes).
    bool setCustomNetworks(const QList<NetworkConfig>& networks);
    // A network by name (case-insensitive) or by decimal chain id.
    std::optional<NetworkConfig> findNetwork(const QString& nameOrChainId) const;

    // The selected network; the first preset when the selection no longer exists.
    NetworkConfig currentNetwork() const;
    // Selects a network by its exact name; false when there is none of that name.
    bool setCurrentNetwork(const QString& name);
    // The user (or the command line) chose a network once: the first run's choice is made.
    bool hasChosenNetwork() const { return !m_currentNetworkName.isEmpty(); }

    const ConnectionSettings& connection() const { return m_connection; }
    // Values outside the ConnectionSettings ranges are refused (false, nothing changes).
    bool setConnection(const ConnectionSettings& connection);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    // The interface language: "en", "de" or "fr"; empty for the system's. Applied at the next
    // start (the command line's --language takes precedence).
    static QStringList languages();
    QString language() const { return m_language; }
    // A language not in languages() is refused (false, nothing changes).
    bool setLanguage(const QString& language);

    // The main window's geometry (QWidget::saveGeometry) and page index when it last closed.
    QByteArray windowGeometry() const { return m_windowGeometry; }
    void setWindowGeometry(const QByteArray& geometry);
    int lastPage() const { return m_lastPage; }
    void setLastPage(int page);

    // Minutes without input after which the wallet locks itself; 0 never.
    static constexpr IntRange kAutoLockMinutes{0, 24 * 60};
    static constexpr int kDefaultAutoLockMinutes = 15;
    int autoLockMinutes() const { return m_autoLockMinutes; }
    // Values outside kAutoLockMinutes are refused (false, nothing changes).
    bool setAutoLockMinutes(int minutes);

    std::optional<Address> lastAccount() const { return m_lastAccount; }
    void setLastAccount(const Address& account);

    // The tokens the user added on a network (by network name), with the metadata last read on
    // chain (without balances). Entries that do not parse or validate are dropped with a warning.
    std::vector<TokenBalance> tokens(const QString& network);
    void setTokens(const QString& network, const std::vector<TokenBalance>& tokens);

    // The TEE public key pinned for a network (by name): trusted on first use, then required of
    // every node of that network until the user accepts another. Nothing when none is pinned (a
    // hand-edited value that is no key counts as none, with a warning).
    std::optional<PublicKey> teePublicKey(const QString& network) const;
    void setTeePublicKey(const QString& network, const PublicKey& key);

    // Which incoming transfers raise a notification. Rules with a problem() are refused (false,
    // nothing changes); a hand-edited entry that does not parse is left out, with a warning.
    const NotificationRules& notificationRules() const { return m_notificationRules; }
    bool setNotificationRules(const NotificationRules& rules);
    // Closing the main window leaves the app watching in the system tray (where there is one).
    bool keepRunningInTray() const { return m_keepRunningInTray; }
    void setKeepRunningInTray(bool keep);

Q_SIGNALS:
    void networksChanged();
    // The selected network or its configuration changed: the client reconnects.
    void currentNetworkChanged();
    void connectionChanged();
    void themeChanged();
    void autoLockMinutesChanged();
    // The pinned TEE key of this network changed (pinned on first use, or a new key accepted).
    void teePublicKeyChanged(const QString& network);
    void notificationRulesChanged();

private:
    void load();
    void saveCustomNetworks();
    int readInt(const QString& key, IntRange range, int fallback);
    void loadNotificationRules();
    // A list of addresses; entries that are none are left out, with a warning.
    QList<Address> readAddresses(const QString& key);
    void sync();

    QSettings m_settings;
    QList<NetworkConfig> m_customNetworks;
    QString m_currentNetworkName;
    ConnectionSettings m_connection;
    Theme m_theme = Theme::System;
    QString m_language;
    QByteArray m_windowGeometry;
    int m_lastPage = 0;
    int m_autoLockMinutes = kDefaultAutoLockMinutes;
    std::optional<Address> m_lastAccount;
    NotificationRules m_notificationRules;
    bool m_keepRunningInTray = false;
};

} // namespace seismic::app
