// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "config/configloader.h"
#include "gateway.h"

#include <QDir>
#include <QFileInfo>

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
    m_config = *checked;
    if (m_gateway && m_gateway->isRunning())
        m_gateway->applyConfig(m_config);
    Q_EMIT configChanged();
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
