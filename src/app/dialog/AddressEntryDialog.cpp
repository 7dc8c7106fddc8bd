// SPDX-License-Identifier: MIT
#include "app/dialog/AddressEntryDialog.h"

#include "store/AddressLabelStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace seismic::app {

AddressEntryDialog::AddressEntryDialog(Purpose purpose, std::vector<Address> taken, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_taken(std::move(taken))
{
    setObjectName(QStringLiteral("addressEntryDialog"));
    const bool account = purpose == Purpose::WatchOnlyAccount;
    setWindowTitle(account                          ? tr("Add Watch-Only Account")
                   : purpose == Purpose::NewContact ? tr("Add Contact")
                                                    : tr("Edit Contact"));
    auto* intro = new QLabel(account ? tr("Watch an address without its key: its balance and "
                                          "transfers are shown, nothing can be sent from it.")
                                     : tr("The label is shown wherever the address appears."),
                             this);
    intro->setWordWrap(true);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setAccessibleName(tr("Address"));
    m_addressEdit->setPlaceholderText(QStringLiteral("0x…"));
    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setAccessibleName(tr("Label"));
    m_labelEdit->setMaxLength(static_cast<int>(store::AddressLabelStore::kMaxLabelLength));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &AddressEntryDialog::validate);
    connect(m_labelEdit, &QLineEdit::textChanged, this, &AddressEntryDialog::validate);

    auto* addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_addressEdit);
    auto* labelLabel = new QLabel(account ? tr("&Label (optional):") : tr("&Label:"), this);
    labelLabel->setBuddy(m_labelEdit);
    auto* form = new QFormLayout;
    form->addRow(addressLabel, m_addressEdit);
    form->addRow(labelLabel, m_labelEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    validate();
}

void AddressEntryDialog::setEntry(const Address& address, const QString& label)
{
    m_addressEdit->setText(QString::fromStdString(address.checksummed()));
    // An edit renames: the address stays.
    m_addressEdit->setReadOnly(m_purpose == Purpose::EditContact);
    m_labelEdit->setText(label);
    validate();
}

std::optional<Address> AddressEntryDialog::address() const
{
    auto parsed = Address::parse(m_addressEdit->text().trimmed().toStdString());
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

QString AddressEntryDialog::label() const
{
    return m_labelEdit->text().trimmed();
}

void AddressEntryDialog::validate()
{
    const QString text = m_addressEdit->text().trimmed();
    const auto parsed = address();
    QString problem;
    if (!text.isEmpty() && !parsed)
        problem = tr("This is not an address (0x and 40 hexadecimal digits, with a valid "
                     "checksum if mixed case).");
    else if (parsed && m_purpose != Purpose::EditContact &&
             std::find(m_taken.begin(), m_taken.end(), *parsed) != m_taken.end())
        problem = tr("This address is already listed.");
    else if (parsed && m_purpose != Purpose::WatchOnlyAccount && label().isEmpty())
        problem = tr("A contact needs a label.");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed && problem.isEmpty());
}

} // namespace seismic::app
