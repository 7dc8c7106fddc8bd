// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ViewingKeyPage;
}

namespace seismic::app {

class ViewingKeyService;

// Whether the account has a viewing key in the Directory (and its hash, never the key), and a
// button that generates a new one and registers it. Registering asks first when a key is
// already registered: events encrypted under the old key stay readable only with the old key.
class ViewingKeyPage : public QWidget
{
    Q_OBJECT

public:
    explicit ViewingKeyPage(ViewingKeyService& viewingKey, QWidget* parent = nullptr);
    ~ViewingKeyPage() override;

    // Generates and registers a key without asking (the button asks first when one exists).
    void registerKey();

Q_SIGNALS:
    // A transient message for the status bar.
    void message(const QString& text);

private:
    void confirmRegister();
    void showState();

    std::unique_ptr<Ui::ViewingKeyPage> m_ui;
    ViewingKeyService& m_viewingKey;
};

} // namespace seismic::app
