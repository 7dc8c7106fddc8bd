// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NetworkDialog;
}

namespace seismic::app {

// Adds or edits a custom network: a name, a chain id and endpoint URLs, one per line, each
// http(s) or ws(s). Says precisely what is wrong while typing; OK stays disabled until the
// network is usable.
class NetworkDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: the names of the other networks, which this one may not reuse.
    explicit NetworkDialog(QStringList takenNames, QWidget* parent = nullptr);
    ~NetworkDialog() override;

    void setNetwork(const NetworkConfig& network);
    // The network as entered; usable once the dialog is accepted.
    NetworkConfig network() const;
    // What is wrong with the entry (translated), or an empty string.
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::NetworkDialog> m_ui;
    QStringList m_takenNames;
};

} // namespace seismic::app
