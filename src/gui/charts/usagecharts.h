// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagetables.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Switchyard::Gui {

class BudgetPanel;
class UsageChart;
class UsageQueryRunner;

// The Overview's charts: a range picker (24 h, 7 d, 30 d, custom), what spend and requests are
// stacked by, one tab per chart (spend, requests, tokens, latency, errors, cache hits, money saved)
// and the budgets, and the export of the current one as PNG or CSV. Reads only the store's rollups,
// through the runner, off the GUI thread.
class UsageCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageCharts)

public:
    enum class Range
    {
        Last24Hours,
        Last7Days,
        Last30Days,
        Custom
    };
    enum Tab
    {
        SpendTab,
        RequestsTab,
        TokensTab,
        LatencyTab,
        ErrorsTab,
        CacheHitsTab,
        SavedTab,
        BudgetsTab
    };
    using Clock = std::function<qint64()>;
    static constexpr int kLatencyTargets = 10;

    explicit UsageCharts(UsageQueryRunner *runner, QWidget *parent = nullptr);
    ~UsageCharts() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRange(Range range);                                      // reloads
    void setCustomRange(const QDateTime &from, const QDateTime &to); // picks Custom; reloads
    void setGroupBy(Usage::UsageQuery::GroupBy groupBy);             // reloads
    [[nodiscard]] Range rangeChoice() const;
    [[nodiscard]] Usage::UsageQuery::GroupBy groupBy() const;
    [[nodiscard]] ChartRange range() const; // what the current choice covers now

    [[nodiscard]] UsageChart *chart(Tab tab) const;
    [[nodiscard]] BudgetPanel *budgets() const { return m_budgets; }
    void setCurrentTab(Tab tab);
    [[nodiscard]] Tab currentTab() const;

    // Queries the store again; loaded() when the charts show the answer (or why there is none).
    void reload();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QString statusText() const;

    // The current tab: the chart as an image, its data as CSV (the budgets as a table of them).
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void logsRequested(const Switchyard::Usage::RowFilter &filter);
    void loaded();

private:
    void showTables(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                    const QList<TargetLatency> &latency);
    void updateControls();
    void chooseExport(bool png);
    void setStatus(const QString &text);

    UsageQueryRunner *m_runner;
    Clock m_clock;
    QComboBox *m_rangeBox;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QComboBox *m_groupBox;
    QPushButton *m_pngButton;
    QPushButton *m_csvButton;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QList<UsageChart *> m_charts; // in Tab order, up to BudgetsTab
    BudgetPanel *m_budgets;
    quint64 m_generation = 0; // bumped by every reload: answers to an older one are dropped
    bool m_loading = false;
};

} // namespace Switchyard::Gui
