// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

namespace seismic::app {

class TokenTableModel;

// The balances as a token picker lists them: each symbol with the account's balance of it
// ("SDT — 1,000.5"), the symbol alone while the balance is unread.
class TokenPickerModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TokenPickerModel(TokenTableModel& tokens, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    TokenTableModel& m_tokens;
};

} // namespace seismic::app
