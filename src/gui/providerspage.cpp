// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerspage.h"

#include "appcontroller.h"
#include "config/configloader.h"
#include "gateway.h"
#include "priceeditor.h"
#include "providerprobe.h"
#include "providers/presets.h"
#include "routing/targethealth.h"
#include "secrets/keyring.h"
#include "secrets/keystore.h"
#include "ui_providerspage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace Switchyard::Gui {

namespace {

QString hintKey(const QString &keyRef)
{
    return QStringLiteral("providers/keyHints/") + keyRef;
}

// "…abcd": enough to tell two keys apart, never enough to use one.
QString maskedHint(const QByteArray &key)
{
    return key.size() >= 12 ? QStringLiteral("…") + QString::fromLatin1(key.right(4)) : QString();
}

} // namespace

ProvidersPage::ProvidersPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProvidersPage>()), m_controller(controller),
      m_network(new QNetworkAccessManager(this))
{
    m_ui->setupUi(this);
    // Prices sit with the providers: a model they serve that the catalog does not know needs one here.
    m_ui->providersLayout->addWidget(new PriceEditor(controller, this));
    m_ui->providersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->busyProgressBar->hide();
    m_ui->modelsListWidget->hide();
    for (const Providers::Preset &p : Providers::presets())
        m_ui->presetComboBox->addItem(p.displayName, p.id);
    connect(m_ui->presetComboBox, &QComboBox::currentIndexChanged, this, &ProvidersPage::presetChosen);
    connect(m_ui->addProviderButton, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_ui->removeProviderButton, &QPushButton::clicked, this, &ProvidersPage::removeSelected);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProvidersPage::testSelected);
    connect(m_ui->providersTableWidget, &QTableWidget::itemSelectionChanged, this,
            &ProvidersPage::updateButtons);
    connect(m_ui->providerIdLineEdit, &QLineEdit::textChanged, this, &ProvidersPage::updateButtons);
    connect(m_controller, &AppController::configChanged, this, &ProvidersPage::refresh);
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &ProvidersPage::refreshHealth);
    timer->start();
    presetChosen();
    refresh();
}

ProvidersPage::~ProvidersPage() = default;

void ProvidersPage::refresh()
{
    const Config::Config &config = m_controller->config();
    QTableWidget *table = m_ui->providersTableWidget;
    const QString selected = selectedProvider();
    const QSettings settings;
    table->setRowCount(int(config.providers.size()));
    for (int row = 0; row < config.providers.size(); ++row) {
        const Config::Provider &p = config.providers[row];
        const Providers::Preset *preset = Providers::findPreset(p.preset);
        QString key;
        if (!p.keyRef.isEmpty()) {
            const QString hint = settings.value(hintKey(p.keyRef)).toString();
            key = hint.isEmpty() ? tr("In the keychain") : tr("In the keychain (%1)").arg(hint);
        } else if (!p.apiKeyEnv.isEmpty()) {
            key = tr("From $%1").arg(p.apiKeyEnv);
        } else {
            key = preset && preset->local ? tr("Not needed") : tr("None");
        }
        const QStringList cells{p.id, preset ? preset->displayName : p.kind, p.baseUrl.toString(), key,
                                QString()};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (p.id == selected)
            table->selectRow(row);
    }
    refreshHealth();
    updateButtons();
}

void ProvidersPage::refreshHealth()
{
    Gateway *gateway = m_controller->gateway();
    if (!gateway)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QHash<QString, Routing::TargetStats> all = gateway->health().all(now);
    QTableWidget *table = m_ui->providersTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString prefix = table->item(row, 0)->text() + QLatin1Char('/');
        qint64 coolingUntil = 0;
        int samples = 0;
        double latency = 0;
        double errors = 0;
        int models = 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            ++models;
            coolingUntil = qMax(coolingUntil, it->cooldownUntilMs);
            errors = qMax(errors, it->errorRate);
            if (it->samples > 0) {
                latency = samples == 0 ? it->totalMs : qMin(latency, it->totalMs);
                samples += it->samples;
            }
        }
        QString text;
        if (coolingUntil > now)
            text = tr("Cooling down (%1 s)").arg((coolingUntil - now + 999) / 1000);
        else if (models == 0)
            text = tr("No requests yet");
        else if (samples == 0)
            text = tr("Failing (%1% errors)").arg(qRound(errors * 100));
        else
            text = tr("OK · %1 ms · %2% errors").arg(qRound64(latency)).arg(qRound(errors * 100));
        if (table->item(row, 4)->text() != text)
            table->item(row, 4)->setText(text);
    }
}

void ProvidersPage::presetChosen()
{
    const Providers::Preset *preset = Providers::findPreset(m_ui->presetComboBox->currentData().toString());
    if (!preset)
        return;
    m_ui->providerBaseUrlLineEdit->setText(preset->baseUrl);
    m_ui->providerBaseUrlLineEdit->setPlaceholderText(!preset->baseUrl.isEmpty() ? QString()
                                                      : preset->kind == QLatin1String("azure")
                                                          ? tr("https://<your resource>.openai.azure.com")
                                                          : tr("https://<the service>/v1"));
    // A free name: the preset's id, then id-2, id-3…
    QString id = preset->id;
    for (int n = 2; m_controller->config().provider(id); ++n)
        id = preset->id + QLatin1Char('-') + QString::number(n);
    m_ui->providerIdLineEdit->setText(id);
    m_ui->apiKeyLineEdit->setEnabled(!preset->local);
    m_ui->apiKeyLineEdit->setPlaceholderText(preset->local ? tr("Not needed for a local server")
                                             : preset->docsUrl.isEmpty()
                                                 ? tr("Its API key, if it needs one")
                                                 : tr("Paste the key from %1").arg(preset->docsUrl));
}

void ProvidersPage::addProvider()
{
    const Providers::Preset *preset = Providers::findPreset(m_ui->presetComboBox->currentData().toString());
    const QString id = m_ui->providerIdLineEdit->text().trimmed();
    const QByteArray key = m_ui->apiKeyLineEdit->text().trimmed().toUtf8();
    if (!preset || id.isEmpty())
        return;
    Config::Config next = m_controller->config();
    if (next.provider(id)) {
        m_ui->providersMessageLabel->setText(
            tr("There is already a provider named '%1'; choose another name.").arg(id));
        return;
    }
    Config::Provider provider;
    provider.id = id;
    provider.kind = preset->kind;
    provider.preset = preset->id;
    provider.baseUrl = QUrl(m_ui->providerBaseUrlLineEdit->text().trimmed());
    if (!key.isEmpty())
        provider.keyRef = id;
    next.providers.append(provider);
    // Check the config before the key goes anywhere: a bad URL or name must not leave a stray key.
    QStringList errors;
    Config::Config probe = next;
    auto finish = [this, next, id, key](bool keyStored, const QString &keyError) {
        setBusy(false);
        if (!keyStored) {
            m_ui->providersMessageLabel->setText(
                tr("The key could not be stored in the system keychain, so nothing was added: %1")
                    .arg(keyError));
            return;
        }
        QStringList problems;
        if (!m_controller->apply(next, &problems)) {
            m_ui->providersMessageLabel->setText(
                tr("Could not add '%1': %2").arg(id, problems.join(QLatin1Char('\n'))));
            return;
        }
        if (!key.isEmpty()) {
            if (Gateway *gateway = m_controller->gateway())
                gateway->keys().setKey(id, key); // used from the next request on
            QSettings().setValue(hintKey(id), maskedHint(key));
        }
        m_ui->apiKeyLineEdit->clear();
        m_ui->providersMessageLabel->setText(
            tr("Added '%1'. Use “Test connection” to check the key and see its models.").arg(id));
        presetChosen();
        refresh();
    };
    if (!Config::ConfigLoader::fromObject(Config::ConfigLoader::toJson(probe), &errors)) {
        m_ui->providersMessageLabel->setText(
            tr("Could not add '%1': %2").arg(id, errors.join(QLatin1Char('\n'))));
        return;
    }
    if (key.isEmpty()) {
        finish(true, {});
        return;
    }
    setBusy(true);
    m_ui->providersMessageLabel->setText(tr("Storing the key in the system keychain…"));
    QPointer<ProvidersPage> self(this);
    m_controller->keyStore()->write(id, key, [self, finish](const Secrets::KeyStore::Result &result) {
        if (self)
            finish(result.ok(), result.message);
    });
}

void ProvidersPage::removeSelected()
{
    const QString id = selectedProvider();
    if (id.isEmpty())
        return;
    Config::Config next = m_controller->config();
    QStringList usedBy;
    for (const Config::Route &r : next.routes) {
        for (const Config::RouteTarget &t : r.targets) {
            if (t.provider == id && !usedBy.contains(r.name))
                usedBy.append(r.name);
        }
    }
    if (!usedBy.isEmpty()) {
        m_ui->providersMessageLabel->setText(tr("'%1' is used by the route(s) %2: change them first.")
                                                 .arg(id, usedBy.join(QLatin1String(", "))));
        return;
    }
    if (QMessageBox::question(
            this, tr("Remove '%1'?").arg(id), tr("The provider and its key in the keychain will be removed."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString keyRef = next.provider(id)->keyRef;
    next.providers.removeIf([&](const Config::Provider &p) { return p.id == id; });
    QStringList errors;
    if (!m_controller->apply(next, &errors)) {
        m_ui->providersMessageLabel->setText(
            tr("Could not remove '%1': %2").arg(id, errors.join(QLatin1Char('\n'))));
        return;
    }
    if (Gateway *gateway = m_controller->gateway())
        gateway->keys().removeKey(id);
    if (!keyRef.isEmpty()) {
        QSettings().remove(hintKey(keyRef));
        m_controller->keyStore()->remove(keyRef, [](const Secrets::KeyStore::Result &) {});
    }
    m_ui->providersMessageLabel->setText(tr("Removed '%1'.").arg(id));
}

void ProvidersPage::testSelected()
{
    const QString id = selectedProvider();
    const Config::Provider *p = m_controller->config().provider(id);
    if (!p)
        return;
    QByteArray key;
    if (Gateway *gateway = m_controller->gateway())
        (void)gateway->keys().key(*p, &key);
    const QNetworkRequest request = ProviderProbe::modelsRequest(*p, key);
    setBusy(true);
    m_ui->modelsListWidget->clear();
    m_ui->modelsListWidget->hide();
    m_ui->providersMessageLabel->setText(tr("Asking %1 for its models…").arg(id));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, key] { testFinished(reply, id, key); });
}

void ProvidersPage::testFinished(QNetworkReply *reply, const QString &providerId, const QByteArray &key)
{
    reply->deleteLater();
    setBusy(false);
    const ProviderProbe::Models models = ProviderProbe::readModels(reply, providerId, key);
    if (!models.ok) {
        m_ui->providersMessageLabel->setText(models.error);
        return;
    }
    m_ui->modelsListWidget->addItems(models.ids);
    m_ui->modelsListWidget->setVisible(!models.ids.isEmpty());
    m_ui->providersMessageLabel->setText(
        tr("%1 answered: %n model(s) available.", nullptr, int(models.ids.size())).arg(providerId));
}

void ProvidersPage::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->addProviderButton->setEnabled(!busy);
    m_ui->testConnectionButton->setEnabled(!busy && !selectedProvider().isEmpty());
}

void ProvidersPage::updateButtons()
{
    const bool selected = !selectedProvider().isEmpty();
    const bool busy = m_ui->busyProgressBar->isVisible();
    m_ui->testConnectionButton->setEnabled(selected && !busy);
    m_ui->removeProviderButton->setEnabled(selected);
    m_ui->addProviderButton->setEnabled(!busy && !m_ui->providerIdLineEdit->text().trimmed().isEmpty());
}

QString ProvidersPage::selectedProvider() const
{
    const QTableWidget *table = m_ui->providersTableWidget;
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? QString() : table->item(items.first()->row(), 0)->text();
}

} // namespace Switchyard::Gui
