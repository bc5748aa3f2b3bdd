// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "appcontroller.h"
#include "autostart.h"
#include "config/configlocation.h"
#include "gateway.h"
#include "theme.h"
#include "ui_settingspage.h"

#include <QDesktopServices>
#include <QDir>
#include <QSettings>
#include <QUrl>

namespace Switchyard::Gui {

SettingsPage::SettingsPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->hostComboBox->addItem(QStringLiteral("127.0.0.1"));
    m_ui->hostComboBox->addItem(QStringLiteral("::1"));
    m_ui->hostComboBox->addItem(QStringLiteral("0.0.0.0"));
    m_ui->cacheTtlSpinBox->setSuffix(tr(" s"));
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
    m_ui->languageComboBox->addItem(tr("Follow the system"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->themeComboBox->addItem(tr("Follow the system"), Theme::key(Theme::Mode::System));
    m_ui->themeComboBox->addItem(tr("Light"), Theme::key(Theme::Mode::Light));
    m_ui->themeComboBox->addItem(tr("Dark"), Theme::key(Theme::Mode::Dark));
    m_ui->dataFolderValueLabel->setText(QDir::toNativeSeparators(Config::defaultDataDir()));
    connect(m_ui->applySettingsButton, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_ui->endpointToggleButton, &QPushButton::clicked, this, &SettingsPage::toggleEndpoint);
    connect(m_ui->openDataFolderButton, &QPushButton::clicked, this, [] {
        QDir().mkpath(Config::defaultDataDir());
        QDesktopServices::openUrl(QUrl::fromLocalFile(Config::defaultDataDir()));
    });
    connect(m_controller, &AppController::configChanged, this, &SettingsPage::load);
    connect(m_controller, &AppController::endpointStateChanged, this, &SettingsPage::showEndpointState);
    load();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    const Config::Config &c = m_controller->config();
    m_ui->hostComboBox->setCurrentText(c.server.host);
    m_ui->portSpinBox->setValue(c.server.port);
    m_ui->requireTokenCheckBox->setChecked(c.server.requireToken);
    m_ui->originsLineEdit->setText(c.server.allowedOrigins.join(QLatin1String(", ")));
    m_ui->storeUsageCheckBox->setChecked(c.usage.store);
    m_ui->retentionSpinBox->setValue(c.usage.retentionDays);
    m_ui->logBodiesCheckBox->setChecked(c.usage.logBodies);
    m_ui->cacheCheckBox->setChecked(c.cache.enabled);
    m_ui->cacheTtlSpinBox->setValue(c.cache.ttlSeconds);
    m_ui->startAtLoginCheckBox->setChecked(Autostart::isEnabled());
    const int language =
        m_ui->languageComboBox->findData(QSettings().value(QStringLiteral("ui/language")).toString());
    m_ui->languageComboBox->setCurrentIndex(qMax(0, language));
    m_ui->themeComboBox->setCurrentIndex(qMax(0, m_ui->themeComboBox->findData(Theme::key(Theme::saved()))));
    showEndpointState();
}

void SettingsPage::apply()
{
    // Everything is read off the form first: applying a part reloads the form from the config.
    Config::ServerSettings server = m_controller->config().server;
    server.host = m_ui->hostComboBox->currentText().trimmed();
    server.port = quint16(m_ui->portSpinBox->value());
    server.requireToken = m_ui->requireTokenCheckBox->isChecked();
    server.allowedOrigins.clear();
    for (const QString &origin : m_ui->originsLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        server.allowedOrigins.append(origin.trimmed());
    Config::Config next = m_controller->config();
    next.usage.store = m_ui->storeUsageCheckBox->isChecked();
    next.usage.retentionDays = m_ui->retentionSpinBox->value();
    next.usage.logBodies = m_ui->logBodiesCheckBox->isChecked();
    next.cache.enabled = m_ui->cacheCheckBox->isChecked();
    next.cache.ttlSeconds = m_ui->cacheTtlSpinBox->value();
    const bool startAtLogin = m_ui->startAtLoginCheckBox->isChecked();
    const QString language = m_ui->languageComboBox->currentData().toString();
    const QString theme = m_ui->themeComboBox->currentData().toString();

    // The address first: a port in use refuses the whole change, and nothing is half applied.
    QStringList errors;
    const bool restart = server != m_controller->config().server;
    if (restart && !m_controller->applyServerSettings(server, &errors)) {
        m_ui->settingsMessageLabel->setText(tr("Not applied: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    next.server = m_controller->config().server;
    if (!m_controller->apply(next, &errors)) {
        m_ui->settingsMessageLabel->setText(tr("Not applied: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    QString error;
    if (startAtLogin != Autostart::isEnabled() && !Autostart::setEnabled(startAtLogin, &error)) {
        m_ui->settingsMessageLabel->setText(error);
        return;
    }
    QSettings settings;
    const bool languageChanged = settings.value(QStringLiteral("ui/language")).toString() != language;
    settings.setValue(QStringLiteral("ui/language"), language);
    if (settings.value(QStringLiteral("ui/theme"), Theme::key(Theme::Mode::System)).toString() != theme) {
        settings.setValue(QStringLiteral("ui/theme"), theme);
        Theme::apply(Theme::fromKey(theme)); // at once: no restart needed
    }
    m_ui->settingsMessageLabel->setText(
        restart           ? tr("Saved. The endpoint is restarting with the new address.")
        : languageChanged ? tr("Saved. The new language applies from the next start of Switchyard.")
                          : tr("Saved."));
}

void SettingsPage::toggleEndpoint()
{
    // Disabled until the endpoint reports its new state (which can happen before the call returns).
    m_ui->endpointToggleButton->setEnabled(false);
    Gateway *gateway = m_controller->gateway();
    if (gateway && gateway->isRunning())
        m_controller->stopEndpoint();
    else
        m_controller->startEndpoint();
}

void SettingsPage::showEndpointState()
{
    Gateway *gateway = m_controller->gateway();
    const bool running = gateway && gateway->isRunning();
    m_ui->endpointToggleButton->setEnabled(gateway != nullptr);
    m_ui->endpointToggleButton->setText(running ? tr("&Stop") : tr("&Start"));
    if (running)
        m_ui->endpointStateValueLabel->setText(tr("Listening on %1").arg(m_controller->endpointRoot()));
    else if (!m_controller->endpointError().isEmpty())
        m_ui->endpointStateValueLabel->setText(tr("Not running: %1").arg(m_controller->endpointError()));
    else
        m_ui->endpointStateValueLabel->setText(tr("Stopped"));
}

} // namespace Switchyard::Gui
