// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagecharts.h"

#include "budgetpanel.h"
#include "usagechart.h"
#include "usagequeryrunner.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Switchyard::Gui {

UsageCharts::UsageCharts(UsageQueryRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_rangeBox(new QComboBox(this)), m_fromEdit(new QDateTimeEdit(this)), m_toEdit(new QDateTimeEdit(this)),
      m_groupBox(new QComboBox(this)), m_pngButton(new QPushButton(this)), m_csvButton(new QPushButton(this)),
      m_status(new QLabel(this)), m_tabs(new QTabWidget(this)), m_budgets(new BudgetPanel(this))
{
    setObjectName(QStringLiteral("overviewUsageCharts"));
    m_rangeBox->setObjectName(QStringLiteral("overviewRangeComboBox"));
    m_rangeBox->setAccessibleName(tr("Chart time range"));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_rangeBox->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_rangeBox->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_rangeBox->addItem(tr("Custom"), int(Range::Custom));
    m_rangeBox->setCurrentIndex(1);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setObjectName(QStringLiteral("overviewRangeLabel"));
    rangeLabel->setBuddy(m_rangeBox);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_fromEdit->setObjectName(QStringLiteral("overviewFromDateTimeEdit"));
    m_fromEdit->setAccessibleName(tr("Custom range: from"));
    m_fromEdit->setDateTime(now.addDays(-7));
    m_toEdit->setObjectName(QStringLiteral("overviewToDateTimeEdit"));
    m_toEdit->setAccessibleName(tr("Custom range: to"));
    m_toEdit->setDateTime(now);
    m_groupBox->setObjectName(QStringLiteral("overviewGroupComboBox"));
    m_groupBox->setAccessibleName(tr("Stack spend and requests by"));
    m_groupBox->addItem(tr("Provider"), int(Usage::UsageQuery::GroupBy::Provider));
    m_groupBox->addItem(tr("Model"), int(Usage::UsageQuery::GroupBy::Model));
    m_groupBox->addItem(tr("Route"), int(Usage::UsageQuery::GroupBy::Route));
    m_groupBox->addItem(tr("App"), int(Usage::UsageQuery::GroupBy::App));
    auto *groupLabel = new QLabel(tr("&Stack by:"), this);
    groupLabel->setObjectName(QStringLiteral("overviewGroupLabel"));
    groupLabel->setBuddy(m_groupBox);
    m_pngButton->setObjectName(QStringLiteral("overviewExportPngButton"));
    m_pngButton->setText(tr("Save &image…"));
    m_pngButton->setAccessibleName(tr("Save the current chart as a PNG image"));
    m_csvButton->setObjectName(QStringLiteral("overviewExportCsvButton"));
    m_csvButton->setText(tr("Export &data…"));
    m_csvButton->setAccessibleName(tr("Export the current chart's data as CSV"));
    m_status->setObjectName(QStringLiteral("overviewChartsStatusLabel"));
    m_status->setAccessibleName(tr("Charts status"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_tabs->setObjectName(QStringLiteral("overviewChartsTabWidget"));
    m_tabs->setAccessibleName(tr("Charts"));

    const std::pair<const char *, QString> charts[] = {
        {"overviewSpend", tr("Spend")},       {"overviewRequests", tr("Requests")},
        {"overviewTokens", tr("Tokens")},     {"overviewLatency", tr("Latency")},
        {"overviewErrors", tr("Errors")},     {"overviewCacheHits", tr("Cache hits")},
        {"overviewSaved", tr("Money saved")},
    };
    for (const auto &[name, title] : charts) {
        auto *chart = new UsageChart(QLatin1StringView(name), tr("%1 chart").arg(title), m_tabs);
        connect(chart, &UsageChart::barActivated, this, &UsageCharts::logsRequested);
        m_charts.append(chart);
        m_tabs->addTab(chart, title);
    }
    m_tabs->addTab(m_budgets, tr("Budgets"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeBox);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toEdit);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_groupBox);
    controls->addStretch(1);
    controls->addWidget(m_pngButton);
    controls->addWidget(m_csvButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        reload();
    });
    connect(m_groupBox, &QComboBox::currentIndexChanged, this, &UsageCharts::reload);
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &UsageCharts::reload);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, &UsageCharts::reload);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    updateControls();
}

UsageCharts::~UsageCharts() = default;

UsageCharts::Range UsageCharts::rangeChoice() const
{
    return Range(m_rangeBox->currentData().toInt());
}

Usage::UsageQuery::GroupBy UsageCharts::groupBy() const
{
    return Usage::UsageQuery::GroupBy(m_groupBox->currentData().toInt());
}

void UsageCharts::setRange(Range range)
{
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range))); // reloads when it changes
}

void UsageCharts::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDateTime(from);
        m_toEdit->setDateTime(to);
    }
    if (rangeChoice() == Range::Custom)
        reload();
    else
        setRange(Range::Custom);
}

void UsageCharts::setGroupBy(Usage::UsageQuery::GroupBy groupBy)
{
    m_groupBox->setCurrentIndex(m_groupBox->findData(int(groupBy)));
}

ChartRange UsageCharts::range() const
{
    const qint64 now = m_clock();
    switch (rangeChoice()) {
    case Range::Last24Hours: return ChartRange::last24Hours(now);
    case Range::Last7Days: return ChartRange::lastDays(7, now);
    case Range::Last30Days: return ChartRange::lastDays(30, now);
    case Range::Custom: break;
    }
    return ChartRange::custom(m_fromEdit->dateTime().toMSecsSinceEpoch(),
                              m_toEdit->dateTime().toMSecsSinceEpoch());
}

UsageChart *UsageCharts::chart(Tab tab) const
{
    return m_charts.value(tab);
}

void UsageCharts::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

UsageCharts::Tab UsageCharts::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void UsageCharts::updateControls()
{
    const bool custom = rangeChoice() == Range::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
}

QString UsageCharts::statusText() const
{
    return m_status->text();
}

void UsageCharts::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void UsageCharts::reload()
{
    const ChartRange range = this->range();
    const Usage::UsageQuery::GroupBy group = groupBy();
    const quint64 generation = ++m_generation;
    m_loading = true;
    if (rangeChoice() == Range::Custom && m_toEdit->dateTime() <= m_fromEdit->dateTime()) {
        showTables(range, {}, {});
        setStatus(tr("The custom range ends before it starts: pick a later end."));
        m_loading = false;
        Q_EMIT loaded();
        return;
    }
    if (!m_runner->hasStore()) {
        showTables(range, {}, {});
        setStatus(tr("No usage database: turn on usage storage in Settings to see charts here."));
        m_loading = false;
        Q_EMIT loaded();
        return;
    }
    m_runner->run(
        this,
        [this, range, group, generation](Usage::UsageStore &store) -> UsageQueryRunner::Apply {
            // On the runner's thread: only rollups, a few hundred rows whatever the traffic.
            const QList<Usage::UsageRow> rows = store.aggregate(range.query(group));
            const QList<Usage::UsageRow> byModel =
                group == Usage::UsageQuery::GroupBy::Model
                    ? rows
                    : store.aggregate(range.query(Usage::UsageQuery::GroupBy::Model));
            const QList<qint64> starts = range.bucketStarts();
            const qint64 from = starts.isEmpty() ? range.fromMs : starts.first();
            QList<TargetLatency> latency;
            for (const auto &[provider, model] : UsageTables::busiestTargets(byModel, kLatencyTargets))
                latency.append({provider, model, store.latency(from, range.toMs, provider, model)});
            return [this, range, generation, rows, latency] {
                if (generation != m_generation)
                    return; // the range or grouping changed while this ran
                showTables(range, rows, latency);
                setStatus(QString());
                m_loading = false;
                Q_EMIT loaded();
            };
        },
        [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            setStatus(tr("Could not read the usage database: %1").arg(error));
            m_loading = false;
            Q_EMIT loaded();
        });
}

void UsageCharts::showTables(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                             const QList<TargetLatency> &latency)
{
    const Usage::UsageQuery::GroupBy group = groupBy();
    m_charts[SpendTab]->setTable(UsageTables::spend(range, rows, group));
    m_charts[RequestsTab]->setTable(UsageTables::requests(range, rows, group));
    m_charts[TokensTab]->setTable(UsageTables::tokens(range, rows));
    m_charts[LatencyTab]->setTable(UsageTables::latency(range, latency));
    m_charts[ErrorsTab]->setTable(UsageTables::errorRate(range, rows));
    m_charts[CacheHitsTab]->setTable(UsageTables::cacheHits(range, rows));
    m_charts[SavedTab]->setTable(UsageTables::saved(range, rows));
}

bool UsageCharts::exportPng(const QString &path, QString *error)
{
    QString why;
    bool ok = false;
    if (currentTab() == BudgetsTab) {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && m_budgets->grab().save(&file, "PNG") && file.commit();
        why = file.errorString();
    } else {
        ok = chart(currentTab())->exportPng(path, &why);
    }
    setStatus(ok ? tr("Saved the image to %1.").arg(QDir::toNativeSeparators(path))
                 : tr("The image could not be saved: %1").arg(why));
    if (!ok && error)
        *error = why;
    return ok;
}

bool UsageCharts::exportCsv(const QString &path, QString *error)
{
    QString why;
    bool ok = false;
    if (currentTab() == BudgetsTab) {
        QSaveFile file(path);
        const QByteArray csv = m_budgets->toCsv().toUtf8();
        ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
        why = file.errorString();
    } else {
        ok = chart(currentTab())->exportCsv(path, &why);
    }
    setStatus(ok ? tr("Exported the data to %1.").arg(QDir::toNativeSeparators(path))
                 : tr("The data could not be exported: %1").arg(why));
    if (!ok && error)
        *error = why;
    return ok;
}

void UsageCharts::chooseExport(bool png)
{
    const QString stem = currentTab() == BudgetsTab ? QStringLiteral("budgets")
                                                    : chart(currentTab())
                                                          ->objectName()
                                                          .remove(QStringLiteral("overview"))
                                                          .remove(QStringLiteral("UsageChart"))
                                                          .toLower();
    const QString suggested = QDir::home().filePath(
        QStringLiteral("switchyard-%1.%2").arg(stem, png ? QStringLiteral("png") : QStringLiteral("csv")));
    const QString path =
        png ? QFileDialog::getSaveFileName(this, tr("Save chart image"), suggested, tr("PNG images (*.png)"))
            : QFileDialog::getSaveFileName(this, tr("Export chart data"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (png)
        exportPng(path);
    else
        exportCsv(path);
}

} // namespace Switchyard::Gui
