// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Switchyard {
class Gateway;
namespace Secrets {
class KeyStore;
}
namespace Config {
class ConfigHistory;
}

namespace Gui {

// What the pages share: the config being served, and the one way to change it. An edit is
// validated (the same loader as a file), saved atomically to the config file, and applied to the
// running gateway — new requests see it at once, requests in flight finish on the old one. Pages
// never write the file or touch the gateway's config themselves.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // `configPath`: where edits are saved (the file the config came from, or the user's config path
    // when it came from the built-in default). Empty: edits are applied but not saved (tests).
    AppController(Gateway *gateway, Secrets::KeyStore *keys, QString configPath, QObject *parent = nullptr);

    [[nodiscard]] const Config::Config &config() const { return m_config; }
    // The config the app started with (no save, no signal).
    void setInitialConfig(const Config::Config &config) { m_config = config; }
    // Validates, saves and applies `next`. False: nothing changed, *errors says why.
    bool apply(const Config::Config &next, QStringList *errors);

    // Where applied configs are kept as versions (the Routes page restores them); none: not kept.
    // After each successful apply the new config becomes the newest version; the first one also
    // records the config it replaced, so the state before any edit can be restored.
    void setHistory(Config::ConfigHistory *history) { m_history = history; }
    [[nodiscard]] Config::ConfigHistory *history() const { return m_history; }

    [[nodiscard]] Gateway *gateway() const { return m_gateway; }
    [[nodiscard]] Secrets::KeyStore *keyStore() const { return m_keys; }
    [[nodiscard]] QString configPath() const { return m_configPath; }
    // The endpoint's root as clients write it ("http://127.0.0.1:4141"), from the running server or
    // the config.
    [[nodiscard]] QString endpointRoot() const;

    // The endpoint on demand (the tray's pause/resume, Settings). Asynchronous: stopping lets requests
    // in flight finish first; endpointStateChanged() reports the outcome, endpointError() why it is
    // not running when it should be.
    void startEndpoint();
    void stopEndpoint();
    // New server settings (address, port, tokens, origins): refused with the reason while nothing
    // changes if the new address cannot be bound (a port in use); else saved, and the endpoint
    // restarted on them.
    bool applyServerSettings(const Config::ServerSettings &server, QStringList *errors);
    [[nodiscard]] QString endpointError() const { return m_endpointError; }
    // The app started (or failed to start) the endpoint itself, at launch: tell the pages.
    void endpointStarted(const QString &error)
    {
        m_endpointError = error;
        Q_EMIT endpointStateChanged();
    }

Q_SIGNALS:
    void configChanged();
    void endpointStateChanged();

private:
    Gateway *m_gateway;
    Secrets::KeyStore *m_keys;
    QString m_configPath;
    Config::Config m_config;
    QString m_endpointError;
    bool m_restartPending = false;
    Config::ConfigHistory *m_history = nullptr;
};

} // namespace Gui
} // namespace Switchyard
