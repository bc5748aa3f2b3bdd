// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QString>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Switchyard {
namespace Providers {
struct Preset;
}

namespace Gui {

class AppController;

// The first-run welcome flow (issue 7 §2): from nothing to a script calling Switchyard in two
// minutes, without docs or JSON. Pick a provider preset (its base URL editable), paste the key (it
// goes into the keychain; nothing enters the config until it is stored there), test it by listing
// the provider's models and pick one, then one apply() adds the provider, a fallback route named
// "default" (or the first free "default-N") to that model and an app token "first-app" (or
// "first-app-N"); the last page shows the token once and a copyable snippet per client.
//
// Local presets (Ollama, LM Studio…) skip the key page. Cancelling after the key was stored
// removes the keychain entry again, so an abandoned run leaves nothing behind.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId
    {
        WelcomePage,
        KeyPage,
        ModelPage,
        DonePage
    };

    FirstRunWizard(AppController *controller, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Whether to offer the flow at start: when nothing is set up yet that would let a script call
    // the endpoint, i.e. there is no app token AND no provider has a key the app can use (a keychain
    // entry, or an apiKeyEnv variable that is set in this environment). Local presets (Ollama…) do
    // not count while tokens are required — the built-in default config lists Ollama, and without a
    // token nothing can call the endpoint anyway; with tokens not required a local provider is
    // enough. Once the wizard (or the Apps page) has made a token, it is never offered again.
    [[nodiscard]] static bool isNeeded(const Config::Config &config);

    // The token's secret once created (empty before): for the caller and tests.
    [[nodiscard]] QString token() const { return m_token; }
    // The route the snippet asks for ("default", or "default-2"… when that name was taken).
    [[nodiscard]] QString routeName() const { return m_routeName; }

    [[nodiscard]] int nextId() const override;
    bool validateCurrentPage() override;
    void reject() override;

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    void buildWelcomePage();
    void buildKeyPage();
    void buildModelPage();
    void buildDonePage();
    [[nodiscard]] const Providers::Preset *preset() const;
    [[nodiscard]] Config::Provider provider() const;
    void presetChosen();
    void storeKey();
    void startTest();
    void abortTest();
    void testFinished(QNetworkReply *reply);
    bool commit();
    void updateSnippet();
    void setBusy(bool busy);

    AppController *m_controller;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    bool m_busy = false;
    QString m_providerId;   // a free id from the preset's ("openai", "openai-2"…)
    QString m_storedName;   // the keychain entry written by this wizard, if any
    QByteArray m_storedKey; // what was written there (to skip a rewrite when going back and forth)
    bool m_committed = false;
    QString m_routeName;
    QString m_token;

    QListWidget *m_presetList = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_presetHint = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyHint = nullptr;
    QProgressBar *m_keyProgress = nullptr;
    QLabel *m_keyMessage = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QLabel *m_testMessage = nullptr;
    QPushButton *m_retryTest = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_doneMessage = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QComboBox *m_client = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QLabel *m_snippetNote = nullptr;
};

} // namespace Gui
} // namespace Switchyard
