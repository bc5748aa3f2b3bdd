// SPDX-License-Identifier: GPL-3.0-or-later
// The usage charts and the Overview page on a seeded SQLite usage store, with the clock pinned: the
// series the charts draw equal the seeded sums per bucket and group; the range picker changes the
// buckets; a click on a bar opens Logs filtered to that bar's requests; the CSV export; the budget
// forecasts; the at-a-glance tiles and their live update. Values are asserted, never pixels.

#include "appcontroller.h"
#include "charts/budgetforecast.h"
#include "charts/budgetpanel.h"
#include "charts/usagechart.h"
#include "charts/usagecharts.h"
#include "charts/usagetables.h"
#include "config/accesstokens.h"
#include "config/configloader.h"
#include "gateway.h"
#include "logspage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "secrets/keystore.h"
#include "topmodelsmodel.h"
#include "usage/usagestore.h"
#include "usagelogmodel.h"
#include "widgetlookup.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <functional>
#include <optional>

using namespace Switchyard;
using Gui::UsageCharts;
using GroupBy = Usage::UsageQuery::GroupBy;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// "Now" for every test: Friday 2025-03-14 15:30 UTC (the process runs in UTC, see main()).
const qint64 kNow = QDateTime(QDate(2025, 3, 14), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
const qint64 kToday = kNow / kDay * kDay;

qint64 at(int daysAgo, int hour, int minute)
{
    return kToday - daysAgo * kDay + hour * kHour + minute * kMinute;
}

struct Spec
{
    qint64 at;
    QString provider;
    QString model;
    QString route;
    QString app;
    int status;
    std::optional<qint64> cost;
    bool cacheHit;
    qint64 saved;
    qint64 in;
    qint64 out;
    qint64 latency;

    [[nodiscard]] bool unpriced() const { return !cost && (in > 0 || out > 0); } // as the store counts
    [[nodiscard]] qint64 costOrZero() const { return cost.value_or(0); }
};

const QString kOpenAi = QStringLiteral("openai");
const QString kAnthropic = QStringLiteral("anthropic");
const QString kGpt = QStringLiteral("gpt-4o");
const QString kMini = QStringLiteral("gpt-4o-mini");
const QString kClaude = QStringLiteral("claude-sonnet");
const QString kSmart = QStringLiteral("smart");
const QString kCheap = QStringLiteral("cheap");
const QString kVscode = QStringLiteral("vscode");
const QString kScripts = QStringLiteral("scripts");
const QString kNightly = QStringLiteral("ci,\"nightly\""); // a comma and a quote: CSV must quote it

// Several days, providers, models, routes and apps; errors, a cache hit, unpriced requests.
QList<Spec> specs()
{
    return {
        {at(0, 15, 5), kOpenAi, kGpt, kSmart, kVscode, 200, 12000, false, 0, 100, 50, 180},
        {at(0, 15, 10), kOpenAi, kMini, kCheap, kScripts, 200, 300, false, 0, 1000, 20, 90},
        {at(0, 15, 15), kAnthropic, kClaude, kSmart, kVscode, 502, std::nullopt, false, 0, 0, 0, 1200},
        {at(0, 15, 20), kAnthropic, kClaude, kSmart, kScripts, 200, std::nullopt, false, 0, 400, 30, 700},
        {at(0, 15, 25), kOpenAi, kGpt, kSmart, kVscode, 200, 0, true, 12000, 100, 50, 5},
        {at(0, 12, 10), kOpenAi, kGpt, kSmart, kScripts, 200, 2000, false, 0, 200, 40, 300},
        {at(1, 10, 0), kOpenAi, kGpt, kSmart, kVscode, 200, 150000, false, 0, 500, 200, 400},
        {at(1, 11, 0), kAnthropic, kClaude, kSmart, kScripts, 200, 80000, false, 0, 800, 300, 900},
        {at(1, 12, 0), kOpenAi, kMini, kCheap, kScripts, 429, std::nullopt, false, 0, 0, 0, 50},
        {at(1, 20, 30), kOpenAi, kMini, kCheap, kVscode, 200, 700, false, 0, 300, 10, 120},
        {at(1, 21, 0), kAnthropic, kClaude, kSmart, kNightly, 200, std::nullopt, false, 0, 50, 5, 800},
        {at(2, 9, 0), kAnthropic, kClaude, kSmart, kVscode, 200, 30000, false, 0, 300, 100, 1000},
        {at(3, 9, 0), kAnthropic, kClaude, kSmart, kVscode, 500, std::nullopt, false, 0, 0, 0, 1500},
        {at(5, 9, 0), kOpenAi, kGpt, kCheap, QString(), 200, 1000, false, 0, 100, 10, 200},
        {at(20, 9, 0), kOpenAi, kGpt, kSmart, kVscode, 200, 99000, false, 0, 100, 10, 200},
        {at(40, 9, 0), kOpenAi, kGpt, kSmart, kVscode, 200, 500000, false, 0, 100, 10, 200},
    };
}

bool seed(const QString &path, const QList<Spec> &list)
{
    Usage::UsageStore store;
    QString error;
    if (!store.open(path, &error))
        return false;
    QList<Usage::UsageRecord> records;
    QList<std::optional<qint64>> costs;
    int n = 0;
    for (const Spec &s : list) {
        Usage::UsageRecord r;
        r.requestId = "req_" + QByteArray::number(n++) + "_" + QByteArray::number(s.at);
        r.startedAtMs = s.at;
        r.app = s.app;
        r.endpoint = QStringLiteral("chat");
        r.dialect = QStringLiteral("openai-chat");
        r.requestedModel = s.route;
        r.route = s.route;
        r.provider = s.provider;
        r.providerKind = s.provider;
        r.model = s.model;
        r.status = s.status;
        r.errorCode = s.status >= 400 ? QStringLiteral("upstream_error") : QString();
        r.cacheHit = s.cacheHit;
        r.savedMicros = s.saved;
        r.usage.inputTokens = s.in;
        r.usage.outputTokens = s.out;
        r.usage.known = s.in > 0;
        r.latencyMs = s.latency;
        r.attempts.append(Usage::Attempt{s.provider, s.model, s.status, r.errorCode, s.latency});
        records.append(r);
        costs.append(s.cost);
    }
    return store.insert(records, costs, &error);
}

// What the seeded specs hold in [from, to) and match `keep`, summed with `measure`.
template<typename Keep, typename Measure> qint64 sum(qint64 from, qint64 to, Keep keep, Measure measure)
{
    qint64 total = 0;
    for (const Spec &s : specs()) {
        if (s.at >= from && s.at < to && keep(s))
            total += std::invoke(measure, s);
    }
    return total;
}

QString groupOf(const Spec &s, GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Provider: return s.provider;
    case GroupBy::Model: return s.provider + QLatin1Char('/') + s.model;
    case GroupBy::Route: return s.route;
    case GroupBy::App: return s.app.isEmpty() ? QStringLiteral("(none)") : s.app;
    case GroupBy::None: break;
    }
    return {};
}

QAbstractBarSeries *barsOf(Gui::UsageChart *chart)
{
    const QList<QAbstractSeries *> series = chart->chart()->series();
    return series.size() == 1 ? qobject_cast<QAbstractBarSeries *>(series.first()) : nullptr;
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    Config::Config m_config;

    // A page on the seeded store with the clock pinned, its first refresh done.
    std::unique_ptr<Gui::OverviewPage> overview(Gui::AppController *controller)
    {
        auto page =
            std::make_unique<Gui::OverviewPage>(controller ? controller->gateway() : nullptr, controller);
        page->setClock([] { return kNow; });
        page->resize(1100, 900);
        page->setStorePath(m_store);
        return page;
    }

    // Every series of a time-bucketed chart against the seeded sums of its bucket and group.
    static void compareGrouped(const Gui::ChartTable &table, GroupBy groupBy,
                               const std::function<qint64(const Spec &)> &measure)
    {
        QVERIFY(!table.series.isEmpty());
        for (int s = 0; s < table.series.size(); ++s) {
            const QString group = table.series[s].name;
            for (int c = 0; c < table.categoryCount(); ++c) {
                const Usage::RowFilter range = table.categoryFilters[c];
                const qint64 expected = sum(
                    range.fromMs, range.toMs, [&](const Spec &x) { return groupOf(x, groupBy) == group; },
                    measure);
                QVERIFY2(qFuzzyCompare(1.0 + table.value(c, s), 1.0 + double(expected)),
                         qPrintable(QStringLiteral("%1 in %2: %3, expected %4")
                                        .arg(group, table.categoryTitles[c])
                                        .arg(table.value(c, s))
                                        .arg(expected)));
            }
        }
    }

    // The drawn bar sets are the table's series (money drawn in dollars).
    static void compareDrawn(Gui::UsageChart *chart, double scale)
    {
        const Gui::ChartTable &table = chart->table();
        QAbstractBarSeries *bars = barsOf(chart);
        QVERIFY(bars);
        QCOMPARE(bars->count(), int(table.series.size()));
        for (int s = 0; s < table.series.size(); ++s) {
            QBarSet *set = bars->barSets()[s];
            QCOMPARE(set->label(), table.series[s].name);
            QCOMPARE(set->count(), table.categoryCount());
            for (int c = 0; c < table.categoryCount(); ++c)
                QVERIFY(qFuzzyCompare(1.0 + set->at(c), 1.0 + table.value(c, s) / scale));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("usage.sqlite"));
        QVERIFY(seed(m_store, specs()));
        m_config = Config::ConfigLoader::embeddedDefault();
        QString error;
        for (const QString &app : {kVscode, kScripts})
            QVERIFY2(Config::AccessTokens::create(m_config, app, {}, &error), qPrintable(error));
        m_config.budget.dailyMicros = 15000; // today 14300 spent: past the 80 % warning
        m_config.budget.monthlyMicros = 1'000'000;
        m_config.budget.warnAtPercent = 80;
        Config::Route smart;
        smart.name = kSmart;
        smart.budget.monthlyMicros = 100000; // 274000 spent this month: over
        m_config.routes.append(smart);
        for (Config::AccessToken &t : m_config.tokens) {
            if (t.name == kScripts)
                t.budget.dailyMicros = 1'000'000;
        }
    }

    void spendStackedPerDayByGroup()
    {
        auto page = overview(nullptr);
        UsageCharts *charts = page->charts();
        QTRY_VERIFY(!page->isRefreshing());
        QCOMPARE(charts->rangeChoice(), UsageCharts::Range::Last7Days);
        Gui::UsageChart *spend = charts->chart(UsageCharts::SpendTab);
        const Gui::ChartTable &table = spend->table();
        QCOMPARE(table.unit, Gui::ChartTable::Unit::Micros);
        QCOMPARE(table.categoryCount(), 7);
        QCOMPARE(table.categoryFilters.first().fromMs, kToday - 6 * kDay);
        QCOMPARE(table.categoryFilters.last().fromMs, kToday);
        QCOMPARE(table.categoryFilters.last().toMs, kToday + kDay);
        // Largest first: openai 166000 µ$, anthropic 110000 µ$ in these seven days.
        QCOMPARE(table.series.size(), 2);
        QCOMPARE(table.series[0].name, kOpenAi);
        QCOMPARE(table.series[1].name, kAnthropic);
        QCOMPARE(table.seriesTotal(0), 166000.0);
        QCOMPARE(table.seriesTotal(1), 110000.0);
        QCOMPARE(table.value(6, 0), 14300.0); // today: 12000 + 300 + 0 (cache hit) + 2000
        QCOMPARE(table.value(5, 1), 80000.0);
        compareGrouped(table, GroupBy::Provider, &Spec::costOrZero);
        compareDrawn(spend, 1e6);
        // Unpriced requests are counted apart, never as $0.
        QVERIFY2(spend->summaryText().contains(QLatin1String("Unpriced requests: 2")),
                 qPrintable(spend->summaryText()));
        QVERIFY(spend->summaryText().contains(QLatin1String("$0.276000")));
        QVERIFY(table.series[1].notes[4].isEmpty()); // anthropic on 2025-03-12: all priced
        QCOMPARE(table.series[1].notes[6],
                 QStringLiteral("Unpriced requests: 1 (cost unknown, not counted)"));

        // Stacked by app, model and route: the same money cut another way.
        auto *group = child<QComboBox>(*page, "overviewGroupComboBox");
        for (const GroupBy by : {GroupBy::App, GroupBy::Model, GroupBy::Route}) {
            group->setCurrentIndex(group->findData(int(by)));
            QTRY_VERIFY(!charts->isLoading());
            QCOMPARE(charts->groupBy(), by);
            compareGrouped(spend->table(), by, &Spec::costOrZero);
            compareDrawn(spend, 1e6);
            compareGrouped(charts->chart(UsageCharts::RequestsTab)->table(), by,
                           [](const Spec &) { return 1; });
            QCOMPARE(spend->table().total(), 276000.0);
        }
        group->setCurrentIndex(group->findData(int(GroupBy::App)));
        QTRY_VERIFY(!charts->isLoading());
        QStringList names;
        for (const auto &s : spend->table().series)
            names << s.name;
        QVERIFY2(names.contains(QStringLiteral("(none)")) && names.contains(kNightly),
                 qPrintable(names.join(u'|')));
    }

    void otherChartsFromTheRollups()
    {
        auto page = overview(nullptr);
        UsageCharts *charts = page->charts();
        QTRY_VERIFY(!page->isRefreshing());
        const qint64 from = kToday - 6 * kDay;
        const qint64 to = kToday + kDay;
        auto all = [](const Spec &) { return true; };

        // Tokens: input and output stacked per day.
        const Gui::ChartTable &tokens = charts->chart(UsageCharts::TokensTab)->table();
        QCOMPARE(tokens.series.size(), 2);
        for (int c = 0; c < tokens.categoryCount(); ++c) {
            const qint64 dayFrom = tokens.categoryFilters[c].fromMs;
            QCOMPARE(tokens.value(c, 0),
                     double(sum(dayFrom, dayFrom + kDay, all, [](const Spec &s) { return s.in; })));
            QCOMPARE(tokens.value(c, 1),
                     double(sum(dayFrom, dayFrom + kDay, all, [](const Spec &s) { return s.out; })));
        }
        compareDrawn(charts->chart(UsageCharts::TokensTab), 1);

        // Error rate per day: today 1 of 6.
        const Gui::ChartTable &errors = charts->chart(UsageCharts::ErrorsTab)->table();
        QCOMPARE(errors.unit, Gui::ChartTable::Unit::Percent);
        QVERIFY(qFuzzyCompare(errors.value(6, 0), 100.0 / 6.0));
        QVERIFY(qFuzzyCompare(errors.value(5, 0), 100.0 / 5.0)); // yesterday: the 429 of five
        QCOMPARE(errors.value(4, 0), 0.0);
        QCOMPARE(errors.value(3, 0), 100.0); // the 500 of 2025-03-11, alone that day
        QCOMPARE(errors.series[0].notes[6], QStringLiteral("1 of 6 requests failed"));
        QCOMPARE(errors.filterFor(6, 0).status, Usage::RowFilter::Status::Errors);

        // Cache: one hit today that saved 12000 µ$.
        const Gui::ChartTable &hits = charts->chart(UsageCharts::CacheHitsTab)->table();
        const Gui::ChartTable &saved = charts->chart(UsageCharts::SavedTab)->table();
        QCOMPARE(hits.total(), 1.0);
        QCOMPARE(hits.value(6, 0), 1.0);
        QCOMPARE(saved.value(6, 0), 12000.0);
        QCOMPARE(saved.total(), double(sum(from, to, all, [](const Spec &s) { return s.saved; })));
        QVERIFY(hits.filterFor(6, 0).cachedOnly);
        QCOMPARE(saved.summary, QStringLiteral("Saved by the cache: $0.012000 (cache hits: 1)"));

        // Latency: p50/p95 per target, as the store's histograms say, busiest target first.
        const Gui::ChartTable &latency = charts->chart(UsageCharts::LatencyTab)->table();
        QCOMPARE(latency.categories,
                 QStringList({QStringLiteral("anthropic/claude-sonnet"), QStringLiteral("openai/gpt-4o"),
                              QStringLiteral("openai/gpt-4o-mini")}));
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        for (int c = 0; c < latency.categoryCount(); ++c) {
            const auto [provider, model] = Gui::UsageTables::splitTarget(latency.categories[c]);
            const Usage::LatencyStats stats = store.latency(from, kNow, provider, model);
            QVERIFY(stats.count > 0);
            QCOMPARE(latency.value(c, 0), double(stats.p50Ms));
            QCOMPARE(latency.value(c, 1), double(stats.p95Ms));
            QVERIFY(latency.value(c, 1) >= latency.value(c, 0));
            QCOMPARE(latency.filterFor(c, 1).provider, provider);
            QCOMPARE(latency.filterFor(c, 1).model, model);
        }
        compareDrawn(charts->chart(UsageCharts::LatencyTab), 1);
    }

    void rangePickerChangesBuckets()
    {
        auto page = overview(nullptr);
        UsageCharts *charts = page->charts();
        QTRY_VERIFY(!page->isRefreshing());
        auto *range = child<QComboBox>(*page, "overviewRangeComboBox");
        auto *fromEdit = child<QDateTimeEdit>(*page, "overviewFromDateTimeEdit");
        auto *toEdit = child<QDateTimeEdit>(*page, "overviewToDateTimeEdit");
        QVERIFY(fromEdit->isHidden());
        auto requests = [charts] { return charts->chart(UsageCharts::RequestsTab)->table(); };
        auto all = [](const Spec &) { return true; };
        auto one = [](const Spec &) { return qint64(1); };

        // 24 h: hour buckets from 16:00 yesterday to the current hour.
        range->setCurrentIndex(range->findData(int(UsageCharts::Range::Last24Hours)));
        QTRY_VERIFY(!charts->isLoading());
        Gui::ChartTable table = requests();
        QCOMPARE(table.categoryCount(), 24);
        QCOMPARE(table.categoryFilters.first().fromMs, kToday - 8 * kHour);
        QCOMPARE(table.categoryFilters.last().fromMs, kToday + 15 * kHour);
        QCOMPARE(table.categories.first(), QStringLiteral("16:00"));
        QCOMPARE(table.categoryTitles.first(), QStringLiteral("2025-03-13 16:00–17:00"));
        QCOMPARE(table.total(), double(sum(kToday - 8 * kHour, kNow, all, one))); // 8 requests
        QCOMPARE(table.total(), 8.0);
        QCOMPARE(table.categoryTotal(23), 5.0); // 15:00–16:00 today
        compareGrouped(charts->chart(UsageCharts::SpendTab)->table(), GroupBy::Provider, &Spec::costOrZero);

        // 30 d: day buckets, now with the request of 2025-02-22.
        range->setCurrentIndex(range->findData(int(UsageCharts::Range::Last30Days)));
        QTRY_VERIFY(!charts->isLoading());
        table = requests();
        QCOMPARE(table.categoryCount(), 30);
        QCOMPARE(table.categoryFilters.first().fromMs, kToday - 29 * kDay);
        QCOMPARE(table.categories.first(), QStringLiteral("13 Feb"));
        QCOMPARE(table.total(), 15.0); // all but the one of 40 days ago
        QCOMPARE(charts->chart(UsageCharts::SpendTab)->table().total(), 276000.0 + 99000.0);

        // Custom, two and a half days: day buckets.
        range->setCurrentIndex(range->findData(int(UsageCharts::Range::Custom)));
        QTRY_VERIFY(!charts->isLoading());
        QVERIFY(!fromEdit->isHidden() && !toEdit->isHidden());
        fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(kToday - 3 * kDay, Qt::UTC));
        toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(kToday - kDay + 12 * kHour, Qt::UTC));
        QTRY_VERIFY(!charts->isLoading());
        table = requests();
        QCOMPARE(table.categoryCount(), 3);
        QCOMPARE(table.categoryTitles.first(), QStringLiteral("2025-03-11 (UTC day)"));
        QCOMPARE(table.total(), double(sum(kToday - 3 * kDay, kToday, all, one)));

        // Custom, one day: hour buckets.
        fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(kToday - kDay, Qt::UTC));
        toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(kToday, Qt::UTC));
        QTRY_VERIFY(!charts->isLoading());
        table = requests();
        QCOMPARE(table.categoryCount(), 24);
        QCOMPARE(table.categories.last(), QStringLiteral("23:00"));
        QCOMPARE(table.categoryTotal(10), 1.0);
        QCOMPARE(table.categoryTotal(20), 1.0);
        QCOMPARE(table.total(), 5.0);
        compareDrawn(charts->chart(UsageCharts::RequestsTab), 1);
        QVERIFY(charts->statusText().isEmpty());

        // An end before the start is said to be so.
        fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(kToday + kDay, Qt::UTC));
        QTRY_VERIFY(!charts->isLoading());
        QVERIFY2(charts->statusText().startsWith(QLatin1String("The custom range ends before it starts")),
                 qPrintable(charts->statusText()));
        QCOMPARE(requests().categoryCount(), 0);
    }

    void hoverShowsExactValues()
    {
        auto page = overview(nullptr);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTRY_VERIFY(!page->isRefreshing());
        Gui::UsageChart *spend = page->charts()->chart(UsageCharts::SpendTab);
        const QString tip = spend->tooltipText(6, 0);
        QCOMPARE(tip, QStringLiteral("2025-03-14 (UTC day)\nopenai: $0.014300\nAll: $0.014300"));
        QCOMPARE(spend->tooltipText(5, 1),
                 QStringLiteral("2025-03-13 (UTC day)\nanthropic: $0.080000\n"
                                "Unpriced requests: 1 (cost unknown, not counted)\nAll: $0.230700"));
        // The bar set's own hover signal shows that text.
        Q_EMIT barsOf(spend)->barSets()[0]->hovered(true, 6);
        QTRY_COMPARE(QToolTip::text(), tip);
        Q_EMIT barsOf(spend)->barSets()[0]->hovered(false, 6);
    }

    void clickOnABarOpensTheMatchingLogs()
    {
        Gateway gateway; // not started: both pages get the store from the test
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(m_config);
        Gui::MainWindow window(&gateway, &controller);
        Gui::OverviewPage *page = window.overview();
        page->setClock([] { return kNow; });
        page->setStorePath(m_store);
        auto *logs = window.findChild<Gui::LogsPage *>();
        QVERIFY(logs);
        logs->setStorePath(m_store);
        auto *sidebar = child<QListWidget>(window, "sidebarListWidget");
        auto *pages = child<QStackedWidget>(window, "pagesStackedWidget");
        sidebar->setCurrentRow(0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!page->isRefreshing());

        // Today's openai bar of the spend chart: its bar set's click.
        Gui::UsageChart *spend = page->charts()->chart(UsageCharts::SpendTab);
        QCOMPARE(spend->table().series[0].name, kOpenAi);
        Q_EMIT barsOf(spend)->barSets()[0]->clicked(6);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(logs));
        QCOMPARE(sidebar->currentRow(), pages->indexOf(logs));
        Usage::RowFilter expected;
        expected.fromMs = kToday;
        expected.toMs = kToday + kDay;
        expected.provider = kOpenAi;
        QCOMPARE(logs->model()->filter(), expected);
        QCOMPARE(child<QComboBox>(*logs, "providerComboBox")->currentData().toString(), kOpenAi);
        QVERIFY(
            child<QComboBox>(*logs, "timeComboBox")->currentText().startsWith(QLatin1String("2025-03-14")));
        QTRY_VERIFY(!logs->model()->isLoading());
        QCOMPARE(logs->model()->rowCount(),
                 int(sum(
                     kToday, kToday + kDay, [](const Spec &s) { return s.provider == kOpenAi; },
                     [](const Spec &) { return 1; })));
        QCOMPARE(logs->model()->rowCount(), 4);

        // An error-rate bar opens the failed requests of its day.
        sidebar->setCurrentRow(0);
        Gui::UsageChart *errors = page->charts()->chart(UsageCharts::ErrorsTab);
        errors->activateBar(5, 0);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(logs));
        QCOMPARE(logs->model()->filter().status, Usage::RowFilter::Status::Errors);
        QCOMPARE(logs->model()->filter().fromMs, kToday - kDay);
        QCOMPARE(logs->model()->filter().provider, QString());
        QTRY_VERIFY(!logs->model()->isLoading());
        QCOMPARE(logs->model()->rowCount(), 1);
    }

    void exportCsvAndPng()
    {
        auto page = overview(nullptr);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        UsageCharts *charts = page->charts();
        QTRY_VERIFY(!page->isRefreshing());
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("spend.csv"));
        QString error;
        QVERIFY2(charts->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 9); // header, seven days, and the empty rest after the last CRLF
        QCOMPARE(lines[0], QByteArray("category,from,to,openai,anthropic,total\r"));
        QCOMPARE(lines[6],
                 QByteArray("2025-03-13 (UTC day),2025-03-13T00:00:00Z,2025-03-14T00:00:00Z,0.150700,"
                            "0.080000,0.230700\r"));
        QCOMPARE(lines[7],
                 QByteArray("2025-03-14 (UTC day),2025-03-14T00:00:00Z,2025-03-15T00:00:00Z,0.014300,"
                            "0.000000,0.014300\r"));
        QCOMPARE(lines[8], QByteArray());
        csv.close();

        // A group name with a comma and a quote is quoted (RFC 4180 §2.6–2.7).
        charts->setGroupBy(GroupBy::App);
        QTRY_VERIFY(!charts->isLoading());
        QVERIFY(charts->exportCsv(csvPath, &error));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray header = csv.readLine();
        csv.close();
        QVERIFY2(header.contains(",\"ci,\"\"nightly\"\"\","), header.constData());

        // The other tabs export their own chart; the budgets a table of them.
        charts->setCurrentTab(UsageCharts::TokensTab);
        QVERIFY(charts->exportCsv(csvPath, &error));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine(), QByteArray("category,from,to,Input,Output,total\r\n"));
        csv.close();

        const QString pngPath = out.filePath(QStringLiteral("tokens.png"));
        QVERIFY2(charts->exportPng(pngPath, &error), qPrintable(error));
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        QVERIFY(
            child<QLabel>(*page, "overviewChartsStatusLabel")->text().contains(QLatin1String("tokens.png")));
        // An unwritable place: refused with the reason, in the page too.
        QVERIFY(!charts->exportCsv(out.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(charts->statusText().startsWith(QLatin1String("The data could not be exported")));
    }

    void budgetForecast_data()
    {
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("period"); // BudgetLine::Period
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("forecast");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("forecastOver");
        using State = Gui::BudgetForecast::State;
        const int day = int(Gui::BudgetLine::Period::Day);
        const int month = int(Gui::BudgetLine::Period::Month);
        const qint64 march11 = QDateTime(QDate(2025, 3, 11), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("quarter day, 40 %")
            << qint64(2'000'000) << qint64(5'000'000) << day << kToday + 6 * kHour << qint64(8'000'000)
            << int(State::Normal) << true;
        QTest::newRow("half day, 90 %")
            << qint64(4'500'000) << qint64(5'000'000) << day << kToday + 12 * kHour << qint64(9'000'000)
            << int(State::Warning) << true;
        QTest::newRow("at the limit") << qint64(5'000'000) << qint64(5'000'000) << day << kToday + 18 * kHour
                                      << qint64(6'666'667) << int(State::Over) << true;
        QTest::newRow("slow day") << qint64(1'000'000) << qint64(5'000'000) << day << kToday + 12 * kHour
                                  << qint64(2'000'000) << int(State::Normal) << false;
        // 10 of March's 31 days gone: 10 $ → 31 $.
        QTest::newRow("month") << qint64(10'000'000) << qint64(50'000'000) << month << march11
                               << qint64(31'000'000) << int(State::Normal) << false;
        // The first minute of a period is the least the pace is judged on: no division by zero.
        QTest::newRow("midnight") << qint64(1000) << qint64(5'000'000) << day << kToday
                                  << qint64(1000 * 24 * 60) << int(State::Normal) << false;
        QTest::newRow("nothing spent")
            << qint64(0) << qint64(5'000'000) << month << march11 << qint64(0) << int(State::Normal) << false;
    }

    void budgetForecast()
    {
        QFETCH(qint64, spent);
        QFETCH(qint64, limit);
        QFETCH(int, period);
        QFETCH(qint64, now);
        QFETCH(qint64, forecast);
        QFETCH(int, state);
        QFETCH(bool, forecastOver);
        Gui::BudgetLine line;
        line.period = Gui::BudgetLine::Period(period);
        line.limitMicros = limit;
        line.warnAtPercent = 80;
        line.spentMicros = spent;
        const Gui::BudgetForecast f = Gui::BudgetForecast::compute(line, now);
        QCOMPARE(f.forecastMicros, forecast);
        QCOMPARE(int(f.state), state);
        QCOMPARE(f.forecastOver, forecastOver);
        QCOMPARE(f.percent(), int(spent * 100 / limit));
        QVERIFY(f.periodStartMs <= now && now < f.periodEndMs);
        if (line.period == Gui::BudgetLine::Period::Month) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(f.periodStartMs, Qt::UTC),
                     QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(f.periodEndMs, Qt::UTC),
                     QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC));
        } else {
            QCOMPARE(f.periodEndMs - f.periodStartMs, kDay);
        }
    }

    void budgetBarsFromTheStore()
    {
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(m_config);
        auto page = overview(&controller);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTRY_VERIFY(!page->isRefreshing());
        Gui::BudgetPanel *panel = page->charts()->budgets();
        const QList<Gui::BudgetLine> &lines = panel->lines();
        QCOMPARE(lines.size(), 4); // everything: day and month; route smart: month; app scripts: day
        QCOMPARE(lines[0].scope, Gui::BudgetLine::Scope::Overall);
        QCOMPARE(lines[0].period, Gui::BudgetLine::Period::Day);
        QCOMPARE(lines[1].period, Gui::BudgetLine::Period::Month);
        QCOMPARE(lines[2].scope, Gui::BudgetLine::Scope::Route);
        QCOMPARE(lines[2].name, kSmart);
        QCOMPARE(lines[3].scope, Gui::BudgetLine::Scope::App);
        QCOMPARE(lines[3].name, kScripts);
        const qint64 monthStart = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        auto cost = [](const Spec &s) { return s.costOrZero(); };
        QCOMPARE(lines[0].spentMicros, qint64(14300));
        QCOMPARE(lines[1].spentMicros, sum(
                                           monthStart, kNow, [](const Spec &) { return true; }, cost));
        QCOMPARE(lines[1].spentMicros, qint64(276000));
        QCOMPARE(lines[2].spentMicros,
                 sum(
                     monthStart, kNow, [](const Spec &s) { return s.route == kSmart; }, cost));
        QCOMPARE(lines[3].spentMicros, qint64(2300));

        const QList<Gui::BudgetForecast> &f = panel->forecasts();
        QCOMPARE(f[0].state, Gui::BudgetForecast::State::Warning);
        QCOMPARE(f[0].forecastMicros, qint64(std::llround(14300.0L * 24 / 15.5))); // 15.5 h of the day gone
        QVERIFY(f[0].forecastOver);
        QCOMPARE(f[1].state, Gui::BudgetForecast::State::Normal);
        QCOMPARE(f[2].state, Gui::BudgetForecast::State::Over);
        QCOMPARE(f[3].state, Gui::BudgetForecast::State::Normal);
        auto *bar0 = child<QProgressBar>(*page, "overviewBudget0ProgressBar");
        QCOMPARE(bar0->value(), 95);
        QCOMPARE(bar0->property("budgetState").toInt(), int(Gui::BudgetForecast::State::Warning));
        QCOMPARE(bar0->text(), QStringLiteral("$0.01 of $0.02 (95 %)"));
        QVERIFY(!bar0->accessibleName().isEmpty());
        auto *bar2 = child<QProgressBar>(*page, "overviewBudget2ProgressBar");
        QCOMPARE(bar2->value(), 100);
        QCOMPARE(bar2->property("budgetState").toInt(), int(Gui::BudgetForecast::State::Over));
        QVERIFY(bar2->palette().color(QPalette::Highlight) != bar0->palette().color(QPalette::Highlight));
        auto *forecast0 = child<QLabel>(*page, "overviewBudget0ForecastLabel");
        QCOMPARE(forecast0->text(), QStringLiteral("Forecast: $0.02, over the budget"));
        QVERIFY(forecast0->toolTip().contains(QLatin1String("straight line")));
        QCOMPARE(child<QLabel>(*page, "overviewBudget2NameLabel")->text(),
                 QStringLiteral("Route “smart”, this month"));

        // The month's tile against the overall monthly budget.
        QCOMPARE(child<QLabel>(*page, "overviewMonthSpendValueLabel")->text(),
                 QStringLiteral("$0.28 of $1.00 + 2 unpriced"));
        auto *monthBar = child<QProgressBar>(*page, "overviewMonthBudgetProgressBar");
        QVERIFY(!monthBar->isHidden());
        QCOMPARE(monthBar->value(), 27);

        // The budgets tab exports its table.
        page->charts()->setCurrentTab(UsageCharts::BudgetsTab);
        QTemporaryDir out;
        QVERIFY(page->charts()->exportCsv(out.filePath(QStringLiteral("b.csv"))));
        QFile csv(out.filePath(QStringLiteral("b.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines2 = csv.readAll().split('\n');
        QCOMPARE(lines2.size(), 6);
        QCOMPARE(lines2[1],
                 QByteArray("\"Everything, today\",2025-03-14T00:00:00Z,2025-03-15T00:00:00Z,0.014300,"
                            "0.015000,95,0.022142\r"));
    }

    void tilesShowTodayAndUpdateLive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(seed(path, specs()));
        Gui::OverviewPage page(nullptr, nullptr);
        QAbstractItemModelTester tester(page.topModels(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setClock([] { return kNow; });
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setStorePath(path);
        QTRY_VERIFY(!page.isRefreshing());
        auto *spent = child<QLabel>(page, "overviewTodaySpendValueLabel");
        auto *requests = child<QLabel>(page, "overviewTodayRequestsValueLabel");
        auto *errors = child<QLabel>(page, "overviewTodayErrorsValueLabel");
        QCOMPARE(spent->text(), QStringLiteral("$0.01 + 1 unpriced"));
        QCOMPARE(spent->toolTip(), QStringLiteral("Exactly $0.014300 since midnight"));
        QCOMPARE(requests->text(), QStringLiteral("6"));
        QCOMPARE(errors->text(), QStringLiteral("1 (16.7 %)"));
        QCOMPARE(child<QLabel>(page, "overviewMonthSpendValueLabel")->text(),
                 QStringLiteral("$0.28 + 2 unpriced"));
        QVERIFY(child<QProgressBar>(page, "overviewMonthBudgetProgressBar")->isHidden()); // no budget set

        // The top models of the month: by requests, then by spend.
        Gui::TopModelsModel *top = page.topModels();
        QCOMPARE(top->rowCount(), 3);
        QCOMPARE(top->index(0, Gui::TopModelsModel::ModelColumn).data().toString(),
                 QStringLiteral("anthropic/claude-sonnet"));
        QCOMPARE(top->index(0, Gui::TopModelsModel::RequestsColumn).data().toString(), QStringLiteral("6"));
        QCOMPARE(top->index(0, Gui::TopModelsModel::SpendColumn).data().toString(),
                 QStringLiteral("$0.11 + 2 unpriced"));
        auto *rank = child<QComboBox>(page, "overviewTopModelsComboBox");
        rank->setCurrentIndex(rank->findData(int(Gui::TopModelsModel::Rank::Spend)));
        QCOMPARE(top->index(0, Gui::TopModelsModel::ModelColumn).data().toString(),
                 QStringLiteral("openai/gpt-4o"));
        QCOMPARE(
            top->index(0, Gui::TopModelsModel::SpendColumn).data(Gui::TopModelsModel::ValueRole).toLongLong(),
            qint64(165000));
        QCOMPARE(top->index(2, Gui::TopModelsModel::ModelColumn).data().toString(),
                 QStringLiteral("openai/gpt-4o-mini"));

        // Traffic arrives: the tiles follow on their own, the page being visible.
        const QList<Spec> more{
            {kNow - 2 * kMinute, kOpenAi, kGpt, kSmart, kVscode, 200, 50000, false, 0, 10, 10, 100},
            {kNow - kMinute, kOpenAi, kGpt, kSmart, kVscode, 503, std::nullopt, false, 0, 0, 0, 100},
        };
        QVERIFY(seed(path, more));
        QTRY_COMPARE_WITH_TIMEOUT(requests->text(), QStringLiteral("8"), 8000);
        QCOMPARE(errors->text(), QStringLiteral("2 (25.0 %)"));
        QCOMPARE(spent->text(), QStringLiteral("$0.06 + 1 unpriced"));
        QCOMPARE(
            top->index(0, Gui::TopModelsModel::SpendColumn).data(Gui::TopModelsModel::ValueRole).toLongLong(),
            qint64(215000));
    }

    void manyGroupsBecomeOther()
    {
        const Gui::ChartRange range = Gui::ChartRange::lastDays(7, kNow);
        QList<Usage::UsageRow> rows;
        for (int i = 0; i < 10; ++i) {
            Usage::UsageRow r;
            r.bucketStartMs = kToday;
            r.group = QStringLiteral("app%1").arg(i);
            r.requests = 1;
            r.costMicros = (i + 1) * 1000;
            rows.append(r);
        }
        const Gui::ChartTable table = Gui::UsageTables::spend(range, rows, GroupBy::App);
        QCOMPARE(table.series.size(), Gui::UsageTables::kMaxGroups);
        QCOMPARE(table.series.first().name, QStringLiteral("app9"));
        QCOMPARE(table.series.first().filter.app, QStringLiteral("app9"));
        QCOMPARE(table.series.last().name, QStringLiteral("Other"));
        QCOMPARE(table.series.last().values[6], 1000.0 + 2000.0 + 3000.0); // app0, app1, app2
        QCOMPARE(table.series.last().filter, Usage::RowFilter());
        QCOMPARE(table.total(), 55000.0);
        // "provider/model" splits at the first slash: model names may hold more.
        QCOMPARE(Gui::UsageTables::splitTarget(QStringLiteral("openrouter/meta-llama/llama-3")),
                 std::make_pair(QStringLiteral("openrouter"), QStringLiteral("meta-llama/llama-3")));
    }

    void withoutAStore()
    {
        Gui::OverviewPage page(nullptr, nullptr);
        page.setClock([] { return kNow; });
        page.refreshUsage();
        QVERIFY(!page.isRefreshing());
        QVERIFY(page.charts()->statusText().startsWith(QLatin1String("No usage database")));
        QCOMPARE(child<QLabel>(page, "overviewTodayRequestsValueLabel")->text(), QStringLiteral("—"));
        QCOMPARE(page.charts()->chart(UsageCharts::SpendTab)->table().total(), 0.0);
        QCOMPARE(page.charts()->chart(UsageCharts::SpendTab)->table().categoryCount(), 7);
    }
};

int main(int argc, char **argv)
{
    // Local time is UTC here, so that hour labels and "today" do not depend on the machine's zone.
    qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    TestCharts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_charts.moc"
