// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ui {
class ProvidersPage;
}

namespace Switchyard::Gui {

class AppController;

// Providers & Keys: add a provider from a preset (its key goes into the keychain and is never shown
// again, only a masked hint), test the connection (lists the provider's models, with a progress
// indicator and a clear error), remove one no route uses, and see each provider's live health.
class ProvidersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    explicit ProvidersPage(AppController *controller, QWidget *parent = nullptr);
    ~ProvidersPage() override;

private:
    void refresh();
    void refreshHealth();
    void presetChosen();
    void addProvider();
    void removeSelected();
    void testSelected();
    void testFinished(QNetworkReply *reply, const QString &providerId, const QByteArray &key);
    void setBusy(bool busy);
    void updateButtons();
    [[nodiscard]] QString selectedProvider() const;

    std::unique_ptr<Ui::ProvidersPage> m_ui;
    AppController *m_controller;
    QNetworkAccessManager *m_network;
};

} // namespace Switchyard::Gui
