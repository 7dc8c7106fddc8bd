// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NotificationRules.h"
#include "app/model/TokenBalance.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace seismic::app {

// The Notifications tab of the settings: which incoming transfers raise a notification
// (NotificationRules: on or off, the tokens among the network's, a minimum amount, the senders,
// own and watch-only accounts) and whether closing the window keeps the app in the tray.
class NotificationSettingsTab : public QWidget
{
    Q_OBJECT

public:
    // `tokens`: the network's, to choose from (saving keeps only those checked among them).
    NotificationSettingsTab(const NotificationRules& rules, bool keepRunningInTray,
                            const std::vector<TokenBalance>& tokens, QWidget* parent = nullptr);

    // Why the form cannot be saved (an amount or an address that is none); empty if it can.
    QString problem() const;
    // The rules as edited (only meaningful without a problem()).
    NotificationRules rules() const;
    bool keepRunningInTray() const;
    void restoreDefaults();

private:
    void showRules(const NotificationRules& rules);
    void updateEnabled();

    QCheckBox* m_enabled;
    QListWidget* m_tokens;
    QLineEdit* m_minimum;
    QLineEdit* m_senders;
    QCheckBox* m_own;
    QCheckBox* m_watchOnly;
    QCheckBox* m_keepInTray;
};

} // namespace seismic::app
