// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace Switchyard::Gui {

class AppController;

// Settings: the endpoint (stop/start, address and port with a clear refusal when the port is taken,
// tokens, allowed origins), usage recording and retention, the response cache, the data folder,
// start at login and the language.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(AppController *controller, QWidget *parent = nullptr);
    ~SettingsPage() override;

private:
    void load();
    void apply();
    void toggleEndpoint();
    void showEndpointState();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    AppController *m_controller;
};

} // namespace Switchyard::Gui
