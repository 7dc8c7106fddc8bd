// SPDX-License-Identifier: MIT
#include "app/DesktopSession.h"

#include "app/AppContext.h"
#include "app/AppLogging.h"
#include "app/Translations.h"
#include "app/dialog/FirstRunDialog.h"
#include "app/log/LogMessageBridge.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "store/WatchOnlyAccountStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace seismic::app {
namespace {

// The account watched at `address`, with the viewing key the store keeps for it.
std::optional<store::WatchOnlyAccount> watchedAccount(store::Store& database,
                                                      const Address& address)
{
    auto watched = store::WatchOnlyAccountStore(database).find(address);
    if (!watched)
        return std::nullopt;
    return std::move(watched).value();
}

} // namespace

DesktopSession::DesktopSession(AppOptions options, const KeystoreKdf& kdf, QElapsedTimer sinceStart,
                               QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_kdf(kdf)
    , m_sinceStart(sinceStart)
{}

DesktopSession::~DesktopSession() = default;

Status DesktopSession::start()
{
    const QString& directory = m_options.dataDirectory;
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory))
            return makeError(
                ErrorKind::Io,
                tr("cannot create the data directory %1").arg(directory).toStdString());
        // Settings may hold endpoint URLs with API keys: only the user may look inside.
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
    m_context = std::make_unique<AppContext>(directory, m_kdf, m_options.kdfMaxMemory);
    m_logBridge = std::make_unique<LogMessageBridge>(m_context->log());
    qCInfo(lcApp).noquote() << QCoreApplication::applicationName()
                            << QCoreApplication::applicationVersion() << "with data in"
                            << QDir::toNativeSeparators(directory);

    SettingsModel& settings = m_context->settings();
    if (m_translations && m_options.language.isEmpty() && !settings.language().isEmpty()) {
        QLocale::setDefault(QLocale(settings.language()));
        m_translations->load(QLocale());
    }
    m_firstRun = !settings.hasChosenNetwork() && m_options.network.isEmpty() &&
                 m_options.rpcUrl.isEmpty() && m_options.wsUrl.isEmpty();
    // Nothing is connected to before the user chose where.
    if (m_firstRun)
        m_context->session().setOnline(false);
    if (!m_options.network.isEmpty()) {
        const auto network = settings.findNetwork(m_options.network);
        if (!network) {
            QStringList names;
            for (const NetworkConfig& known : settings.networks())
                names.append(known.name);
            //: %1 is what the user asked for, %2 the names of the known networks.
            return makeError(ErrorKind::NotFound,
                             tr("no network named %1; the networks are: %2")
                                 .arg(m_options.network, names.join(QStringLiteral(", ")))
                                 .toStdString());
        }
        settings.setCurrentNetwork(network->name);
    }
    m_context->setEndpointOverrides(
        m_options.rpcUrl.isEmpty() ? QStringList() : QStringList{m_options.rpcUrl},
        m_options.wsUrl.isEmpty() ? QStringList() : QStringList{m_options.wsUrl});
    const NetworkConfig& network = m_context->chain().network();
    if (!m_options.rpcUrl.isEmpty() || !m_options.wsUrl.isEmpty()) {
        if (const QString problem = network.problem(); !problem.isEmpty())
            //: %1 is the selected network's name, %2 what is wrong with the endpoints.
            return makeError(ErrorKind::InvalidArgument,
                             tr("the endpoints of --rpc-url and --ws-url cannot be used for %1: %2")
                                 .arg(network.name, problem)
                                 .toStdString());
    }
    qCInfo(lcApp).noquote() << "network:" << network.name << "through"
                            << network.endpointsText().replace(QLatin1Char('\n'),
                                                               QStringLiteral(", "));

    if (!m_options.tokens.empty())
        connect(&m_context->session(), &ClientSession::clientChanged, this,
                &DesktopSession::addTokens);

    m_window = std::make_unique<MainWindow>(*m_context);
    connect(m_window.get(), &MainWindow::firstShown, this, &DesktopSession::windowShown);
    m_window->show();
    return {};
}

void DesktopSession::windowShown()
{
    qCInfo(lcApp) << "main window shown" << m_sinceStart.elapsed() << "ms after start";
    // After this event-loop turn, so that the window paints before any dialog opens.
    QTimer::singleShot(0, this, [this] {
        if (m_firstRun)
            chooseNetwork();
        else
            startAccount();
    });
}

void DesktopSession::chooseNetwork()
{
    auto* dialog = new FirstRunDialog(m_context->settings(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        m_context->session().setOnline(true);
        startAccount();
    });
    dialog->open();
    // A dialog waits for the user.
    finish();
}

void DesktopSession::startAccount()
{
    if (m_options.importKeyFile.isEmpty())
        unlockLastAccount();
    else
        importKeyFile();
}

void DesktopSession::importKeyFile()
{
    const QString& path = m_options.importKeyFile;
    if (!m_options.password) {
        m_window->openImportKeyDialog(path);
        finish();
        return;
    }
    qCInfo(lcApp).noquote() << "importing" << QDir::toNativeSeparators(path);
    QCoro::connect(m_context->accounts().importOrUnlock(path, *m_options.password), this,
                   [this](const Result<PrivateKey>& key) { keyArrived(key, true); });
}

void DesktopSession::unlockLastAccount()
{
    const std::vector<Address> stored = m_context->accounts().accounts();
    const auto last = m_context->settings().lastAccount();
    std::optional<Address> account;
    auto watched = last ? watchedAccount(m_context->store(), *last) : std::nullopt;
    if (last && std::find(stored.begin(), stored.end(), *last) != stored.end())
        account = *last;
    else if (watched) {
        // Nothing to unlock.
        m_context->wallet().setAccount(*last, AccountKind::WatchOnly,
                                       std::move(watched->viewingKey));
        finish();
        return;
    } else if (stored.size() == 1)
        account = stored.front();
    if (!account) {
        finish();
        return;
    }
    m_context->wallet().setAccount(*account);
    if (!m_options.password) {
        m_window->openUnlockDialog();
        finish();
        return;
    }
    QCoro::connect(m_context->accounts().unlock(*account, *m_options.password), this,
                   [this](const Result<PrivateKey>& key) { keyArrived(key, false); });
}

void DesktopSession::keyArrived(const Result<PrivateKey>& key, bool imported)
{
    // The password has done its job.
    m_options.password.reset();
    if (key) {
        m_context->wallet().unlock(*key);
    } else {
        qCWarning(lcApp).noquote()
            << (imported ? "cannot import the key file:" : "cannot unlock the account:")
            << QString::fromStdString(key.error().message);
        if (imported) {
            //: %1 says why, e.g. "Wrong password."
            m_window->statusBar()->showMessage(
                tr("The key file was not imported: %1").arg(errorLine(key.error())));
            m_window->openImportKeyDialog(m_options.importKeyFile);
        } else {
            m_window->openUnlockDialog(errorText(key.error()));
        }
    }
    finish();
}

void DesktopSession::addTokens()
{
    if (!m_context->session().walletClient() || m_options.tokens.empty())
        return;
    const std::vector<Address> tokens = std::exchange(m_options.tokens, {});
    for (const Address& token : tokens) {
        const auto& listed = m_context->balances().tokens();
        if (std::any_of(listed.begin(), listed.end(),
                        [&token](const TokenBalance& entry) { return entry.contract == token; }))
            continue;
        QCoro::connect(m_context->balances().addToken(token), this,
                       [token](const Result<TokenBalance>& added) {
                           if (!added)
                               qCWarning(lcApp).noquote()
                                   << "cannot add the token"
                                   << QString::fromStdString(token.checksummed()) << ":"
                                   << QString::fromStdString(added.error().describe());
                       });
    }
}

void DesktopSession::finish()
{
    // Once: after the first run's dialog, the account's start-up finishes again.
    if (std::exchange(m_ready, true))
        return;
    Q_EMIT ready();
}

} // namespace seismic::app
