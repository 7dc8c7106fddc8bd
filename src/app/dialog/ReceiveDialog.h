// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QDialog>

class QLabel;

namespace seismic::app {

class ViewingKeyService;

// Receiving to an account: its address large, selectable and copyable, as a QR code, and
// whether senders of SRC20 tokens can show the account the amount (its viewing key), kept
// current while the dialog is open.
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveDialog(const Address& account, const ViewingKeyService& viewingKey,
                  QWidget* parent = nullptr);

private:
    void showViewingKeyState();

    const ViewingKeyService& m_viewingKey;
    QLabel* m_viewingKeyLabel;
};

} // namespace seismic::app
