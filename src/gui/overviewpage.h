// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/budgetforecast.h"
#include "usage/usagestore.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class OverviewPage;
}

namespace Switchyard {
class Gateway;

namespace Gui {

class AppController;
class TopModelsModel;
class UsageCharts;
class UsageQueryRunner;

// Overview: where the endpoint listens and what it is doing (the server's live counters), today's
// spend, requests and errors, this month's spend against the budgets, the top models, and the usage
// charts. Updates live while visible: the counters every second, the store's numbers every few
// seconds (rollups only, off the GUI thread), the charts less often.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    using Clock = std::function<qint64()>;
    static constexpr int kStatusIntervalMs = 1000;
    static constexpr int kTilesEveryTicks = 5;   // the at-a-glance numbers and budgets
    static constexpr int kChartsEveryTicks = 30; // the charts

    // Reads the store the gateway writes; budgets from the controller's config (or the gateway's).
    explicit OverviewPage(Gateway *gateway, AppController *controller = nullptr, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setStartupError(const QString &error);
    // Another store (tests); refreshes.
    void setStorePath(const QString &path);
    [[nodiscard]] QString storePath() const;
    // The wall clock the tiles, budgets and chart ranges use (tests pin it).
    void setClock(Clock clock);

    // Queries the store now for the tiles, the budgets and the charts; usageRefreshed() when all
    // show the answer.
    void refreshUsage();
    [[nodiscard]] bool isRefreshing() const;

    [[nodiscard]] UsageCharts *charts() const { return m_charts; }
    [[nodiscard]] TopModelsModel *topModels() const { return m_topModels; }
    [[nodiscard]] QList<BudgetLine> budgetLines() const; // the config's, spend not filled in

Q_SIGNALS:
    void logsRequested(const Switchyard::Usage::RowFilter &filter);
    void baseUrlCopied();
    void usageRefreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Tiles
    {
        Usage::UsageRow today;
        Usage::UsageRow month;
        QList<Usage::UsageRow> models;
        QList<BudgetLine> budgets;
    };
    void retranslateStatus();
    void tick();
    void refreshStatus();
    void followStore();
    void refreshTiles();
    void showTiles(const Tiles &tiles, bool fromStore);
    void copyBaseUrl();
    void checkRefreshed();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    Gateway *m_gateway;
    AppController *m_controller;
    UsageQueryRunner *m_runner;
    UsageCharts *m_charts;
    TopModelsModel *m_topModels;
    Clock m_clock;
    QString m_startupError;
    QString m_followedPath; // the gateway's store last followed
    int m_ticks = 0;
    bool m_tilesPending = false;
};

} // namespace Gui
} // namespace Switchyard
