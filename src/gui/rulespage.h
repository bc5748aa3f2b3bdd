// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "rulereplaymodel.h"

#include <QJsonObject>
#include <QList>
#include <QThread>
#include <QWidget>

#include <memory>

namespace Ui {
class RulesPage;
}

namespace Switchyard::Gui {

class AppController;
class ConditionEditor;
class ConditionTreeModel;
class RuleListModel;
class UsageLogWorker;

// Rules: a visual editor for the routing rules on a draft (ordered list with drag to reorder and
// enable boxes, a condition builder, an action editor, the default rule pinned last), a tester that
// shows where a composed or logged request would go on the draft (matched rule, trace, targets in
// order with reasons, skipped ones), and a replay of the last logged requests against the draft
// (what would change, what cannot be told, the cost difference). Apply goes through AppController
// like every edit; Revert drops the draft. Decisions come from core (routing/decision.h), never
// from a provider call.
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    explicit RulesPage(AppController *controller, QWidget *parent = nullptr);
    ~RulesPage() override;

    // Another usage store (tests); the logged requests are read from it (off the GUI thread).
    void setStorePath(const QString &path);
    [[nodiscard]] RuleListModel *ruleModel() const { return m_rules; }
    [[nodiscard]] ConditionTreeModel *conditionModel() const { return m_conditions; }
    [[nodiscard]] RuleReplayModel *replayModel() const { return m_replay; }
    [[nodiscard]] bool hasDraft() const; // unsaved changes
    [[nodiscard]] Config::Config draft() const;
    [[nodiscard]] bool isLoadingLogs() const { return m_pendingLoads > 0; }

public Q_SLOTS:
    void apply();
    void revert();
    void replay(); // reads the last N requests in the background, then replays them

private:
    enum class Purpose
    {
        Tester,
        Replay
    };

    void followController();
    void reload(); // the draft := the applied config
    void fillChoices();
    int currentRule() const;
    void selectRule(int row);
    void ruleSelected();
    void conditionSelected();
    void updateConditionButtons();
    void conditionEdited();
    void treeEdited();
    void showAction(const Config::RuleAction &action);
    void actionEdited();
    void updateActionFields();
    void draftEdited();
    void updateButtons();
    void addRule();
    void duplicateRule();
    void removeRule();
    void moveRule(int delta);
    void addCondition(bool group);
    void removeCondition();
    void runTester();
    void loggedPicked();
    void loadRows(Purpose purpose, int limit);
    void rowsLoaded(quint64 generation, const QList<QJsonObject> &rows, const QString &error);
    void replayed(quint64 generation, const RuleReplayModel::Result &result);

    std::unique_ptr<Ui::RulesPage> m_ui;
    AppController *m_controller;
    RuleListModel *m_rules;
    ConditionTreeModel *m_conditions;
    RuleReplayModel *m_replay;
    ConditionEditor *m_conditionEditor;
    Config::Config m_testerConfig; // the draft the tester's plan points into
    int m_shownRule = -1;          // the row whose condition and action the editors show
    bool m_loading = false;        // filling editors: their signals are not edits
    bool m_setInvalid = false;     // the parameters field holds no JSON object
    QString m_applyMessage;

    QThread m_thread;
    UsageLogWorker *m_worker; // lives on m_thread
    QString m_storePath;
    quint64 m_generation = 0;
    quint64 m_testerGeneration = 0;
    quint64 m_replayGeneration = 0;
    int m_pendingLoads = 0;
    QList<QJsonObject> m_loggedRows; // the tester's pick list
};

} // namespace Switchyard::Gui
