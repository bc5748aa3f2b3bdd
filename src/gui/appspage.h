// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AppsPage;
}

namespace Switchyard::Gui {

class AppController;

// Apps: one access token per client app. Create (the secret is shown once, with a copy button and
// the setup for the chosen client), revoke, see each app's routes, limits, state and spend, and change
// which routes it may use, its rate limit and its budgets.
class AppsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppsPage)

public:
    explicit AppsPage(AppController *controller, QWidget *parent = nullptr);
    ~AppsPage() override;

private:
    void refresh();
    void createApp();
    void revokeSelected();
    void updateSnippet();
    void updateButtons();
    void loadLimits(); // the selected app's routes, rate and budget into the limits form
    void saveLimits();
    [[nodiscard]] int selectedToken() const; // index in the config's tokens, -1 when none
    void refreshSpend();                     // each app's spend this month (from the gateway's counters)

    std::unique_ptr<Ui::AppsPage> m_ui;
    AppController *m_controller;
    QString m_secret; // the token just created (shown once; forgotten when the page is left)
};

} // namespace Switchyard::Gui
