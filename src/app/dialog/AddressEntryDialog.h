// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/SymmetricKey.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seismic::app {

// An address and its label, entered: a watch-only account (the label optional, a viewing key
// file optional), the viewing key of a watch-only account already listed (the key file
// required; the address as it is), or a contact of the address book (the label required;
// editing one keeps its address). OK stays disabled until the address is valid and not taken,
// the label given if required, and the viewing key file, if any, read and valid. The file is
// read on a worker thread (bounded, wiped after parsing); what is wrong with it is shown as
// plain text.
class AddressEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        WatchOnlyAccount,
        WatchOnlyViewingKey,
        NewContact,
        EditContact,
    };

    // `taken`: the addresses already listed, which cannot be added again.
    AddressEntryDialog(Purpose purpose, std::vector<Address> taken, QWidget* parent = nullptr);

    void setEntry(const Address& address, const QString& label);

    // Valid once OK is enabled.
    std::optional<Address> address() const;
    QString label() const;
    // The key read from the chosen file (a secret); none without a file.
    const std::optional<SymmetricKey>& viewingKey() const { return m_viewingKey; }
    // Reads the viewing key file at `path` (what the Choose button does); empty: none.
    void setViewingKeyFile(const QString& path);
    // A file is being read.
    bool isReadingViewingKeyFile() const { return m_keyReads != m_keyReadsDone; }

Q_SIGNALS:
    // The viewing key file was read (or found wrong).
    void viewingKeyFileRead();

private:
    bool hasKeyFileRow() const;
    void chooseViewingKeyFile();
    void readViewingKeyFile();
    void viewingKeyFileReadAs(quint64 read, const Result<SymmetricKey>& key);
    void validate();

    Purpose m_purpose;
    std::vector<Address> m_taken;
    QLineEdit* m_addressEdit;
    QLineEdit* m_labelEdit;
    QLineEdit* m_keyFileEdit = nullptr;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    std::optional<SymmetricKey> m_viewingKey;
    // What is wrong with the viewing key file; empty when nothing is.
    QString m_keyProblem;
    // Reads started and finished: only the answer to the last one counts.
    quint64 m_keyReads = 0;
    quint64 m_keyReadsDone = 0;
};

} // namespace seismic::app
