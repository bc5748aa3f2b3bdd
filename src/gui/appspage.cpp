// SPDX-License-Identifier: GPL-3.0-or-later
#include "appspage.h"

#include "appcontroller.h"
#include "charts/charttable.h"
#include "clientsetup.h"
#include "config/accesstokens.h"
#include "gateway.h"
#include "ui_appspage.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QTimer>

namespace Switchyard::Gui {

namespace {
const QString kTokenPlaceholder = QStringLiteral("<your app token>");
}

AppsPage::AppsPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AppsPage>()), m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->appsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->secretGroupBox->hide();
    for (const ClientSetup &c : clientSetups({}, {}, {}))
        m_ui->clientComboBox->addItem(c.name, c.id);
    connect(m_ui->createAppButton, &QPushButton::clicked, this, &AppsPage::createApp);
    connect(m_ui->newAppNameLineEdit, &QLineEdit::returnPressed, this, &AppsPage::createApp);
    connect(m_ui->revokeAppButton, &QPushButton::clicked, this, &AppsPage::revokeSelected);
    connect(m_ui->appsTableWidget, &QTableWidget::itemSelectionChanged, this, &AppsPage::updateButtons);
    connect(m_ui->appsTableWidget, &QTableWidget::itemSelectionChanged, this, &AppsPage::loadLimits);
    connect(m_ui->appsSaveLimitsButton, &QPushButton::clicked, this, &AppsPage::saveLimits);
    connect(m_ui->newAppNameLineEdit, &QLineEdit::textChanged, this, &AppsPage::updateButtons);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->secretLineEdit->text()); });
    connect(m_ui->copySnippetButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->snippetPlainTextEdit->toPlainText()); });
    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this, &AppsPage::updateSnippet);
    connect(m_ui->modelComboBox, &QComboBox::currentTextChanged, this, &AppsPage::updateSnippet);
    connect(m_controller, &AppController::configChanged, this, &AppsPage::refresh);
    auto *spendTimer = new QTimer(this); // spend moves with traffic, not with the config
    spendTimer->setInterval(5000);
    connect(spendTimer, &QTimer::timeout, this, &AppsPage::refreshSpend);
    spendTimer->start();
    connect(m_controller, &AppController::endpointStateChanged, this, &AppsPage::updateSnippet);
    refresh();
}

AppsPage::~AppsPage() = default;

void AppsPage::refresh()
{
    const Config::Config &config = m_controller->config();
    QTableWidget *table = m_ui->appsTableWidget;
    const QString selected = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
                                 ? table->item(table->currentRow(), 0)->text()
                                 : QString();
    table->setRowCount(int(config.tokens.size()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int row = 0; row < config.tokens.size(); ++row) {
        const Config::AccessToken &t = config.tokens[row];
        QStringList limits;
        if (t.requestsPerMinute > 0)
            limits << tr("%n request(s)/min", nullptr, t.requestsPerMinute);
        if (t.budget.dailyMicros > 0)
            limits << tr("$%1/day").arg(double(t.budget.dailyMicros) / 1e6, 0, 'f', 2);
        if (t.budget.monthlyMicros > 0)
            limits << tr("$%1/month").arg(double(t.budget.monthlyMicros) / 1e6, 0, 'f', 2);
        const QString status =
            !t.enabled         ? tr("Revoked")
            : t.isExpired(now) ? tr("Expired")
            : t.expires.isValid()
                ? tr("Active until %1").arg(QLocale().toString(t.expires.date(), QLocale::ShortFormat))
                : tr("Active");
        const QStringList cells{t.name, t.routes.isEmpty() ? tr("All") : t.routes.join(QLatin1String(", ")),
                                limits.isEmpty() ? tr("None") : limits.join(QLatin1String(", ")), status,
                                QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            table->setItem(row, column, item);
        }
        if (t.name == selected)
            table->selectRow(row);
    }
    // The model list: the routes first (what apps should ask for), then direct provider/model pairs.
    const QString model = m_ui->modelComboBox->currentText();
    m_ui->modelComboBox->blockSignals(true);
    m_ui->modelComboBox->clear();
    for (const Config::Route &r : config.routes)
        m_ui->modelComboBox->addItem(r.name);
    for (const Config::Route &r : config.routes) {
        for (const Config::RouteTarget &t : r.targets) {
            const QString direct = t.provider + QLatin1Char('/') + t.model;
            if (!t.provider.isEmpty() && m_ui->modelComboBox->findText(direct) < 0)
                m_ui->modelComboBox->addItem(direct);
        }
    }
    if (!model.isEmpty())
        m_ui->modelComboBox->setCurrentText(model);
    m_ui->modelComboBox->blockSignals(false);
    refreshSpend();
    updateSnippet();
    updateButtons();
    loadLimits();
}

int AppsPage::selectedToken() const
{
    const QTableWidget *table = m_ui->appsTableWidget;
    const int row = table->selectionModel()->hasSelection() ? table->currentRow() : -1;
    return row >= 0 && row < m_controller->config().tokens.size() ? row : -1;
}

void AppsPage::loadLimits()
{
    const int index = selectedToken();
    m_ui->appsLimitsGroupBox->setEnabled(index >= 0 && m_controller->config().tokens[index].enabled);
    m_ui->appsRoutesListWidget->clear();
    const Config::Config &config = m_controller->config();
    const Config::AccessToken *token = index >= 0 ? &config.tokens[index] : nullptr;
    QStringList names;
    for (const Config::Route &r : config.routes)
        names.append(r.name);
    // A limit naming something that is not a route (a provider/model pair) stays listed, so saving keeps it.
    if (token) {
        for (const QString &allowed : token->routes) {
            if (!names.contains(allowed))
                names.append(allowed);
        }
    }
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_ui->appsRoutesListWidget);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(token && token->routes.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->appsRateSpinBox->setValue(token ? token->requestsPerMinute : 0);
    m_ui->appsDailyBudgetSpinBox->setValue(token ? double(token->budget.dailyMicros) / 1e6 : 0);
    m_ui->appsMonthlyBudgetSpinBox->setValue(token ? double(token->budget.monthlyMicros) / 1e6 : 0);
    m_ui->appsWarnSpinBox->setValue(token ? token->budget.warnAtPercent : 80);
    m_ui->appsLimitsGroupBox->setTitle(token ? tr("Limits of '%1'").arg(token->name)
                                             : tr("Limits of the selected app"));
}

void AppsPage::saveLimits()
{
    const int index = selectedToken();
    if (index < 0)
        return;
    Config::Config next = m_controller->config();
    Config::AccessToken &token = next.tokens[index];
    token.routes.clear();
    for (int i = 0; i < m_ui->appsRoutesListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->appsRoutesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            token.routes.append(item->text());
    }
    token.requestsPerMinute = m_ui->appsRateSpinBox->value();
    token.budget.dailyMicros = qRound64(m_ui->appsDailyBudgetSpinBox->value() * 1e6);
    token.budget.monthlyMicros = qRound64(m_ui->appsMonthlyBudgetSpinBox->value() * 1e6);
    token.budget.warnAtPercent = m_ui->appsWarnSpinBox->value();
    const QString name = token.name;
    QStringList errors;
    if (!m_controller->apply(next, &errors)) {
        m_ui->appsMessageLabel->setText(
            tr("Could not save the limits of '%1': %2").arg(name, errors.join(QLatin1Char('\n'))));
        return;
    }
    m_ui->appsMessageLabel->setText(
        tr("Saved the limits of '%1'; they apply to its next request.").arg(name));
}

void AppsPage::refreshSpend()
{
    Gateway *gateway = m_controller->gateway();
    QTableWidget *table = m_ui->appsTableWidget;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *name = table->item(row, 0);
        QTableWidgetItem *spent = table->item(row, 4);
        if (!name || !spent)
            continue;
        const qint64 micros = gateway ? gateway->spend(name->text(), now).monthMicros : 0;
        const QString text = ChartTable::usdShort(micros); // exact below a cent: small spend is not $0.00
        if (spent->text() != text)
            spent->setText(text);
    }
}

void AppsPage::createApp()
{
    const QString name = m_ui->newAppNameLineEdit->text().trimmed();
    if (name.isEmpty())
        return;
    Config::Config next = m_controller->config();
    QString error;
    const std::optional<QByteArray> secret = Config::AccessTokens::create(next, name, {}, &error);
    QStringList errors;
    if (!secret || !m_controller->apply(next, &errors)) {
        m_ui->appsMessageLabel->setText(
            tr("Could not create the app: %1").arg(secret ? errors.join(QLatin1Char('\n')) : error));
        return;
    }
    m_secret = QString::fromLatin1(*secret);
    m_ui->secretLineEdit->setText(m_secret);
    m_ui->secretGroupBox->show();
    m_ui->newAppNameLineEdit->clear();
    m_ui->appsMessageLabel->setText(
        tr("Created the app '%1'. Copy its token now: Switchyard keeps only a hash of "
           "it and cannot show it again.")
            .arg(name));
    updateSnippet();
}

void AppsPage::revokeSelected()
{
    QTableWidget *table = m_ui->appsTableWidget;
    if (table->currentRow() < 0 || !table->item(table->currentRow(), 0))
        return;
    const QString name = table->item(table->currentRow(), 0)->text();
    const auto answer = QMessageBox::question(
        this, tr("Revoke the app '%1'?").arg(name),
        tr("Requests with its token will be refused from now on. This cannot be undone; the app will need "
           "a new token."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Config::Config next = m_controller->config();
    QString error;
    QStringList errors;
    if (!Config::AccessTokens::revoke(next, name, &error) || !m_controller->apply(next, &errors)) {
        m_ui->appsMessageLabel->setText(
            tr("Could not revoke '%1': %2")
                .arg(name, error.isEmpty() ? errors.join(QLatin1Char('\n')) : error));
        return;
    }
    m_ui->appsMessageLabel->setText(tr("Revoked the app '%1'.").arg(name));
}

void AppsPage::updateSnippet()
{
    const QString id = m_ui->clientComboBox->currentData().toString();
    const QString model = m_ui->modelComboBox->currentText().isEmpty() ? QStringLiteral("default")
                                                                       : m_ui->modelComboBox->currentText();
    for (const ClientSetup &c : clientSetups(m_controller->endpointRoot(),
                                             m_secret.isEmpty() ? kTokenPlaceholder : m_secret, model)) {
        if (c.id != id)
            continue;
        m_ui->snippetPlainTextEdit->setPlainText(c.snippet);
        m_ui->snippetNoteLabel->setText(c.note);
    }
}

void AppsPage::updateButtons()
{
    QTableWidget *table = m_ui->appsTableWidget;
    bool revocable = false;
    if (table->currentRow() >= 0 && table->currentRow() < m_controller->config().tokens.size())
        revocable = m_controller->config().tokens[table->currentRow()].enabled;
    m_ui->revokeAppButton->setEnabled(revocable);
    m_ui->createAppButton->setEnabled(!m_ui->newAppNameLineEdit->text().trimmed().isEmpty());
}

} // namespace Switchyard::Gui
