// SPDX-License-Identifier: MIT
#include "app/model/SettingsModel.h"

#include "app/AppLogging.h"
#include "client/Src20Metadata.h"
#include "client/TeePublicKey.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace seismic::app {
namespace {

const QString kCurrentNetworkKey = QStringLiteral("network/current");
const QString kCustomNetworksArray = QStringLiteral("customNetworks");
const QString kTimeoutKey = QStringLiteral("connection/requestTimeoutMs");
const QString kAttemptsKey = QStringLiteral("connection/maxAttempts");
const QString kBackoffKey = QStringLiteral("connection/backoffBaseMs");
const QString kRateKey = QStringLiteral("connection/requestsPerSecond");
const QString kBurstKey = QStringLiteral("connection/burst");
const QString kConcurrencyKey = QStringLiteral("connection/maxConcurrentRequests");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kWindowGeometryKey = QStringLiteral("window/geometry");
const QString kLastPageKey = QStringLiteral("window/page");
const QString kLastAccountKey = QStringLiteral("wallet/lastAccount");
const QString kAutoLockKey = QStringLiteral("wallet/autoLockMinutes");
const QString kNotifyEnabledKey = QStringLiteral("notifications/enabled");
const QString kNotifyTokensKey = QStringLiteral("notifications/tokens");
const QString kNotifyCounterpartiesKey = QStringLiteral("notifications/counterparties");
const QString kNotifyMinimumKey = QStringLiteral("notifications/minimumAmount");
const QString kNotifyOwnKey = QStringLiteral("notifications/ownAccounts");
const QString kNotifyWatchOnlyKey = QStringLiteral("notifications/watchOnlyAccounts");
const QString kKeepRunningInTrayKey = QStringLiteral("tray/keepRunning");

const QString kThemeSystem = QStringLiteral("system");
const QString kThemeLight = QStringLiteral("light");
const QString kThemeDark = QStringLiteral("dark");

bool validRange(const ConnectionSettings& c)
{
    return ConnectionSettings::kRequestTimeoutMs.contains(c.requestTimeoutMs) &&
           ConnectionSettings::kMaxAttempts.contains(c.maxAttempts) &&
           ConnectionSettings::kBackoffBaseMs.contains(c.backoffBaseMs) &&
           ConnectionSettings::kRequestsPerSecond.contains(c.requestsPerSecond) &&
           ConnectionSettings::kBurst.contains(c.burst) &&
           ConnectionSettings::kMaxConcurrentRequests.contains(c.maxConcurrentRequests);
}

// Why this list of custom networks cannot be stored, or empty.
QString customNetworksProblem(const QList<NetworkConfig>& networks)
{
    QSet<QString> names;
    for (const NetworkConfig& network : SettingsModel::builtInNetworks())
        names.insert(network.name.toCaseFolded());
    for (const NetworkConfig& network : networks) {
        if (QString problem = network.problem(); !problem.isEmpty())
            return network.name + QStringLiteral(": ") + problem;
        if (names.contains(network.name.toCaseFolded()))
            return network.name + QStringLiteral(": the name is already taken");
        names.insert(network.name.toCaseFolded());
    }
    return {};
}

} // namespace

SettingsModel::SettingsModel(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    load();
}

void SettingsModel::load()
{
    const int count = m_settings.beginReadArray(kCustomNetworksArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        NetworkConfig network;
        network.name = m_settings.value(QStringLiteral("name")).toString();
        network.chainId = m_settings.value(QStringLiteral("chainId")).toULongLong();
        network.httpUrls = m_settings.value(QStringLiteral("httpUrls")).toStringList();
        network.wsUrls = m_settings.value(QStringLiteral("wsUrls")).toStringList();
        network.allowUnencrypted = m_settings.value(QStringLiteral("allowUnencrypted")).toBool();
        network.explorerUrl = m_settings.value(QStringLiteral("explorerUrl")).toString();
        QList<NetworkConfig> candidate = m_customNetworks;
        candidate.append(network);
        if (const QString problem = customNetworksProblem(candidate); !problem.isEmpty())
            qCWarning(lcSettings) << "ignoring custom network" << i + 1 << "in"
                                  << m_settings.fileName() << ":" << problem;
        else
            m_customNetworks = candidate;
    }
    m_settings.endArray();

    m_currentNetworkName = m_settings.value(kCurrentNetworkKey).toString();

    const ConnectionSettings defaults;
    m_connection.requestTimeoutMs =
        readInt(kTimeoutKey, ConnectionSettings::kRequestTimeoutMs, defaults.requestTimeoutMs);
    m_connection.maxAttempts =
        readInt(kAttemptsKey, ConnectionSettings::kMaxAttempts, defaults.maxAttempts);
    m_connection.backoffBaseMs =
        readInt(kBackoffKey, ConnectionSettings::kBackoffBaseMs, defaults.backoffBaseMs);
    m_connection.requestsPerSecond =
        readInt(kRateKey, ConnectionSettings::kRequestsPerSecond, defaults.requestsPerSecond);
    m_connection.burst = readInt(kBurstKey, ConnectionSettings::kBurst, defaults.burst);
    m_connection.maxConcurrentRequests =
        readInt(kConcurrencyKey, ConnectionSettings::kMaxConcurrentRequests,
                defaults.maxConcurrentRequests);

    const QString theme = m_settings.value(kThemeKey, kThemeSystem).toString();
    if (theme == kThemeLight)
        m_theme = Theme::Light;
    else if (theme == kThemeDark)
        m_theme = Theme::Dark;
    else if (theme != kThemeSystem)
        qCWarning(lcSettings) << "unknown theme" << theme << "in" << m_settings.fileName()
                              << "; using the system theme";

    const QString language = m_settings.value(kLanguageKey).toString();
    if (language.isEmpty() || languages().contains(language))
        m_language = language;
    else
        qCWarning(lcSettings) << "unknown language" << language << "in" << m_settings.fileName()
                              << "; using the system's";

    m_windowGeometry = m_settings.value(kWindowGeometryKey).toByteArray();
    m_lastPage = m_settings.value(kLastPageKey, 0).toInt();
    m_autoLockMinutes = readInt(kAutoLockKey, kAutoLockMinutes, kDefaultAutoLockMinutes);

    if (m_settings.contains(kLastAccountKey)) {
        const QString text = m_settings.value(kLastAccountKey).toString();
        if (auto account = Address::parse(text.toStdString()))
            m_lastAccount = *account;
        else
            qCWarning(lcSettings) << "ignoring the last account in" << m_settings.fileName() << ":"
                                  << account.error().message.c_str();
    }
    loadNotificationRules();
    m_keepRunningInTray = m_settings.value(kKeepRunningInTrayKey, false).toBool();
}

int SettingsModel::readInt(const QString& key, IntRange range, int fallback)
{
    if (!m_settings.contains(key))
        return fallback;
    bool ok = false;
    const int value = m_settings.value(key).toInt(&ok);
    if (ok && range.contains(value))
        return value;
    qCWarning(lcSettings).nospace()
        << "ignoring " << key << " = " << m_settings.value(key) << " in " << m_settings.fileName()
        << ": expected " << range.minimum << " to " << range.maximum;
    return fallback;
}

void SettingsModel::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot write the settings to" << m_settings.fileName();
}

QList<NetworkConfig> SettingsModel::builtInNetworks()
{
    // Instance 1 is a valid argument: seismicTestnet() cannot fail here.
    return {NetworkConfig::fromPreset(*seismicTestnet(1)), NetworkConfig::fromPreset(sanvil())};
}

QList<NetworkConfig> SettingsModel::networks() const
{
    return builtInNetworks() + m_customNetworks;
}

bool SettingsModel::setCustomNetworks(const QList<NetworkConfig>& networks)
{
    QList<NetworkConfig> custom = networks;
    for (NetworkConfig& network : custom)
        network.builtIn = false;
    if (const QString problem = customNetworksProblem(custom); !problem.isEmpty()) {
        qCWarning(lcSettings) << "refusing custom networks:" << problem;
        return false;
    }
    if (custom == m_customNetworks)
        return true;
    const NetworkConfig before = currentNetwork();
    m_customNetworks = custom;
    saveCustomNetworks();
    Q_EMIT networksChanged();
    if (currentNetwork() != before)
        Q_EMIT currentNetworkChanged();
    return true;
}

void SettingsModel::saveCustomNetworks()
{
    m_settings.remove(kCustomNetworksArray);
    m_settings.beginWriteArray(kCustomNetworksArray, static_cast<int>(m_customNetworks.size()));
    for (int i = 0; i < m_customNetworks.size(); ++i) {
        const NetworkConfig& network = m_customNetworks.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), network.name);
        m_settings.setValue(QStringLiteral("chainId"), network.chainId);
        m_settings.setValue(QStringLiteral("httpUrls"), network.httpUrls);
        m_settings.setValue(QStringLiteral("wsUrls"), network.wsUrls);
        m_settings.setValue(QStringLiteral("allowUnencrypted"), network.allowUnencrypted);
        m_settings.setValue(QStringLiteral("explorerUrl"), network.explorerUrl);
    }
    m_settings.endArray();
    sync();
}

std::optional<NetworkConfig> SettingsModel::findNetwork(const QString& nameOrChainId) const
{
    const QList<NetworkConfig> all = networks();
    for (const NetworkConfig& network : all) {
        if (network.name.compare(nameOrChainId, Qt::CaseInsensitive) == 0)
            return network;
    }
    bool isNumber = false;
    const quint64 chainId = nameOrChainId.toULongLong(&isNumber);
    if (isNumber) {
        for (const NetworkConfig& network : all) {
            if (network.chainId == chainId)
                return network;
        }
    }
    return std::nullopt;
}

NetworkConfig SettingsModel::currentNetwork() const
{
    const QList<NetworkConfig> all = networks();
    for (const NetworkConfig& network : all) {
        if (network.name == m_currentNetworkName)
            return network;
    }
    return all.front();
}

bool SettingsModel::setCurrentNetwork(const QString& name)
{
    const QList<NetworkConfig> all = networks();
    if (std::none_of(all.begin(), all.end(),
                     [&](const NetworkConfig& network) { return network.name == name; }))
        return false;
    const NetworkConfig before = currentNetwork();
    m_currentNetworkName = name;
    m_settings.setValue(kCurrentNetworkKey, name);
    sync();
    if (currentNetwork() != before)
        Q_EMIT currentNetworkChanged();
    return true;
}

bool SettingsModel::setConnection(const ConnectionSettings& connection)
{
    if (!validRange(connection))
        return false;
    if (connection == m_connection)
        return true;
    m_connection = connection;
    m_settings.setValue(kTimeoutKey, connection.requestTimeoutMs);
    m_settings.setValue(kAttemptsKey, connection.maxAttempts);
    m_settings.setValue(kBackoffKey, connection.backoffBaseMs);
    m_settings.setValue(kRateKey, connection.requestsPerSecond);
    m_settings.setValue(kBurstKey, connection.burst);
    m_settings.setValue(kConcurrencyKey, connection.maxConcurrentRequests);
    sync();
    Q_EMIT connectionChanged();
    return true;
}

QStringList SettingsModel::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

bool SettingsModel::setLanguage(const QString& language)
{
    if (!language.isEmpty() && !languages().contains(language))
        return false;
    if (language != m_language) {
        m_language = language;
        if (language.isEmpty())
            m_settings.remove(kLanguageKey);
        else
            m_settings.setValue(kLanguageKey, language);
        sync();
    }
    return true;
}

void SettingsModel::setWindowGeometry(const QByteArray& geometry)
{
    if (geometry == m_windowGeometry)
        return;
    m_windowGeometry = geometry;
    m_settings.setValue(kWindowGeometryKey, geometry);
    sync();
}

void SettingsModel::setLastPage(int page)
{
    if (page == m_lastPage)
        return;
    m_lastPage = page;
    m_settings.setValue(kLastPageKey, page);
    sync();
}

void SettingsModel::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_settings.setValue(kThemeKey, theme == Theme::Light  ? kThemeLight
                                   : theme == Theme::Dark ? kThemeDark
                                                          : kThemeSystem);
    sync();
    Q_EMIT themeChanged();
}

bool SettingsModel::setAutoLockMinutes(int minutes)
{
    if (!kAutoLockMinutes.contains(minutes))
        return false;
    if (minutes != m_autoLockMinutes) {
        m_autoLockMinutes = minutes;
        m_settings.setValue(kAutoLockKey, minutes);
        sync();
        Q_EMIT autoLockMinutesChanged();
    }
    return true;
}

void SettingsModel::setLastAccount(const Address& account)
{
    if (m_lastAccount == account)
        return;
    m_lastAccount = account;
    m_settings.setValue(kLastAccountKey, QString::fromStdString(account.checksummed()));
    sync();
}

} // namespace seismic::app

namespace seismic::app {
namespace {

// One group per network: its name percent-encoded, as QSettings keys cannot hold every
// character.
QString tokensGroup(const QString& network)
{
    return QStringLiteral("tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(network));
}

QString teeKeyKey(const QString& network)
{
    return QStringLiteral("teeKeys/") + QString::fromLatin1(QUrl::toPercentEncoding(network));
}

} // namespace

std::vector<TokenBalance> SettingsModel::tokens(const QString& network)
{
    QSettings& settings = m_settings;
    std::vector<TokenBalance> tokens;
    const int count = settings.beginReadArray(tokensGroup(network));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString kind = settings.value(QStringLiteral("kind")).toString();
        const auto contract =
            Address::parse(settings.value(QStringLiteral("contract")).toString().toStdString());
        const uint decimals = settings.value(QStringLiteral("decimals")).toUInt();
        TokenBalance token;
        token.kind = kind == QLatin1String("erc20") ? TokenKind::Erc20 : TokenKind::Src20;
        token.name = settings.value(QStringLiteral("name")).toString();
        token.symbol = settings.value(QStringLiteral("symbol")).toString();
        token.decimals = decimals;
        // The chain's text as the probe accepted it: a hand-edited file gets no markup in.
        const client::Src20Metadata metadata{token.name.toStdString(), token.symbol.toStdString(),
                                             static_cast<std::uint8_t>(std::min(decimals, 255u))};
        if (!contract || (kind != QLatin1String("erc20") && kind != QLatin1String("src20")) ||
            decimals > kMaxTokenDecimals || !metadata.validate()) {
            qCWarning(lcSettings) << "ignoring token entry" << i << "of" << network << "in"
                                  << m_settings.fileName();
            continue;
        }
        token.contract = *contract;
        tokens.push_back(std::move(token));
    }
    settings.endArray();
    return tokens;
}

void SettingsModel::setTokens(const QString& network, const std::vector<TokenBalance>& tokens)
{
    const QString group = tokensGroup(network);
    m_settings.remove(group);
    m_settings.beginWriteArray(group, static_cast<int>(tokens.size()));
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
        const TokenBalance& token = tokens[static_cast<std::size_t>(i)];
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("kind"), token.kind == TokenKind::Erc20
                                                        ? QStringLiteral("erc20")
                                                        : QStringLiteral("src20"));
        m_settings.setValue(QStringLiteral("contract"),
                            token.contract ? QString::fromStdString(token.contract->checksummed())
                                           : QString());
        m_settings.setValue(QStringLiteral("name"), token.name);
        m_settings.setValue(QStringLiteral("symbol"), token.symbol);
        m_settings.setValue(QStringLiteral("decimals"), token.decimals);
    }
    m_settings.endArray();
    sync();
}

std::optional<PublicKey> SettingsModel::teePublicKey(const QString& network) const
{
    const QString text = m_settings.value(teeKeyKey(network)).toString();
    if (text.isEmpty())
        return std::nullopt;
    auto key = client::parsePinnedTeePublicKey(text.toStdString());
    if (!key) {
        qCWarning(lcSettings).noquote()
            << "ignoring the pinned TEE key of" << network << "in" << m_settings.fileName() << ":"
            << QString::fromStdString(key.error().message);
        return std::nullopt;
    }
    return *key;
}

void SettingsModel::setTeePublicKey(const QString& network, const PublicKey& key)
{
    if (teePublicKey(network) == key)
        return;
    m_settings.setValue(teeKeyKey(network), QString::fromStdString(client::teePublicKeyHex(key)));
    sync();
    Q_EMIT teePublicKeyChanged(network);
}

} // namespace seismic::app

namespace seismic::app {
namespace {

QStringList addressTexts(const QList<Address>& addresses)
{
    QStringList texts;
    for (const Address& address : addresses)
        texts.append(QString::fromStdString(address.checksummed()));
    return texts;
}

} // namespace

QList<Address> SettingsModel::readAddresses(const QString& key)
{
    QList<Address> addresses;
    for (const QString& text : m_settings.value(key).toStringList()) {
        if (auto address = Address::parse(text.toStdString()))
            addresses.append(*address);
        else
            qCWarning(lcSettings) << "ignoring" << text << "in" << key << "of"
                                  << m_settings.fileName();
    }
    return addresses;
}

void SettingsModel::loadNotificationRules()
{
    NotificationRules rules;
    rules.enabled = m_settings.value(kNotifyEnabledKey, rules.enabled).toBool();
    rules.tokens = readAddresses(kNotifyTokensKey);
    rules.counterparties = readAddresses(kNotifyCounterpartiesKey);
    rules.minimumAmount = m_settings.value(kNotifyMinimumKey).toString();
    rules.ownAccounts = m_settings.value(kNotifyOwnKey, rules.ownAccounts).toBool();
    rules.watchOnlyAccounts =
        m_settings.value(kNotifyWatchOnlyKey, rules.watchOnlyAccounts).toBool();
    if (const QString problem = rules.problem(); !problem.isEmpty()) {
        qCWarning(lcSettings) << "ignoring the minimum amount of notifications in"
                              << m_settings.fileName() << ":" << problem;
        rules.minimumAmount.clear();
    }
    m_notificationRules = rules;
}

bool SettingsModel::setNotificationRules(const NotificationRules& rules)
{
    if (!rules.problem().isEmpty())
        return false;
    if (rules == m_notificationRules)
        return true;
    m_notificationRules = rules;
    m_settings.setValue(kNotifyEnabledKey, rules.enabled);
    m_settings.setValue(kNotifyTokensKey, addressTexts(rules.tokens));
    m_settings.setValue(kNotifyCounterpartiesKey, addressTexts(rules.counterparties));
    m_settings.setValue(kNotifyMinimumKey, rules.minimumAmount);
    m_settings.setValue(kNotifyOwnKey, rules.ownAccounts);
    m_settings.setValue(kNotifyWatchOnlyKey, rules.watchOnlyAccounts);
    sync();
    Q_EMIT notificationRulesChanged();
    return true;
}

void SettingsModel::setKeepRunningInTray(bool keep)
{
    if (keep == m_keepRunningInTray)
        return;
    m_keepRunningInTray = keep;
    m_settings.setValue(kKeepRunningInTrayKey, keep);
    sync();
}

} // namespace seismic::app
