// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace seismic::app {

// An address and its label, entered: a watch-only account (the label optional) or a contact of
// the address book (the label required; editing one keeps its address). OK stays disabled until
// the address is valid and not taken, and the label given if required.
class AddressEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        WatchOnlyAccount,
        NewContact,
        EditContact,
    };

    // `taken`: the addresses already listed, which cannot be added again.
    AddressEntryDialog(Purpose purpose, std::vector<Address> taken, QWidget* parent = nullptr);

    void setEntry(const Address& address, const QString& label);

    // Valid once OK is enabled.
    std::optional<Address> address() const;
    QString label() const;

private:
    void validate();

    Purpose m_purpose;
    std::vector<Address> m_taken;
    QLineEdit* m_addressEdit;
    QLineEdit* m_labelEdit;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace seismic::app
