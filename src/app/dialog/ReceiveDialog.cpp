// SPDX-License-Identifier: MIT
#include "app/dialog/ReceiveDialog.h"

#include "app/model/QrCode.h"
#include "app/service/ViewingKeyService.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace seismic::app {
namespace {

// Pixels per QR module: an address (41 by 41 modules with the quiet zone) is about 200 px.
constexpr int kModuleSize = 5;
constexpr qreal kAddressScale = 1.4;

} // namespace

ReceiveDialog::ReceiveDialog(const Address& account, const ViewingKeyService& viewingKey,
                             QWidget* parent)
    : QDialog(parent)
    , m_viewingKey(viewingKey)
{
    setWindowTitle(tr("Receive"));
    const QString address = QString::fromStdString(account.checksummed());

    auto* intro =
        new QLabel(tr("Share this address to receive the chain’s coin and tokens:"), this);
    intro->setWordWrap(true);

    auto* addressLabel = new QLabel(address, this);
    addressLabel->setObjectName(QStringLiteral("addressLabel"));
    addressLabel->setTextFormat(Qt::PlainText);
    addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    addressLabel->setAccessibleName(tr("Address"));
    QFont large = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    large.setPointSizeF(large.pointSizeF() * kAddressScale);
    addressLabel->setFont(large);

    auto* copyButton = new QPushButton(tr("&Copy Address"), this);
    copyButton->setObjectName(QStringLiteral("copyAddressButton"));
    connect(copyButton, &QPushButton::clicked, this,
            [address] { QGuiApplication::clipboard()->setText(address); });

    auto* qrLabel = new QLabel(this);
    qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    qrLabel->setAlignment(Qt::AlignCenter);
    qrLabel->setPixmap(QPixmap::fromImage(qrCodeImage(address, kModuleSize)));
    qrLabel->setAccessibleName(tr("QR code of the address"));

    m_viewingKeyLabel = new QLabel(this);
    m_viewingKeyLabel->setObjectName(QStringLiteral("viewingKeyLabel"));
    m_viewingKeyLabel->setWordWrap(true);
    m_viewingKeyLabel->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addressLabel);
    layout->addWidget(copyButton, 0, Qt::AlignLeft);
    layout->addWidget(qrLabel);
    layout->addWidget(m_viewingKeyLabel);
    layout->addWidget(buttons);

    connect(&m_viewingKey, &ViewingKeyService::stateChanged, this,
            &ReceiveDialog::showViewingKeyState);
    showViewingKeyState();
}

void ReceiveDialog::showViewingKeyState()
{
    using State = ViewingKeyService::State;
    switch (m_viewingKey.state()) {
    case State::Registered:
        m_viewingKeyLabel->setText(tr("Senders of SRC20 tokens can show you the amount: this "
                                      "account has a viewing key."));
        return;
    case State::NotRegistered:
        m_viewingKeyLabel->setText(
            tr("Senders of SRC20 tokens cannot show you the amount: this account has no viewing "
               "key yet (register one on the Viewing Key page)."));
        return;
    case State::Unavailable:
    case State::Checking:
    case State::Registering:
    case State::Failed:
        m_viewingKeyLabel->setText(
            tr("Whether senders of SRC20 tokens can show you the amount is not known yet: it "
               "needs the unlocked account, connected."));
        return;
    }
}

} // namespace seismic::app
