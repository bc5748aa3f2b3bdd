// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "appcontroller.h"
#include "charts/budgetpanel.h"
#include "charts/charttable.h"
#include "charts/usagecharts.h"
#include "charts/usagequeryrunner.h"
#include "charts/usagetables.h"
#include "gateway.h"
#include "http/httpserver.h"
#include "topmodelsmodel.h"
#include "ui_overviewpage.h"
#include "usage/spendtracker.h"
#include "usage/usagewriter.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTimer>

namespace Switchyard::Gui {

OverviewPage::OverviewPage(Gateway *gateway, AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_gateway(gateway),
      m_controller(controller), m_runner(new UsageQueryRunner(this)),
      m_charts(new UsageCharts(m_runner, this)), m_topModels(new TopModelsModel(this)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_ui->setupUi(this);
    retranslateStatus();
    m_ui->overviewChartsLayout->addWidget(m_charts);
    m_ui->overviewTopModelsTableView->setModel(m_topModels);
    m_ui->overviewTopModelsTableView->horizontalHeader()->setSectionResizeMode(TopModelsModel::ModelColumn,
                                                                               QHeaderView::Stretch);
    m_ui->overviewTopModelsTableView->horizontalHeader()->setSectionResizeMode(TopModelsModel::RequestsColumn,
                                                                               QHeaderView::ResizeToContents);
    m_ui->overviewTopModelsTableView->horizontalHeader()->setSectionResizeMode(TopModelsModel::SpendColumn,
                                                                               QHeaderView::ResizeToContents);
    m_ui->overviewTopModelsTableView->setWordWrap(false);
    m_ui->overviewTopModelsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->overviewTopModelsComboBox->addItem(tr("Requests"), int(TopModelsModel::Rank::Requests));
    m_ui->overviewTopModelsComboBox->addItem(tr("Spend"), int(TopModelsModel::Rank::Spend));
    m_ui->overviewMonthBudgetLabel->hide();
    m_ui->overviewMonthBudgetProgressBar->hide();

    connect(m_ui->copyButton, &QPushButton::clicked, this, &OverviewPage::copyBaseUrl);
    connect(m_ui->overviewTopModelsComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_topModels->setRank(TopModelsModel::Rank(m_ui->overviewTopModelsComboBox->currentData().toInt()));
    });
    // A top model opens its requests of this month in Logs.
    connect(m_ui->overviewTopModelsTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                if (!index.isValid())
                    return;
                Usage::RowFilter filter = UsageTables::groupFilter(Usage::UsageQuery::GroupBy::Model,
                                                                   m_topModels->entry(index.row()).group);
                filter.fromMs = Usage::SpendTracker::monthStartMs(m_clock());
                Q_EMIT logsRequested(filter);
            });
    connect(m_charts, &UsageCharts::logsRequested, this, &OverviewPage::logsRequested);
    connect(m_charts, &UsageCharts::loaded, this, &OverviewPage::checkRefreshed);
    if (m_controller)
        connect(m_controller, &AppController::configChanged, this, &OverviewPage::refreshTiles);

    auto *timer = new QTimer(this);
    timer->setInterval(kStatusIntervalMs);
    connect(timer, &QTimer::timeout, this, &OverviewPage::tick);
    timer->start();
    followStore();
    refreshStatus();
}

OverviewPage::~OverviewPage() = default;

// The endpoint section moved here from the main window; its strings keep the translation contexts of
// the main window's form ("MainWindow") and code ("Switchyard::Gui::MainWindow"), where the shipped
// translations have them (lupdate reads these calls).
void OverviewPage::retranslateStatus()
{
    m_ui->endpointGroupBox->setTitle(QCoreApplication::translate("MainWindow", "Local endpoint"));
    m_ui->statusLabel->setText(QCoreApplication::translate("MainWindow", "Status:"));
    m_ui->statusValueLabel->setAccessibleName(QCoreApplication::translate("MainWindow", "Endpoint status"));
    m_ui->baseUrlLabel->setText(QCoreApplication::translate("MainWindow", "&Base URL:"));
    m_ui->baseUrlLineEdit->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Base URL for OpenAI-compatible clients"));
    m_ui->copyButton->setText(QCoreApplication::translate("MainWindow", "&Copy"));
    m_ui->copyButton->setAccessibleName(QCoreApplication::translate("MainWindow", "Copy base URL"));
    m_ui->activityGroupBox->setTitle(QCoreApplication::translate("MainWindow", "Activity"));
    m_ui->requestsLabel->setText(QCoreApplication::translate("MainWindow", "Requests served:"));
    m_ui->requestsValueLabel->setAccessibleName(QCoreApplication::translate("MainWindow", "Requests served"));
    m_ui->inFlightLabel->setText(QCoreApplication::translate("MainWindow", "In flight:"));
    m_ui->inFlightValueLabel->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Requests in flight"));
    m_ui->connectionsLabel->setText(QCoreApplication::translate("MainWindow", "Open connections:"));
    m_ui->connectionsValueLabel->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Open client connections"));
}

void OverviewPage::setStartupError(const QString &error)
{
    m_startupError = error;
    refreshStatus();
}

void OverviewPage::setStorePath(const QString &path)
{
    m_runner->setStorePath(path);
    refreshUsage();
}

QString OverviewPage::storePath() const
{
    return m_runner->storePath();
}

void OverviewPage::setClock(Clock clock)
{
    m_clock = clock;
    m_charts->setClock(std::move(clock));
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshUsage(); // what happened while another page was shown
}

void OverviewPage::tick()
{
    refreshStatus();
    followStore();
    ++m_ticks;
    if (!isVisible())
        return; // nobody looks: no queries
    if (m_ticks % kTilesEveryTicks == 0 && !m_tilesPending)
        refreshTiles();
    if (m_ticks % kChartsEveryTicks == 0 && !m_charts->isLoading())
        m_charts->reload();
}

// The store opens with the endpoint (after the keys are read at startup): follow it.
void OverviewPage::followStore()
{
    const auto writer = m_gateway ? m_gateway->usageWriter() : nullptr;
    if (writer && writer->path() != m_followedPath) {
        m_followedPath = writer->path();
        setStorePath(m_followedPath);
    }
}

void OverviewPage::refreshStatus()
{
    const bool running = m_gateway && m_gateway->isRunning();
    if (running) {
        m_ui->statusValueLabel->setText(
            QCoreApplication::translate("Switchyard::Gui::MainWindow", "Running"));
        m_ui->baseUrlLineEdit->setText(m_gateway->baseUrl());
        const Http::HttpServer *server = m_gateway->server();
        m_ui->requestsValueLabel->setText(QLocale().toString(qulonglong(server->requestCount())));
        m_ui->inFlightValueLabel->setText(QLocale().toString(server->inFlightCount()));
        m_ui->connectionsValueLabel->setText(QLocale().toString(server->connectionCount()));
    } else {
        m_ui->statusValueLabel->setText(
            m_startupError.isEmpty()
                ? QCoreApplication::translate("Switchyard::Gui::MainWindow", "Stopped")
                : QCoreApplication::translate("Switchyard::Gui::MainWindow", "Not running: %1")
                      .arg(m_startupError));
        m_ui->baseUrlLineEdit->clear();
        m_ui->requestsValueLabel->setText(QStringLiteral("–"));
        m_ui->inFlightValueLabel->setText(QStringLiteral("–"));
        m_ui->connectionsValueLabel->setText(QStringLiteral("–"));
    }
    m_ui->copyButton->setEnabled(running);
}

void OverviewPage::copyBaseUrl()
{
    QGuiApplication::clipboard()->setText(m_ui->baseUrlLineEdit->text());
    Q_EMIT baseUrlCopied();
}

QList<BudgetLine> OverviewPage::budgetLines() const
{
    if (m_controller)
        return BudgetForecast::linesOf(m_controller->config());
    if (m_gateway) {
        if (const Config::ConfigSnapshot config = m_gateway->config())
            return BudgetForecast::linesOf(*config);
    }
    return {};
}

void OverviewPage::refreshUsage()
{
    refreshTiles();
    m_charts->reload();
}

bool OverviewPage::isRefreshing() const
{
    return m_tilesPending || m_charts->isLoading();
}

void OverviewPage::checkRefreshed()
{
    if (!isRefreshing())
        Q_EMIT usageRefreshed();
}

void OverviewPage::refreshTiles()
{
    const qint64 now = m_clock();
    // "Today" as the user means it (since local midnight); the month and the budgets as the gateway
    // counts them (UTC), so that the bars agree with what it enforces.
    const qint64 todayStart = QDateTime::fromMSecsSinceEpoch(now).date().startOfDay().toMSecsSinceEpoch();
    const qint64 monthStart = Usage::SpendTracker::monthStartMs(now);
    QList<BudgetLine> budgets = budgetLines();
    if (!m_runner->hasStore()) {
        // No store: the gateway's own counters still know the spend (not the requests).
        Tiles tiles;
        if (m_gateway) {
            const Usage::SpendTracker::Spend total = m_gateway->spend(Usage::SpendTracker::totalKey(), now);
            tiles.today.costMicros = total.dayMicros;
            tiles.month.costMicros = total.monthMicros;
            for (BudgetLine &line : budgets) {
                const QString key = line.scope == BudgetLine::Scope::Overall ? Usage::SpendTracker::totalKey()
                                    : line.scope == BudgetLine::Scope::Route
                                        ? Usage::SpendTracker::routeKey(line.name)
                                        : line.name;
                const Usage::SpendTracker::Spend spent = m_gateway->spend(key, now);
                line.spentMicros =
                    line.period == BudgetLine::Period::Day ? spent.dayMicros : spent.monthMicros;
            }
        }
        tiles.budgets = budgets;
        showTiles(tiles, false);
        m_tilesPending = false;
        checkRefreshed();
        return;
    }
    m_tilesPending = true;
    m_runner->run(
        this,
        [this, now, todayStart, monthStart,
         budgets](Usage::UsageStore &store) mutable -> UsageQueryRunner::Apply {
            auto sum = [&store, now](qint64 from, Usage::UsageQuery::GroupBy groupBy) {
                Usage::UsageQuery q;
                q.fromMs = from;
                q.toMs = now;
                q.groupBy = groupBy;
                return store.aggregate(q);
            };
            Tiles tiles;
            tiles.today = sum(todayStart, Usage::UsageQuery::GroupBy::None).value(0);
            tiles.month = sum(monthStart, Usage::UsageQuery::GroupBy::None).value(0);
            tiles.models = sum(monthStart, Usage::UsageQuery::GroupBy::Model);
            // Spend per budget: one query per period and scope in use.
            QHash<std::pair<int, int>, QHash<QString, qint64>> spent; // (period, scope) → name → micros
            for (BudgetLine &line : budgets) {
                const std::pair key{int(line.period), int(line.scope)};
                if (!spent.contains(key)) {
                    const qint64 from = BudgetForecast::period(line.period, now).first;
                    const Usage::UsageQuery::GroupBy groupBy =
                        line.scope == BudgetLine::Scope::Overall ? Usage::UsageQuery::GroupBy::None
                        : line.scope == BudgetLine::Scope::Route ? Usage::UsageQuery::GroupBy::Route
                                                                 : Usage::UsageQuery::GroupBy::App;
                    QHash<QString, qint64> &byName = spent[key];
                    for (const Usage::UsageRow &row : sum(from, groupBy))
                        byName[row.group] += row.costMicros;
                }
                line.spentMicros =
                    spent[key].value(line.scope == BudgetLine::Scope::Overall ? QString() : line.name);
            }
            tiles.budgets = budgets;
            return [this, tiles] {
                showTiles(tiles, true);
                m_tilesPending = false;
                checkRefreshed();
            };
        },
        [this](const QString &error) {
            m_ui->overviewTodaySpendValueLabel->setText(QStringLiteral("—"));
            m_ui->overviewTodaySpendValueLabel->setToolTip(
                tr("Could not read the usage database: %1").arg(error));
            m_tilesPending = false;
            checkRefreshed();
        });
}

void OverviewPage::showTiles(const Tiles &tiles, bool fromStore)
{
    const QLocale locale;
    // Unpriced requests are counted as such, never as $0.
    m_ui->overviewTodaySpendValueLabel->setText(tiles.today.unpriced > 0
                                                    ? tr("%1 + %L2 unpriced")
                                                          .arg(ChartTable::usdShort(tiles.today.costMicros))
                                                          .arg(tiles.today.unpriced)
                                                    : ChartTable::usdShort(tiles.today.costMicros));
    m_ui->overviewTodaySpendValueLabel->setToolTip(
        fromStore ? tr("Exactly %1 since midnight").arg(ChartTable::usd(tiles.today.costMicros))
                  : tr("Exactly %1 today (UTC). Turn on usage storage in Settings for requests and charts.")
                        .arg(ChartTable::usd(tiles.today.costMicros)));
    if (fromStore) {
        m_ui->overviewTodayRequestsValueLabel->setText(locale.toString(tiles.today.requests));
        m_ui->overviewTodayErrorsValueLabel->setText(
            tiles.today.requests > 0
                ? tr("%L1 (%L2 %)")
                      .arg(tiles.today.errors)
                      .arg(100.0 * double(tiles.today.errors) / double(tiles.today.requests), 0, 'f', 1)
                : locale.toString(tiles.today.errors));
    } else {
        m_ui->overviewTodayRequestsValueLabel->setText(QStringLiteral("—"));
        m_ui->overviewTodayErrorsValueLabel->setText(QStringLiteral("—"));
    }
    m_topModels->setRows(tiles.models);

    // This month against the overall monthly budget, when there is one.
    const qint64 now = m_clock();
    const BudgetLine *monthly = nullptr;
    for (const BudgetLine &line : tiles.budgets) {
        if (line.scope == BudgetLine::Scope::Overall && line.period == BudgetLine::Period::Month)
            monthly = &line;
    }
    QString month = ChartTable::usdShort(tiles.month.costMicros);
    if (monthly) {
        const BudgetForecast f = BudgetForecast::compute(*monthly, now);
        month = tr("%1 of %2").arg(month, ChartTable::usdShort(f.limitMicros));
        QProgressBar *bar = m_ui->overviewMonthBudgetProgressBar;
        bar->setValue(qMin(100, f.percent()));
        bar->setFormat(tr("%1 %, forecast %2").arg(f.percent()).arg(ChartTable::usdShort(f.forecastMicros)));
        bar->setToolTip(tr("The forecast continues this month's pace so far in a straight line to its end."));
        BudgetPanel::style(bar, f.state);
    }
    if (tiles.month.unpriced > 0)
        month = tr("%1 + %L2 unpriced").arg(month).arg(tiles.month.unpriced);
    m_ui->overviewMonthSpendValueLabel->setText(month);
    m_ui->overviewMonthBudgetLabel->setVisible(monthly != nullptr);
    m_ui->overviewMonthBudgetProgressBar->setVisible(monthly != nullptr);
    m_charts->budgets()->setLines(tiles.budgets, now);
}

} // namespace Switchyard::Gui
