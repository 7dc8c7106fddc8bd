// SPDX-License-Identifier: MIT
#include "app/view/ViewingKeyPage.h"

#include "app/dialog/SendConfirmDialog.h"
#include "app/model/ErrorText.h"
#include "app/model/NativeSymbol.h"
#include "app/model/WalletModel.h"
#include "app/service/ViewingKeyService.h"
#include "client/Directory.h"

#include "ui_ViewingKeyPage.h"

#include <QMessageBox>
#include <QPointer>

namespace seismic::app {

ViewingKeyPage::ViewingKeyPage(ViewingKeyService& viewingKey, const WalletModel& wallet,
                               QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ViewingKeyPage>())
    , m_viewingKey(viewingKey)
    , m_wallet(wallet)
{
    m_ui->setupUi(this);
    m_ui->registerButton->setIcon(QIcon(QStringLiteral(":/icons/viewing-key.svg")));
    connect(m_ui->registerButton, &QPushButton::clicked, this, &ViewingKeyPage::confirmRegister);
    connect(m_ui->recheckButton, &QPushButton::clicked, &m_viewingKey, &ViewingKeyService::recheck);
    connect(&m_viewingKey, &ViewingKeyService::stateChanged, this, &ViewingKeyPage::showState);
    connect(&m_viewingKey, &ViewingKeyService::keyChanged, this, &ViewingKeyPage::showState);
    connect(&m_wallet, &WalletModel::accountChanged, this, &ViewingKeyPage::showState);
    connect(&m_wallet, &WalletModel::watchOnlyViewingKeyChanged, this, &ViewingKeyPage::showState);
    showState();
}

ViewingKeyPage::~ViewingKeyPage() = default;

void ViewingKeyPage::showState()
{
    using State = ViewingKeyService::State;
    const State state = m_viewingKey.state();
    if (m_wallet.isWatchOnly()) {
        // Nothing to register without a signing key; the key, if any, is the one given.
        m_ui->viewingKeyStateLabel->setText(
            m_wallet.watchOnlyViewingKey()
                ? tr("This watch-only account's SRC20 amounts open with the viewing key you "
                     "gave (set or remove it on the Accounts page).")
                : tr("This watch-only account has no viewing key here: its SRC20 transfers are "
                     "listed without amounts. Give it one on the Accounts page."));
    } else {
        showRegistrationState(state);
    }
    // The hash the key's SRC20 events carry: of the key given for a watch-only account.
    const SymmetricKey* watchOnlyKey = m_wallet.watchOnlyViewingKey();
    const auto hash =
        m_wallet.isWatchOnly()
            ? (watchOnlyKey ? std::optional<Hash>(client::Directory::computeKeyHash(*watchOnlyKey))
                            : std::nullopt)
            : m_viewingKey.keyHash();
    //: Shown instead of a value that is not known.
    const QString none = tr("none");
    m_ui->keyHashLabel->setText(hash ? QString::fromStdString(hash->hex()) : none);
    // Only a registration sent from this app in this session has a transaction to show; a key
    // registered earlier is read from the Directory.
    const auto tx = m_wallet.isWatchOnly() ? std::nullopt : m_viewingKey.registrationTx();
    m_ui->transactionLabel->setText(tx ? QString::fromStdString(tx->hex()) : QString());
    m_ui->transactionTitleLabel->setVisible(tx.has_value());
    m_ui->transactionLabel->setVisible(tx.has_value());
    const bool ownKey = !m_wallet.isWatchOnly();
    m_ui->registerButton->setEnabled(
        ownKey &&
        (state == State::NotRegistered || state == State::Registered || state == State::Failed));
    m_ui->registerButton->setText(state == State::Registered
                                      ? tr("&Generate and Register a New Key")
                                      : tr("&Generate and Register"));
    m_ui->recheckButton->setEnabled(ownKey && state != State::Unavailable &&
                                    state != State::Checking && state != State::Registering);
}

void ViewingKeyPage::showRegistrationState(ViewingKeyService::State state)
{
    using State = ViewingKeyService::State;
    switch (state) {
    case State::Unavailable:
        m_ui->viewingKeyStateLabel->setText(
            tr("Unknown: unlock the account and connect to a network to read the Directory."));
        break;
    case State::Checking:
        m_ui->viewingKeyStateLabel->setText(tr("Reading the Directory…"));
        break;
    case State::NotRegistered:
        m_ui->viewingKeyStateLabel->setText(
            tr("No viewing key registered: SRC20 amounts stay encrypted on the Transfers page."));
        break;
    case State::Registered:
        m_ui->viewingKeyStateLabel->setText(
            tr("Registered: SRC20 amounts sent to or from this account are "
               "decrypted on the Transfers page."));
        break;
    case State::Registering:
        m_ui->viewingKeyStateLabel->setText(
            tr("Registering a new viewing key (a shielded transaction)…"));
        break;
    case State::Failed:
        //: %1 is the error.
        m_ui->viewingKeyStateLabel->setText(tr("Failed: %1").arg(m_viewingKey.lastError()));
        break;
    }
}

void ViewingKeyPage::confirmRegister()
{
    if (m_viewingKey.state() != ViewingKeyService::State::Registered) {
        registerKey();
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Replace the Viewing Key"),
        tr("This account already has a viewing key. Transfers encrypted under it will no longer "
           "be decrypted here. Register a new one?"),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            registerKey();
    });
    box->open();
}

QCoro::Task<> ViewingKeyPage::registerKey()
{
    const QPointer<ViewingKeyPage> self(this);
    auto prepared = co_await m_viewingKey.prepareRegistration();
    if (!self)
        co_return;
    if (!prepared) {
        Q_EMIT message(
            tr("The viewing key was not registered: %1").arg(errorLine(prepared.error())));
        co_return;
    }
    auto* dialog =
        new SendConfirmDialog(std::move(prepared->request), std::move(prepared->transaction),
                              nativeSymbol(*m_wallet.tokens()), this);
    dialog->setObjectName(QStringLiteral("viewingKeyConfirmDialog"));
    dialog->setWindowTitle(tr("Confirm the Viewing Key Registration"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_viewingKey.sendRegistration(dialog->request(), dialog->takePrepared());
        Q_EMIT message(tr("The viewing key registration was sent; follow it in the history."));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_viewingKey.dropRegistration();
        Q_EMIT message(tr("Cancelled: nothing was sent."));
    });
    dialog->open();
}

} // namespace seismic::app
