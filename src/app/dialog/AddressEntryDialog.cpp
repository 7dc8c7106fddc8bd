// SPDX-License-Identifier: MIT
#include "app/dialog/AddressEntryDialog.h"

#include "app/RunInPool.h"
#include "app/model/ErrorText.h"
#include "core/ViewingKeyFile.h"
#include "store/AddressLabelStore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
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
    const bool keyOnly = purpose == Purpose::WatchOnlyViewingKey;
    setWindowTitle(account                          ? tr("Add Watch-Only Account")
                   : keyOnly                        ? tr("Set the Viewing Key")
                   : purpose == Purpose::NewContact ? tr("Add Contact")
                                                    : tr("Edit Contact"));
    auto* intro = new QLabel(account   ? tr("Watch an address without its key: its balance and "
                                              "transfers are shown, nothing can be sent from it.")
                             : keyOnly ? tr("Give this watch-only account a viewing key: the "
                                            "SRC20 amounts it opens are shown on the Transfers "
                                            "page, also those stored before.")
                                       : tr("The label is shown wherever the address appears."),
                             this);
    intro->setWordWrap(true);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setAccessibleName(tr("Address"));
    m_addressEdit->setPlaceholderText(QStringLiteral("0x…"));
    // A whole address in view, with room for the frame.
    m_addressEdit->setMinimumWidth(
        m_addressEdit->fontMetrics().horizontalAdvance(QStringLiteral("0x") + QString(40, u'D')) +
        16);
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
    auto* form = new QFormLayout;
    form->addRow(addressLabel, m_addressEdit);
    if (!keyOnly) {
        auto* labelLabel = new QLabel(account ? tr("&Label (optional):") : tr("&Label:"), this);
        labelLabel->setBuddy(m_labelEdit);
        form->addRow(labelLabel, m_labelEdit);
    } else {
        m_labelEdit->hide();
        m_addressEdit->setReadOnly(true);
    }
    QLabel* keyHelp = nullptr;
    if (hasKeyFileRow()) {
        m_keyFileEdit = new QLineEdit(this);
        m_keyFileEdit->setObjectName(QStringLiteral("viewingKeyFileEdit"));
        m_keyFileEdit->setAccessibleName(tr("Viewing key file"));
        auto* choose = new QPushButton(tr("C&hoose…"), this);
        choose->setObjectName(QStringLiteral("chooseViewingKeyFileButton"));
        choose->setAccessibleName(tr("Choose a viewing key file"));
        choose->setAutoDefault(false);
        connect(choose, &QPushButton::clicked, this, &AddressEntryDialog::chooseViewingKeyFile);
        connect(m_keyFileEdit, &QLineEdit::textChanged, this,
                &AddressEntryDialog::readViewingKeyFile);
        auto* row = new QHBoxLayout;
        row->addWidget(m_keyFileEdit, 1);
        row->addWidget(choose);
        auto* keyLabel = new QLabel(
            account ? tr("&Viewing key file (optional):") : tr("&Viewing key file:"), this);
        keyLabel->setBuddy(m_keyFileEdit);
        form->addRow(keyLabel, row);
        keyHelp = new QLabel(
            tr("A text file with 32 bytes as hex (64 hexadecimal digits). The account's own "
               "viewing key opens the SRC20 amounts sent to or from it; an intelligence "
               "provider's key opens what that provider can read. The key is kept in this "
               "computer's store until you remove it or the account."),
            this);
        keyHelp->setObjectName(QStringLiteral("viewingKeyHelpLabel"));
        keyHelp->setTextFormat(Qt::PlainText);
        keyHelp->setWordWrap(true);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    // Below the form, full width: a wrapped label inside a form row gets too little height.
    if (keyHelp)
        layout->addWidget(keyHelp);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    validate();
}

bool AddressEntryDialog::hasKeyFileRow() const
{
    return m_purpose == Purpose::WatchOnlyAccount || m_purpose == Purpose::WatchOnlyViewingKey;
}

void AddressEntryDialog::setEntry(const Address& address, const QString& label)
{
    m_addressEdit->setText(QString::fromStdString(address.checksummed()));
    // An edit renames, a key is given to the account: the address stays.
    m_addressEdit->setReadOnly(m_purpose == Purpose::EditContact ||
                               m_purpose == Purpose::WatchOnlyViewingKey);
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

void AddressEntryDialog::setViewingKeyFile(const QString& path)
{
    if (m_keyFileEdit)
        m_keyFileEdit->setText(path);
}

void AddressEntryDialog::chooseViewingKeyFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a Viewing Key File"));
    dialog->setObjectName(QStringLiteral("viewingKeyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AddressEntryDialog::setViewingKeyFile);
    dialog->open();
}

void AddressEntryDialog::readViewingKeyFile()
{
    m_viewingKey.reset();
    m_keyProblem.clear();
    const quint64 read = ++m_keyReads;
    const QString path = m_keyFileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_keyReadsDone = read;
        validate();
        return;
    }
    validate();
    // Off the GUI thread: a file may be slow (a network drive) or a device.
    QCoro::connect(
        runInPool(*QThreadPool::globalInstance(),
                  [path] { return seismic::readViewingKeyFile(path); }),
        this, [this, read](const Result<SymmetricKey>& key) { viewingKeyFileReadAs(read, key); });
}

void AddressEntryDialog::viewingKeyFileReadAs(quint64 read, const Result<SymmetricKey>& key)
{
    if (read != m_keyReads)
        return; // another file was chosen meanwhile
    m_keyReadsDone = read;
    if (key)
        m_viewingKey = *key;
    else if (key.error().kind == ErrorKind::InvalidArgument)
        m_keyProblem = errorText(
            tr("This file holds no viewing key: it needs 64 hexadecimal digits (32 bytes), "
               "optionally with 0x."),
            key.error());
    else
        m_keyProblem = errorText(key.error());
    validate();
    Q_EMIT viewingKeyFileRead();
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
             m_purpose != Purpose::WatchOnlyViewingKey &&
             std::find(m_taken.begin(), m_taken.end(), *parsed) != m_taken.end())
        problem = tr("This address is already listed.");
    else if (parsed && !hasKeyFileRow() && label().isEmpty())
        problem = tr("A contact needs a label.");
    else if (!m_keyProblem.isEmpty())
        problem = m_keyProblem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    const bool keyMissing = m_purpose == Purpose::WatchOnlyViewingKey && !m_viewingKey;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(parsed && problem.isEmpty() && !isReadingViewingKeyFile() && !keyMissing);
}

} // namespace seismic::app
