// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "config/confighistory.h"
#include "config/configloader.h"
#include "gateway.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>

namespace Switchyard::Gui {

AppController::AppController(Gateway *gateway, Secrets::KeyStore *keys, QString configPath, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_keys(keys), m_configPath(std::move(configPath))
{
}

bool AppController::apply(const Config::Config &next, QStringList *errors)
{
    // Through JSON and back: exactly what loading the saved file would accept.
    QStringList problems;
    const std::optional<Config::Config> checked =
        Config::ConfigLoader::fromObject(Config::ConfigLoader::toJson(next), &problems);
    if (!checked) {
        if (errors)
            *errors = problems;
        return false;
    }
    if (!m_configPath.isEmpty()) {
        QString error;
        if (!QDir().mkpath(QFileInfo(m_configPath).absolutePath()) ||
            !Config::ConfigLoader::save(*checked, m_configPath, &error)) {
            if (errors)
                *errors = {tr("Could not save %1: %2").arg(m_configPath, error)};
            return false;
        }
    }
    const Config::Config previous = std::exchange(m_config, *checked);
    if (m_gateway && m_gateway->isRunning())
        m_gateway->applyConfig(m_config);
    if (m_history) {
        // Only after the config is saved and serving. A version that cannot be written costs the
        // undo of this edit, not the edit: logged, and the apply stands.
        QString error;
        if ((m_history->isEmpty() && !m_history->save(previous, &error)) ||
            !m_history->save(m_config, &error))
            qWarning("Could not keep a version of the config in %s: %s", qPrintable(m_history->folder()),
                     qPrintable(error));
    }
    Q_EMIT configChanged();
    return true;
}

void AppController::startEndpoint()
{
    if (!m_gateway || m_gateway->isRunning())
        return;
    QString error;
    m_endpointError = m_gateway->start(m_config, &error) ? QString() : error;
    Q_EMIT endpointStateChanged();
}

void AppController::stopEndpoint()
{
    if (!m_gateway || !m_gateway->isRunning())
        return;
    connect(
        m_gateway, &Gateway::stopped, this,
        [this] {
            if (std::exchange(m_restartPending, false)) {
                startEndpoint();
                return;
            }
            Q_EMIT endpointStateChanged();
        },
        Qt::SingleShotConnection);
    m_gateway->shutdown(m_config.server.shutdownTimeoutMs);
}

bool AppController::applyServerSettings(const Config::ServerSettings &server, QStringList *errors)
{
    Config::Config next = m_config;
    next.server = server;
    const bool running = m_gateway && m_gateway->isRunning();
    const bool moved = server.host != m_config.server.host || server.port != m_config.server.port;
    if (running && moved && server.port != 0) {
        // Bind the new address once before touching the running endpoint: a port in use is refused
        // while the endpoint keeps serving where it is.
        const QHostAddress address = server.host == QLatin1String("localhost")
                                         ? QHostAddress(QHostAddress::LocalHost)
                                         : QHostAddress(server.host);
        QTcpServer probe;
        if (address.isNull() || !probe.listen(address, server.port)) {
            if (errors)
                *errors = {address.isNull()
                               ? tr("'%1' is not an IP address.").arg(server.host)
                               : tr("Port %1 on %2 is in use by another program (%3); choose another "
                                    "port. The endpoint keeps running on %4.")
                                     .arg(server.port)
                                     .arg(server.host, probe.errorString(), endpointRoot())};
            return false;
        }
    }
    const Config::ServerSettings before = m_config.server;
    if (!apply(next, errors))
        return false;
    if (running && m_config.server != before) {
        m_restartPending = true;
        stopEndpoint();
    }
    return true;
}

QString AppController::endpointRoot() const
{
    if (m_gateway && m_gateway->isRunning())
        return m_gateway->baseUrl().chopped(3); // without "/v1"
    const QString host = m_config.server.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + m_config.server.host + QLatin1Char(']')
                             : m_config.server.host;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_config.server.port);
}

} // namespace Switchyard::Gui
