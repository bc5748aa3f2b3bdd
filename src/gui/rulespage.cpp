// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulespage.h"

#include "appcontroller.h"
#include "conditioneditor.h"
#include "conditiontreemodel.h"
#include "gateway.h"
#include "llm/codec.h"
#include "routing/decision.h"
#include "routing/targethealth.h"
#include "rulechecks.h"
#include "rulelistmodel.h"
#include "rulereplaymodel.h"
#include "ui_rulespage.h"
#include "usage/usagewriter.h"
#include "usagelogmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSet>

namespace Switchyard::Gui {

namespace {

constexpr int kLoggedPicks = 50; // logged requests offered to the tester

enum Destination
{
    AsNamed,
    ToRoute,
    ToTarget,
    Refuse
};

QStringList routeNames(const Config::Config &config)
{
    QStringList out;
    for (const Config::Route &r : config.routes)
        out.append(r.name);
    return out;
}

QStringList providerIds(const Config::Config &config)
{
    QStringList out;
    for (const Config::Provider &p : config.providers)
        out.append(p.id);
    return out;
}

// Direct targets worth offering: every provider/model the routes name.
QStringList targetNames(const Config::Config &config)
{
    QStringList out;
    for (const Config::Route &r : config.routes) {
        for (const Config::RouteTarget &t : r.targets) {
            const QString name = t.provider + QLatin1Char('/') + t.model;
            if (!t.provider.isEmpty() && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

void refill(QComboBox *box, const QStringList &items)
{
    const QString current = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(items);
    const int index = box->findText(current);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setEditText(current);
}

} // namespace

RulesPage::RulesPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RulesPage>()), m_controller(controller),
      m_rules(new RuleListModel(this)), m_conditions(new ConditionTreeModel(this)),
      m_replay(new RuleReplayModel(this)), m_worker(new UsageLogWorker)
{
    m_ui->setupUi(this);
    m_conditionEditor = new ConditionEditor(m_ui->rulesConditionGroupBox);
    m_conditionEditor->setObjectName(QStringLiteral("rulesConditionEditor"));
    m_ui->rulesConditionEditorLayout->addWidget(m_conditionEditor);
    m_ui->rulesListView->setModel(m_rules);
    m_ui->rulesConditionTreeView->setModel(m_conditions);
    m_ui->rulesReplayTableView->setModel(m_replay);
    m_ui->rulesReplayTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->rulesTesterTargetsTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->rulesSplitter->setStretchFactor(0, 2);
    m_ui->rulesSplitter->setStretchFactor(1, 3);
    m_ui->rulesSplitter->setStretchFactor(2, 3);
    m_ui->rulesDestinationComboBox->addItem(tr("the model the request names"), AsNamed);
    m_ui->rulesDestinationComboBox->addItem(tr("a route"), ToRoute);
    m_ui->rulesDestinationComboBox->addItem(tr("a provider/model target"), ToTarget);
    m_ui->rulesDestinationComboBox->addItem(tr("nowhere: refuse it"), Refuse);
    m_ui->rulesTesterTimeDateTimeEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->rulesTesterLoggedComboBox->addItem(tr("Compose a request"));
    m_ui->rulesTesterLoggedComboBox->setToolTip(
        tr("A logged request keeps its model, app, streaming, size and time; its headers, images, tools "
           "and text are not logged and count as absent here."));
    // Combo boxes whose items come from the config and the log: as wide as the pane, not as their
    // longest item (a logged request's line would widen the whole page).
    for (QComboBox *box :
         {m_ui->rulesTesterLoggedComboBox, m_ui->rulesTesterModelComboBox, m_ui->rulesTesterAppComboBox,
          m_ui->rulesRouteComboBox, m_ui->rulesTargetComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_ui->rulesReplayProgressBar->hide();
    m_ui->rulesActionProblemLabel->hide();
    m_ui->rulesActionProblemLabel->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 2px;"));

    m_thread.setObjectName(QStringLiteral("rules-log"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &UsageLogWorker::loaded, this, &RulesPage::rowsLoaded);
    m_thread.start();

    connect(m_rules, &RuleListModel::edited, this, [this] {
        m_applyMessage.clear(); // the last Apply's outcome is about a draft that is gone now
        draftEdited();
    });
    // Moves, inserts and removals renumber the rows: the editors follow the selected rule.
    auto renumbered = [this] {
        m_shownRule = currentRule();
        updateButtons();
    };
    connect(m_rules, &QAbstractItemModel::rowsMoved, this, renumbered);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, renumbered);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, renumbered);
    connect(m_ui->rulesListView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesPage::ruleSelected);
    connect(m_ui->rulesConditionTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RulesPage::conditionSelected);
    connect(m_conditions, &ConditionTreeModel::edited, this, &RulesPage::treeEdited);
    connect(m_conditionEditor, &ConditionEditor::edited, this, &RulesPage::conditionEdited);

    connect(m_ui->rulesDestinationComboBox, &QComboBox::currentIndexChanged, this, &RulesPage::actionEdited);
    connect(m_ui->rulesRouteComboBox, &QComboBox::currentIndexChanged, this, &RulesPage::actionEdited);
    connect(m_ui->rulesTargetComboBox, &QComboBox::currentTextChanged, this, &RulesPage::actionEdited);
    for (QLineEdit *e : {m_ui->rulesRefuseLineEdit, m_ui->rulesSetLineEdit, m_ui->rulesTagsLineEdit})
        connect(e, &QLineEdit::textChanged, this, &RulesPage::actionEdited);
    connect(m_ui->rulesCapSpinBox, &QSpinBox::valueChanged, this, &RulesPage::actionEdited);

    connect(m_ui->rulesAddButton, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_ui->rulesDuplicateButton, &QPushButton::clicked, this, &RulesPage::duplicateRule);
    connect(m_ui->rulesRemoveButton, &QPushButton::clicked, this, &RulesPage::removeRule);
    connect(m_ui->rulesMoveUpButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ui->rulesMoveDownButton, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_ui->rulesAddConditionButton, &QPushButton::clicked, this, [this] { addCondition(false); });
    connect(m_ui->rulesAddGroupButton, &QPushButton::clicked, this, [this] { addCondition(true); });
    connect(m_ui->rulesRemoveConditionButton, &QPushButton::clicked, this, &RulesPage::removeCondition);
    connect(m_ui->rulesApplyButton, &QPushButton::clicked, this, &RulesPage::apply);
    connect(m_ui->rulesRevertButton, &QPushButton::clicked, this, &RulesPage::revert);
    connect(m_ui->rulesReplayButton, &QPushButton::clicked, this, &RulesPage::replay);

    // The tester answers as the request is typed.
    connect(m_ui->rulesTesterModelComboBox, &QComboBox::currentTextChanged, this, &RulesPage::runTester);
    connect(m_ui->rulesTesterAppComboBox, &QComboBox::currentTextChanged, this, &RulesPage::runTester);
    for (QPlainTextEdit *e : {m_ui->rulesTesterHeadersPlainTextEdit, m_ui->rulesTesterMessagePlainTextEdit})
        connect(e, &QPlainTextEdit::textChanged, this, &RulesPage::runTester);
    connect(m_ui->rulesTesterTokensSpinBox, &QSpinBox::valueChanged, this, &RulesPage::runTester);
    for (QCheckBox *c :
         {m_ui->rulesTesterImagesCheckBox, m_ui->rulesTesterToolsCheckBox, m_ui->rulesTesterStreamCheckBox})
        connect(c, &QCheckBox::toggled, this, &RulesPage::runTester);
    connect(m_ui->rulesTesterTimeDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &RulesPage::runTester);
    connect(m_ui->rulesTesterLoggedComboBox, &QComboBox::activated, this, &RulesPage::loggedPicked);

    connect(m_controller, &AppController::configChanged, this, &RulesPage::followController);
    // The usage store opens with the endpoint: follow it, as the Logs page does.
    auto followStore = [this] {
        Gateway *gateway = m_controller->gateway();
        const auto writer = gateway ? gateway->usageWriter() : nullptr;
        if (writer && writer->path() != m_storePath)
            setStorePath(writer->path());
    };
    connect(m_controller, &AppController::endpointStateChanged, this, followStore);
    followStore();
    reload();
}

RulesPage::~RulesPage()
{
    m_thread.quit();
    m_thread.wait();
}

void RulesPage::setStorePath(const QString &path)
{
    m_storePath = path;
    loadRows(Purpose::Tester, kLoggedPicks);
}

bool RulesPage::hasDraft() const
{
    const Config::Config &applied = m_controller->config();
    return m_rules->rules() != applied.rules || m_rules->defaultRule() != applied.defaultRule;
}

Config::Config RulesPage::draft() const
{
    // The rules over whatever else is applied now: another page's edits are never undone by an apply.
    Config::Config next = m_controller->config();
    next.rules = m_rules->rules();
    next.defaultRule = m_rules->defaultRule();
    return next;
}

void RulesPage::followController()
{
    if (!hasDraft()) {
        reload();
        return;
    }
    fillChoices(); // routes and providers may have changed under the draft
    draftEdited();
}

void RulesPage::reload()
{
    const int row = currentRule();
    const Config::Config &config = m_controller->config();
    m_rules->setRules(config.rules, config.defaultRule);
    fillChoices();
    selectRule(qBound(0, row, m_rules->rowCount() - 1));
    draftEdited();
}

void RulesPage::fillChoices()
{
    const Config::Config &config = m_controller->config();
    const QStringList routes = routeNames(config);
    const QStringList targets = targetNames(config);
    m_rules->setKnown(routes, providerIds(config));
    const bool loading = std::exchange(m_loading, true);
    refill(m_ui->rulesRouteComboBox, routes);
    refill(m_ui->rulesTargetComboBox, targets);
    m_loading = loading;
    refill(m_ui->rulesTesterModelComboBox, routes + targets);
    QStringList apps{QString()}; // no app
    for (const Config::AccessToken &t : config.tokens)
        apps.append(t.name);
    refill(m_ui->rulesTesterAppComboBox, apps);
    if (m_shownRule >= 0 && m_shownRule < m_rules->rowCount())
        showAction(m_rules->isDefaultRow(m_shownRule) ? m_rules->defaultRule()
                                                      : m_rules->rules().at(m_shownRule).action);
}

int RulesPage::currentRule() const
{
    const QModelIndex current = m_ui->rulesListView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RulesPage::selectRule(int row)
{
    const QModelIndex index = m_rules->index(row, 0);
    m_ui->rulesListView->setCurrentIndex(index);
    ruleSelected();
}

void RulesPage::ruleSelected()
{
    m_shownRule = currentRule();
    const bool isRule = m_shownRule >= 0 && !m_rules->isDefaultRow(m_shownRule);
    m_loading = true;
    m_conditions->setCondition(isRule ? m_rules->rules().at(m_shownRule).when : Config::RuleCondition());
    m_loading = false;
    // The default rule has no condition: it is what happens when none matches.
    m_ui->rulesConditionGroupBox->setEnabled(isRule);
    m_ui->rulesConditionTreeView->expandAll();
    m_ui->rulesConditionTreeView->setCurrentIndex(m_conditions->rootIndex());
    conditionSelected();
    if (m_shownRule >= 0)
        showAction(isRule ? m_rules->rules().at(m_shownRule).action : m_rules->defaultRule());
    m_ui->rulesActionGroupBox->setEnabled(m_shownRule >= 0);
    m_ui->rulesActionGroupBox->setTitle(isRule ? tr("Then") : tr("Otherwise (the default rule)"));
    updateButtons();
}

void RulesPage::conditionSelected()
{
    QModelIndex index = m_ui->rulesConditionTreeView->currentIndex();
    if (!index.isValid())
        index = m_conditions->rootIndex();
    m_conditionEditor->setCondition(m_conditions->conditionAt(index));
    updateConditionButtons();
}

void RulesPage::updateConditionButtons()
{
    QModelIndex index = m_ui->rulesConditionTreeView->currentIndex();
    if (!index.isValid())
        index = m_conditions->rootIndex();
    m_conditionEditor->setProblem(index.data(ConditionTreeModel::ProblemRole).toString());
    const bool isRoot = !index.parent().isValid();
    const bool isAlways = isRoot && m_conditions->conditionAt(index) == Config::RuleCondition();
    m_ui->rulesRemoveConditionButton->setEnabled(!isAlways);
}

void RulesPage::conditionEdited()
{
    QModelIndex index = m_ui->rulesConditionTreeView->currentIndex();
    if (!index.isValid())
        index = m_conditions->rootIndex();
    m_conditions->setConditionAt(index, m_conditionEditor->condition());
    // Not reloaded into the editor: an operator chosen before its value is typed must stay chosen.
    updateConditionButtons();
}

void RulesPage::treeEdited()
{
    if (m_loading || m_shownRule < 0 || m_rules->isDefaultRow(m_shownRule))
        return;
    Config::Rule rule = m_rules->rules().at(m_shownRule);
    rule.when = m_conditions->condition();
    m_rules->setRule(m_shownRule, rule);
}

void RulesPage::addCondition(bool group)
{
    QModelIndex at = m_ui->rulesConditionTreeView->currentIndex();
    if (!at.isValid())
        at = m_conditions->rootIndex();
    const Config::RuleCondition added = ConditionEditor::defaultFor(
        group ? Config::RuleCondition::Kind::Any : Config::RuleCondition::Kind::Model);
    const auto kind = Config::RuleCondition::Kind(at.data(ConditionTreeModel::KindRole).toInt());
    if (!ConditionTreeModel::isGroup(kind)) {
        if (at.parent().isValid()) {
            at = at.parent(); // beside the selected condition, in its group
        } else {
            // The rule's whole condition is a single one: both go into an "all" group.
            Config::RuleCondition all;
            all.children = {m_conditions->condition(), added};
            m_conditions->setCondition(all);
            m_ui->rulesConditionTreeView->expandAll();
            m_ui->rulesConditionTreeView->setCurrentIndex(
                m_conditions->index(1, 0, m_conditions->rootIndex()));
            treeEdited();
            conditionSelected();
            return;
        }
    }
    const QModelIndex index = m_conditions->addChild(at, added);
    m_ui->rulesConditionTreeView->expand(at);
    m_ui->rulesConditionTreeView->setCurrentIndex(index);
    conditionSelected();
}

void RulesPage::removeCondition()
{
    const QModelIndex index = m_ui->rulesConditionTreeView->currentIndex();
    if (!index.isValid())
        return;
    const QModelIndex parent = index.parent();
    m_conditions->removeNode(index);
    m_ui->rulesConditionTreeView->setCurrentIndex(parent.isValid() ? parent : m_conditions->rootIndex());
    conditionSelected();
}

void RulesPage::showAction(const Config::RuleAction &a)
{
    const bool loading = std::exchange(m_loading, true);
    const Destination d = !a.route.isEmpty()    ? ToRoute
                          : !a.target.isEmpty() ? ToTarget
                          : !a.refuse.isEmpty() ? Refuse
                                                : AsNamed;
    m_ui->rulesDestinationComboBox->setCurrentIndex(m_ui->rulesDestinationComboBox->findData(d));
    if (!a.route.isEmpty() && m_ui->rulesRouteComboBox->findText(a.route) < 0)
        m_ui->rulesRouteComboBox->addItem(a.route); // a route the config no longer has: shown, and flagged
    if (!a.route.isEmpty())
        m_ui->rulesRouteComboBox->setCurrentIndex(m_ui->rulesRouteComboBox->findText(a.route));
    m_ui->rulesTargetComboBox->setEditText(a.target);
    m_ui->rulesRefuseLineEdit->setText(a.refuse);
    m_ui->rulesCapSpinBox->setValue(int(qMin<qint64>(a.capMaxTokens, m_ui->rulesCapSpinBox->maximum())));
    m_ui->rulesSetLineEdit->setText(
        a.set.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a.set).toJson(QJsonDocument::Compact)));
    m_ui->rulesTagsLineEdit->setText(a.tags.join(QLatin1String(", ")));
    m_setInvalid = false;
    m_loading = loading;
    updateActionFields();
}

void RulesPage::updateActionFields()
{
    const auto d = Destination(m_ui->rulesDestinationComboBox->currentData().toInt());
    m_ui->rulesRouteComboBox->setEnabled(d == ToRoute);
    m_ui->rulesTargetComboBox->setEnabled(d == ToTarget);
    m_ui->rulesRefuseLineEdit->setEnabled(d == Refuse);
    QString problem;
    if (m_shownRule >= 0)
        problem = m_rules->isDefaultRow(m_shownRule)
                      ? m_rules->problem(m_shownRule)
                      : RuleChecks::actionProblem(m_rules->rules().at(m_shownRule).action,
                                                  routeNames(m_controller->config()),
                                                  providerIds(m_controller->config()), false);
    if (d == Refuse && m_ui->rulesRefuseLineEdit->text().trimmed().isEmpty())
        problem = tr("Give the message the refused requests get.");
    if (m_setInvalid)
        problem = tr("Parameters must be a JSON object, such as {\"temperature\": 0}.");
    m_ui->rulesActionProblemLabel->setText(problem);
    m_ui->rulesActionProblemLabel->setVisible(!problem.isEmpty());
}

void RulesPage::actionEdited()
{
    if (m_loading || m_shownRule < 0)
        return;
    const bool isDefault = m_rules->isDefaultRow(m_shownRule);
    Config::RuleAction a = isDefault ? m_rules->defaultRule() : m_rules->rules().at(m_shownRule).action;
    const auto d = Destination(m_ui->rulesDestinationComboBox->currentData().toInt());
    a.route = d == ToRoute ? m_ui->rulesRouteComboBox->currentText() : QString();
    a.target = d == ToTarget ? m_ui->rulesTargetComboBox->currentText().trimmed() : QString();
    a.refuse = d == Refuse ? m_ui->rulesRefuseLineEdit->text().trimmed() : QString();
    a.capMaxTokens = m_ui->rulesCapSpinBox->value();
    const QString setText = m_ui->rulesSetLineEdit->text().trimmed();
    m_setInvalid = false;
    if (setText.isEmpty()) {
        a.set = {};
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(setText.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            a.set = doc.object();
        else
            m_setInvalid = true; // the last valid parameters stay in the draft until this parses
    }
    a.tags = RuleChecks::splitList(m_ui->rulesTagsLineEdit->text());
    if (isDefault) {
        m_rules->setDefaultRule(a);
    } else {
        Config::Rule rule = m_rules->rules().at(m_shownRule);
        rule.action = a;
        m_rules->setRule(m_shownRule, rule);
    }
    updateActionFields();
}

void RulesPage::draftEdited()
{
    updateButtons();
    QString status =
        hasDraft() ? tr("The draft has changes that are not applied yet.") : tr("The rules are as applied.");
    if (!m_applyMessage.isEmpty())
        status = m_applyMessage;
    m_ui->rulesStatusLabel->setText(status);
    runTester();
}

void RulesPage::updateButtons()
{
    const int row = currentRule();
    const int n = int(m_rules->rules().size());
    const bool isRule = row >= 0 && row < n;
    m_ui->rulesDuplicateButton->setEnabled(isRule);
    m_ui->rulesRemoveButton->setEnabled(isRule);
    m_ui->rulesMoveUpButton->setEnabled(isRule && row > 0);
    m_ui->rulesMoveDownButton->setEnabled(isRule && row < n - 1);
    const bool draft = hasDraft();
    m_ui->rulesApplyButton->setEnabled(draft);
    m_ui->rulesRevertButton->setEnabled(draft);
}

void RulesPage::addRule()
{
    m_applyMessage.clear();
    Config::Rule rule;
    rule.name = m_rules->uniqueName(tr("New rule"));
    const QStringList routes = routeNames(m_controller->config());
    rule.action.route = routes.value(0); // a rule must do something; the first route is a start
    const int row = currentRule();
    const int at = m_rules->insertRule(
        row >= 0 && row < m_rules->rules().size() ? row + 1 : int(m_rules->rules().size()), rule);
    selectRule(at);
}

void RulesPage::duplicateRule()
{
    const int row = currentRule();
    if (row < 0 || row >= m_rules->rules().size())
        return;
    m_applyMessage.clear();
    Config::Rule copy = m_rules->rules().at(row);
    copy.name = m_rules->uniqueName(tr("%1 (copy)").arg(copy.name));
    selectRule(m_rules->insertRule(row + 1, copy));
}

void RulesPage::removeRule()
{
    const int row = currentRule();
    if (row < 0 || row >= m_rules->rules().size())
        return;
    m_applyMessage.clear();
    m_rules->removeRule(row);
    selectRule(qMin(row, m_rules->rowCount() - 1));
}

void RulesPage::moveRule(int delta)
{
    const int row = currentRule();
    if (row < 0 || !m_rules->moveRule(row, row + delta))
        return;
    m_applyMessage.clear();
    selectRule(row + delta);
}

void RulesPage::apply()
{
    if (m_setInvalid) {
        m_applyMessage = tr("Not applied: the parameters are not a JSON object. Fix them first.");
        draftEdited();
        return;
    }
    QStringList errors;
    if (!m_controller->apply(draft(), &errors)) {
        m_applyMessage =
            tr("Not applied: the config would be invalid.\n%1").arg(errors.join(QLatin1Char('\n')));
        draftEdited();
        return;
    }
    m_applyMessage = tr("Applied: new requests are routed by these rules.");
    draftEdited();
}

void RulesPage::revert()
{
    m_applyMessage.clear();
    reload();
}

void RulesPage::runTester()
{
    m_testerConfig = draft();
    const Config::Config &config = m_testerConfig;
    Gateway *gateway = m_controller->gateway();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    Routing::DecisionInput in;
    Routing::RuleInput &r = in.rule;
    r.requestedModel = m_ui->rulesTesterModelComboBox->currentText().trimmed();
    r.app = m_ui->rulesTesterAppComboBox->currentText().trimmed();
    auto headers = std::make_shared<QHash<QByteArray, QByteArray>>();
    for (const QString &line :
         m_ui->rulesTesterHeadersPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            headers->insert(line.left(colon).trimmed().toLower().toLatin1(),
                            line.mid(colon + 1).trimmed().toUtf8());
    }
    r.header = [headers](QByteArrayView name) { return headers->value(name.toByteArray()); };
    r.lastUserText = m_ui->rulesTesterMessagePlainTextEdit->toPlainText();
    r.hasImages = m_ui->rulesTesterImagesCheckBox->isChecked();
    r.hasTools = m_ui->rulesTesterToolsCheckBox->isChecked();
    r.stream = m_ui->rulesTesterStreamCheckBox->isChecked();
    if (m_ui->rulesTesterTokensSpinBox->value() > 0) {
        r.promptTokens = m_ui->rulesTesterTokensSpinBox->value();
    } else {
        // As the proxy estimates a decoded request: the message, plus a typical image budget.
        Llm::Request request;
        Llm::Message message;
        message.parts.append(Llm::Part{});
        message.parts.first().text = r.lastUserText;
        if (r.hasImages) {
            Llm::Part image;
            image.kind = Llm::Part::Kind::Image;
            message.parts.append(image);
        }
        request.messages.append(message);
        r.promptTokens = Llm::estimateInputTokens(request);
    }
    r.now = m_ui->rulesTesterTimeDateTimeEdit->dateTime();
    r.route = config.route(r.requestedModel) ? r.requestedModel : QString();
    if (gateway) {
        r.spentMicros = [gateway, nowMs](const QString &scope, const QString &period, const QString &key) {
            const QString k = scope == QLatin1StringView("app")     ? key
                              : scope == QLatin1StringView("route") ? Usage::SpendTracker::routeKey(key)
                                                                    : Usage::SpendTracker::totalKey();
            const Usage::SpendTracker::Spend s = gateway->spend(k, nowMs);
            return period == QLatin1StringView("month") ? s.monthMicros : s.dayMicros;
        };
        in.spend = [gateway, nowMs](const QString &key) { return gateway->spend(key, nowMs); };
        in.health = &gateway->health();
    }
    in.nowMs = nowMs;

    const Routing::Decision d = Routing::decide(config, in, true);
    QStringList lines;
    if (d.ruleName.isEmpty())
        lines << tr("No rules: the requested model decides.");
    else if (d.ruleIndex >= 0)
        lines << tr("Matches rule %1, '%2'.").arg(d.ruleIndex + 1).arg(d.ruleName);
    else
        lines << tr("No rule matches: the default rule applies.");
    switch (d.outcome) {
    case Routing::Decision::Outcome::Routed:
        lines << (d.plan.route.isEmpty()
                      ? tr("Goes to %1 directly.").arg(d.firstTarget())
                      : tr("Goes to the route '%1' (%2).").arg(d.plan.route, d.plan.strategy));
        break;
    case Routing::Decision::Outcome::Refused: lines << tr("Refused: %1").arg(d.message); break;
    default: lines << tr("Fails (%1): %2").arg(Routing::Decision::outcomeName(d.outcome), d.message); break;
    }
    if (!d.tags.isEmpty())
        lines << tr("Tagged %1.").arg(d.tags.join(QLatin1String(", ")));
    if (d.capMaxTokens > 0)
        lines << tr("Output capped at %L1 tokens.").arg(d.capMaxTokens);
    if (!d.set.isEmpty())
        lines << tr("Sets %1.").arg(QString::fromUtf8(QJsonDocument(d.set).toJson(QJsonDocument::Compact)));
    if (!d.budgetWarning.isEmpty())
        lines << tr("Budget warning: %1").arg(d.budgetWarning);
    m_ui->rulesTesterOutcomeLabel->setText(lines.join(QLatin1Char(' ')));
    m_ui->rulesTesterTracePlainTextEdit->setPlainText(d.trace.join(QLatin1Char('\n')));

    QTableWidget *table = m_ui->rulesTesterTargetsTableWidget;
    table->setRowCount(int(d.plan.targets.size() + d.plan.skipped.size()));
    int row = 0;
    auto put = [table, &row](const QString &place, const QString &target, const QString &why) {
        const QStringList cells{place, target, why};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    };
    for (qsizetype i = 0; i < d.plan.targets.size(); ++i) {
        const Routing::Target &t = d.plan.targets.at(i);
        put(QString::number(i + 1), t.via.isEmpty() ? t.name() : tr("%1 (via %2)").arg(t.name(), t.via),
            t.reason);
    }
    for (const Routing::Skipped &s : d.plan.skipped)
        put(tr("skipped"), s.target.name(), s.reason);
}

void RulesPage::loggedPicked()
{
    const int index = m_ui->rulesTesterLoggedComboBox->currentIndex() - 1;
    if (index < 0 || index >= m_loggedRows.size())
        return;
    const Routing::LoggedRequest r = RuleReplayModel::loggedRequest(m_loggedRows.at(index));
    m_ui->rulesTesterModelComboBox->setEditText(r.requestedModel);
    m_ui->rulesTesterAppComboBox->setEditText(r.app);
    m_ui->rulesTesterStreamCheckBox->setChecked(r.stream);
    m_ui->rulesTesterTokensSpinBox->setValue(int(qMin<qint64>(r.usage.inputTokens, 100'000'000)));
    m_ui->rulesTesterHeadersPlainTextEdit->clear();
    m_ui->rulesTesterMessagePlainTextEdit->clear();
    m_ui->rulesTesterImagesCheckBox->setChecked(false);
    m_ui->rulesTesterToolsCheckBox->setChecked(false);
    m_ui->rulesTesterTimeDateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(r.startedAtMs));
    runTester();
}

void RulesPage::replay()
{
    if (m_storePath.isEmpty()) {
        m_replay->clear();
        m_ui->rulesReplaySummaryLabel->setText(
            tr("No usage database: turn on usage storage in Settings to replay logged requests."));
        return;
    }
    m_ui->rulesReplayButton->setEnabled(false);
    m_ui->rulesReplayProgressBar->show();
    m_ui->rulesReplaySummaryLabel->setText(tr("Reading the logged requests…"));
    loadRows(Purpose::Replay, m_ui->rulesReplayCountSpinBox->value());
}

void RulesPage::loadRows(Purpose purpose, int limit)
{
    if (m_storePath.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    (purpose == Purpose::Tester ? m_testerGeneration : m_replayGeneration) = generation;
    ++m_pendingLoads;
    UsageLogWorker *worker = m_worker;
    const QString path = m_storePath;
    // The worker's thread runs the query (a Qt Sql connection belongs to its thread); the answer comes
    // back through a queued signal.
    QMetaObject::invokeMethod(worker, [worker, generation, path, limit] {
        worker->load(generation, path, Usage::RowFilter{}, std::nullopt, limit);
    });
}

void RulesPage::rowsLoaded(quint64 generation, const QList<QJsonObject> &rows, const QString &error)
{
    --m_pendingLoads;
    if (generation == m_testerGeneration) {
        m_loggedRows = rows;
        QComboBox *box = m_ui->rulesTesterLoggedComboBox;
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QJsonObject &row : rows) {
            const Routing::LoggedRequest r = RuleReplayModel::loggedRequest(row);
            box->addItem(tr("%1 · %2 · %3")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAtMs),
                                                     QLocale::ShortFormat),
                                  r.requestedModel, r.app.isEmpty() ? tr("no app") : r.app));
        }
        return;
    }
    if (generation != m_replayGeneration)
        return; // an older request's answer
    if (!error.isEmpty()) {
        m_ui->rulesReplayButton->setEnabled(true);
        m_ui->rulesReplayProgressBar->hide();
        m_replay->clear();
        m_ui->rulesReplaySummaryLabel->setText(
            tr("Could not read the usage database: %1. Check the data folder's permissions.").arg(error));
        return;
    }
    // Deciding thousands of requests takes a moment: on the worker's thread, with a copy of the draft.
    // The answer is posted back to the page (the destructor waits for that thread, so it cannot outlive
    // the page).
    m_ui->rulesReplayButton->setEnabled(false);
    m_ui->rulesReplayProgressBar->show();
    m_ui->rulesReplaySummaryLabel->setText(tr("Replaying %n request(s)…", nullptr, int(rows.size())));
    QMetaObject::invokeMethod(m_worker, [this, generation, config = draft(), rows, path = m_storePath] {
        // Requests logged with their bodies (body logging) are replayed with all they sent.
        QList<QJsonObject> withBodies = rows;
        for (QJsonObject &row : withBodies) {
            const QByteArray id = row.value(QLatin1StringView("requestId")).toString().toLatin1();
            if (const std::optional<Usage::LoggedBodies> bodies = m_worker->bodiesNow(path, id))
                row.insert(QStringLiteral("requestBody"), QString::fromUtf8(bodies->request));
        }
        RuleReplayModel::Result result = RuleReplayModel::replay(config, withBodies);
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result)] { replayed(generation, result); },
            Qt::QueuedConnection);
    });
}

void RulesPage::replayed(quint64 generation, const RuleReplayModel::Result &result)
{
    if (generation != m_replayGeneration)
        return; // a newer replay is on its way
    m_ui->rulesReplayButton->setEnabled(true);
    m_ui->rulesReplayProgressBar->hide();
    m_replay->setEntries(result.entries);
    const RuleReplayModel::Summary &s = result.summary;
    QString text = tr("Replayed %n logged request(s) against the draft: ", nullptr, s.total) +
                   tr("%n would change route or first target, ", nullptr, s.changed) +
                   tr("%n unchanged, ", nullptr, s.unchanged) +
                   tr("%n undetermined (the log lacks what a rule looks at).", nullptr, s.undetermined);
    if (s.changed > 0) {
        const int priced = s.changed - s.unpriced;
        if (priced > 0)
            text += QLatin1Char(' ') +
                    tr("Estimated cost of the %n changed request(s) with prices: ", nullptr, priced) +
                    tr("%1 logged, %2 with the draft (%3).")
                        .arg(RuleReplayModel::money(s.loggedMicros), RuleReplayModel::money(s.newMicros),
                             RuleReplayModel::signedMoney(s.newMicros - s.loggedMicros));
        if (s.unpriced > 0)
            text += QLatin1Char(' ') +
                    tr("%n changed request(s) unpriced, left out of the estimate.", nullptr, s.unpriced);
    }
    m_ui->rulesReplaySummaryLabel->setText(text);
}

} // namespace Switchyard::Gui
