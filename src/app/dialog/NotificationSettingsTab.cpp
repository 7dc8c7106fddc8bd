// SPDX-License-Identifier: MIT
#include "app/dialog/NotificationSettingsTab.h"

#include "app/view/AddressText.h"
#include "app/view/TrayNotifier.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace seismic::app {
namespace {

constexpr int kAddressRole = Qt::UserRole;

QStringList senderTexts(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
}

} // namespace

NotificationSettingsTab::NotificationSettingsTab(const NotificationRules& rules,
                                                 bool keepRunningInTray,
                                                 const std::vector<TokenBalance>& tokens,
                                                 QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("&Notify about incoming transfers"), this))
    , m_tokens(new QListWidget(this))
    , m_minimum(new QLineEdit(this))
    , m_senders(new QLineEdit(this))
    , m_own(new QCheckBox(tr("To &my accounts"), this))
    , m_watchOnly(new QCheckBox(tr("To watch-only a&ddresses"), this))
    , m_keepInTray(new QCheckBox(tr("&Keep watching in the tray when the window is closed"), this))
{
    setObjectName(QStringLiteral("notificationsTab"));
    m_enabled->setObjectName(QStringLiteral("notifyCheck"));
    m_tokens->setObjectName(QStringLiteral("notifyTokenList"));
    m_tokens->setAccessibleName(tr("Tokens to notify about"));
    m_tokens->setTabKeyNavigation(false);
    m_tokens->setMaximumHeight(fontMetrics().height() * 6);
    for (const TokenBalance& token : tokens) {
        if (!token.contract)
            continue;
        //: A token in the notification settings: %1 its symbol, %2 its contract address.
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(token.symbol, shortAddressText(*token.contract)), m_tokens);
        item->setToolTip(addressText(*token.contract));
        item->setData(kAddressRole, addressText(*token.contract));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    m_minimum->setObjectName(QStringLiteral("notifyMinimumEdit"));
    m_minimum->setAccessibleName(tr("Minimum amount"));
    m_minimum->setPlaceholderText(tr("any amount"));
    m_minimum->setToolTip(tr("In whole tokens, as a plain number such as 1000 or 0.5. A transfer "
                             "whose amount is encrypted under a key you do not hold cannot be "
                             "shown to reach it."));
    m_senders->setObjectName(QStringLiteral("notifySendersEdit"));
    m_senders->setAccessibleName(tr("Senders"));
    m_senders->setPlaceholderText(tr("anyone"));
    m_senders->setToolTip(tr("Addresses separated by spaces or commas"));
    m_own->setObjectName(QStringLiteral("notifyOwnCheck"));
    m_watchOnly->setObjectName(QStringLiteral("notifyWatchOnlyCheck"));
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_keepInTray->setChecked(keepRunningInTray);
    if (!TrayNotifier::available()) {
        m_keepInTray->setEnabled(false);
        m_keepInTray->setToolTip(tr("This desktop has no system tray: closing the window quits."));
    }

    auto* form = new QFormLayout;
    auto* tokensLabel = new QLabel(tr("Token&s:"), this);
    tokensLabel->setBuddy(m_tokens);
    auto* tokensHint =
        new QLabel(m_tokens->count() > 0 ? tr("None checked: every token.")
                                         : tr("Every token: this network has no tokens to choose "
                                              "from yet (add them on the Overview page)."),
                   this);
    tokensHint->setWordWrap(true);
    tokensHint->setTextFormat(Qt::PlainText);
    m_tokens->setVisible(m_tokens->count() > 0);
    auto* tokensColumn = new QVBoxLayout;
    tokensColumn->addWidget(m_tokens);
    tokensColumn->addWidget(tokensHint);
    form->addRow(tokensLabel, tokensColumn);
    auto* minimumLabel = new QLabel(tr("M&inimum amount:"), this);
    minimumLabel->setBuddy(m_minimum);
    form->addRow(minimumLabel, m_minimum);
    auto* sendersLabel = new QLabel(tr("Sende&rs:"), this);
    sendersLabel->setBuddy(m_senders);
    form->addRow(sendersLabel, m_senders);
    form->addRow(QString(), m_own);
    form->addRow(QString(), m_watchOnly);
    auto* note = new QLabel(tr("Only transfers that arrive while watching are told, never those "
                               "loaded from history; several within a few seconds come as one "
                               "notification."),
                            this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_keepInTray);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, &NotificationSettingsTab::updateEnabled);
    showRules(rules);
}

void NotificationSettingsTab::showRules(const NotificationRules& rules)
{
    m_enabled->setChecked(rules.enabled);
    for (int row = 0; row < m_tokens->count(); ++row) {
        QListWidgetItem* item = m_tokens->item(row);
        const auto address = Address::parse(item->data(kAddressRole).toString().toStdString());
        const bool chosen = address && rules.tokens.contains(*address);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_minimum->setText(rules.minimumAmount);
    QStringList senders;
    for (const Address& sender : rules.counterparties)
        senders.append(addressText(sender));
    m_senders->setText(senders.join(QStringLiteral(", ")));
    m_own->setChecked(rules.ownAccounts);
    m_watchOnly->setChecked(rules.watchOnlyAccounts);
    updateEnabled();
}

void NotificationSettingsTab::updateEnabled()
{
    const bool enabled = m_enabled->isChecked();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_tokens, m_minimum, m_senders, m_own, m_watchOnly})
        widget->setEnabled(enabled);
}

QString NotificationSettingsTab::problem() const
{
    for (const QString& sender : senderTexts(m_senders->text())) {
        if (!Address::parse(sender.toStdString()))
            //: %1 is what the user typed.
            return tr("The sender %1 is not an address.").arg(sender);
    }
    return rules().problem();
}

NotificationRules NotificationSettingsTab::rules() const
{
    NotificationRules rules;
    rules.enabled = m_enabled->isChecked();
    for (int row = 0; row < m_tokens->count(); ++row) {
        const QListWidgetItem* item = m_tokens->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        if (auto address = Address::parse(item->data(kAddressRole).toString().toStdString()))
            rules.tokens.append(*address);
    }
    rules.minimumAmount = m_minimum->text().trimmed();
    for (const QString& sender : senderTexts(m_senders->text())) {
        if (auto address = Address::parse(sender.toStdString()))
            rules.counterparties.append(*address);
    }
    rules.ownAccounts = m_own->isChecked();
    rules.watchOnlyAccounts = m_watchOnly->isChecked();
    return rules;
}

bool NotificationSettingsTab::keepRunningInTray() const
{
    return m_keepInTray->isChecked();
}

void NotificationSettingsTab::restoreDefaults()
{
    showRules(NotificationRules{});
    m_keepInTray->setChecked(false);
}

} // namespace seismic::app
