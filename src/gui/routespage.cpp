// SPDX-License-Identifier: GPL-3.0-or-later
#include "routespage.h"

#include "appcontroller.h"
#include "config/confighistory.h"
#include "gateway.h"
#include "providers/modelcatalog.h"
#include "routepalettemodel.h"
#include "routing/targethealth.h"
#include "ui_routespage.h"
#include "usage/recentusage.h"

#include <QAction>
#include <QDateTime>
#include <QMessageBox>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Switchyard::Gui {

// One edit of the draft: the draft and the selection before and after, swapped whole. Whole
// snapshots make undo exact by construction (a draft is a few routes).
class RouteDraftCommand final : public QUndoCommand
{
public:
    RouteDraftCommand(RoutesPage *page, RouteDraft before, RouteDraft after, RoutesPage::Selection selBefore,
                      RoutesPage::Selection selAfter, const QString &text, QString mergeKey)
        : QUndoCommand(text), m_page(page), m_before(std::move(before)), m_after(std::move(after)),
          m_selBefore(std::move(selBefore)), m_selAfter(std::move(selAfter)), m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_page->setDraft(m_before, m_selBefore); }
    void redo() override { m_page->setDraft(m_after, m_selAfter); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const RouteDraftCommand *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        m_selAfter = o->m_selAfter;
        setObsolete(m_after == m_before); // dragged back to where it was: no step at all
        return true;
    }

private:
    RoutesPage *m_page;
    RouteDraft m_before;
    RouteDraft m_after;
    RoutesPage::Selection m_selBefore;
    RoutesPage::Selection m_selAfter;
    QString m_mergeKey;
};

namespace {

constexpr int kLiveRefreshMs = 2000;

// Widget setters that leave a widget alone when it already shows the value: refilling the form while
// the user types must not move the cursor or fire signals.
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setComboText(QComboBox *box, const QString &text)
{
    if (box->currentText() != text)
        box->setCurrentText(text);
}

void setComboData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (box->currentIndex() != index)
        box->setCurrentIndex(index);
}

void setItems(QComboBox *box, const QStringList &items)
{
    // Not under the user's fingers: the list follows the typed text once the field is left.
    if (box->isEditable() && box->hasFocus())
        return;
    QStringList now;
    for (int i = 0; i < box->count(); ++i)
        now << box->itemText(i);
    if (now == items)
        return;
    const QString text = box->currentText();
    box->clear();
    box->addItems(items);
    if (box->isEditable())
        box->setEditText(text);
}

const std::pair<const char *, Config::FallbackTrigger> kTriggerBoxes[] = {
    {"routesFallbackConnectCheckBox", Config::OnConnect},
    {"routesFallbackTimeoutCheckBox", Config::OnTimeout},
    {"routesFallback5xxCheckBox", Config::On5xx},
    {"routesFallback429CheckBox", Config::On429},
    {"routesFallbackContextCheckBox", Config::OnContextLength},
    {"routesFallbackFilterCheckBox", Config::OnContentFilter},
};

} // namespace

RoutesPage::RoutesPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RoutesPage>()), m_controller(controller),
      m_undo(new QUndoStack(this)), m_palette(new RoutePaletteModel(this))
{
    m_ui->setupUi(this);
    m_ui->routesSplitter->setStretchFactor(0, 1);
    m_ui->routesSplitter->setStretchFactor(1, 3);
    m_ui->routesSplitter->setStretchFactor(2, 1);
    m_ui->routesLimitsGroupBox->setToolTip(tr("A target at one of its limits is skipped for the next one."));
    // Room for the form beside the graph; the graph takes what is left.
    m_ui->routesFormScrollArea->setMinimumWidth(300);
    m_ui->routesSplitter->setSizes({260, 700, 360});
    m_ui->routesPaletteTreeView->setModel(m_palette);
    // Opened once per change of what it lists; a group the user closed stays closed until then.
    connect(m_palette, &QAbstractItemModel::modelReset, m_ui->routesPaletteTreeView, &QTreeView::expandAll);
    m_ui->routesApplyAnywayButton->hide();
    m_ui->routesTargetIssuesLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    for (const QString &s : Config::supportedStrategies()) {
        m_ui->routesStrategyComboBox->addItem(RouteChecks::strategyTitle(s), s);
        m_ui->routesStrategyComboBox->setItemData(m_ui->routesStrategyComboBox->count() - 1,
                                                  RouteChecks::strategyExplanation(s), Qt::ToolTipRole);
    }
    const std::pair<QString, Config::Toggle> toggles[] = {{tr("As set globally"), Config::Toggle::Default},
                                                          {tr("On"), Config::Toggle::On},
                                                          {tr("Off"), Config::Toggle::Off}};
    for (const auto &[text, value] : toggles) {
        m_ui->routesCacheComboBox->addItem(text, int(value));
        m_ui->routesCacheNonDeterministicComboBox->addItem(text, int(value));
    }
    m_ui->routesTargetKindComboBox->addItem(tr("Provider and model"), QStringLiteral("provider"));
    m_ui->routesTargetKindComboBox->addItem(tr("Nested route"), QStringLiteral("route"));

    // Undo and redo: the buttons, and Ctrl+Z / Ctrl+Shift+Z anywhere on the page (a text field being
    // edited keeps its own undo while it has the focus).
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    addAction(undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    addAction(redo);
    connect(m_ui->routesUndoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_ui->routesRedoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &RoutesPage::updateButtons);

    // The route list.
    connect(m_ui->routesListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling || row < 0 || row >= m_draft.routes.size())
            return;
        select({m_draft.routes[row].name, -1});
    });
    connect(m_ui->routesListWidget, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        renameRoute(item->data(Qt::UserRole).toString(), item->text().trimmed());
    });
    connect(m_ui->routesAddButton, &QPushButton::clicked, this, &RoutesPage::addRoute);
    connect(m_ui->routesDuplicateButton, &QPushButton::clicked, this, &RoutesPage::duplicateRoute);
    connect(m_ui->routesRemoveButton, &QPushButton::clicked, this, &RoutesPage::removeRoute);
    connect(m_ui->routesRenameButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->routesListWidget->currentItem())
            m_ui->routesListWidget->editItem(item);
    });

    // The palette: drag onto the graph, or Enter / double-click / the button to add at the end.
    const auto addFromPalette = [this] {
        const std::optional<Config::RouteTarget> t =
            m_palette->targetAt(m_ui->routesPaletteTreeView->currentIndex());
        const Config::Route *route = currentRoute();
        if (t && route)
            addTarget(*t, int(route->targets.size()));
    };
    connect(m_ui->routesPaletteTreeView, &QTreeView::activated, this, addFromPalette);
    connect(m_ui->routesAddTargetButton, &QPushButton::clicked, this, addFromPalette);

    // The graph.
    RouteGraphView *graph = m_ui->routesGraphView;
    connect(graph, &RouteGraphView::nodeSelected, this, [this](int node) {
        m_selection.node = node;
        refreshForm();
        updateButtons();
    });
    connect(graph, &RouteGraphView::targetDropped, this, &RoutesPage::addTarget);
    connect(graph, &RouteGraphView::targetMoved, this, &RoutesPage::moveTarget);
    connect(graph, &RouteGraphView::removeRequested, this, &RoutesPage::removeTarget);
    connect(graph, &RouteGraphView::moveRequested, this,
            [this](int node, int delta) { moveTarget(node, delta < 0 ? node - 1 : node + 2); });
    connect(m_ui->routesMoveUpButton, &QPushButton::clicked, this,
            [this] { moveTarget(m_selection.node, m_selection.node - 1); });
    connect(m_ui->routesMoveDownButton, &QPushButton::clicked, this,
            [this] { moveTarget(m_selection.node, m_selection.node + 2); });
    connect(m_ui->routesRemoveTargetButton, &QPushButton::clicked, this,
            [this] { removeTarget(m_selection.node); });

    // The route form.
    connect(m_ui->routesNameLineEdit, &QLineEdit::editingFinished, this, [this] {
        // Not while the form is being filled: switching its page takes the focus from this field, and a
        // rename then would replace the draft under the refresh that is reading it.
        if (m_filling)
            return;
        if (const Config::Route *r = currentRoute())
            renameRoute(r->name, m_ui->routesNameLineEdit->text().trimmed());
    });
    connect(m_ui->routesStrategyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_ui->routesStrategyComboBox->currentData().toString();
        editRoute(tr("Change the strategy"), [s](Config::Route &r) { r.strategy = s; });
    });
    const auto retry = [this](QSpinBox *box, int Config::RetryPolicy::*field, const QString &key) {
        connect(box, &QSpinBox::valueChanged, this, [this, field, key](int v) {
            editRoute(
                tr("Change the retries"), [field, v](Config::Route &r) { r.retry.*field = v; }, key);
        });
    };
    retry(m_ui->routesRetryAttemptsSpinBox, &Config::RetryPolicy::attempts, QStringLiteral("retry.attempts"));
    retry(m_ui->routesRetryInitialSpinBox, &Config::RetryPolicy::initialMs, QStringLiteral("retry.initial"));
    retry(m_ui->routesRetryMaxSpinBox, &Config::RetryPolicy::maxMs, QStringLiteral("retry.max"));
    for (const auto &[name, bit] : kTriggerBoxes) {
        auto *box = findChild<QCheckBox *>(QLatin1StringView(name));
        const quint8 mask = bit;
        connect(box, &QCheckBox::toggled, this, [this, mask](bool on) {
            editRoute(tr("Change when to move on"), [mask, on](Config::Route &r) {
                r.fallbackOn = on ? quint8(r.fallbackOn | mask) : quint8(r.fallbackOn & ~mask);
            });
        });
    }
    connect(m_ui->routesStickyHeaderLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_ui->routesStickyHeaderLineEdit->text().trimmed().toLower();
        editRoute(tr("Change the sticky header"), [v](Config::Route &r) { r.stickyHeader = v; });
    });
    connect(m_ui->routesStickyFieldLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_ui->routesStickyFieldLineEdit->text().trimmed();
        editRoute(tr("Change the sticky field"), [v](Config::Route &r) { r.stickyField = v; });
    });
    connect(m_ui->routesCacheComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto v = Config::Toggle(m_ui->routesCacheComboBox->currentData().toInt());
        editRoute(tr("Change the cache"), [v](Config::Route &r) { r.cache.enabled = v; });
    });
    connect(m_ui->routesCacheNonDeterministicComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto v = Config::Toggle(m_ui->routesCacheNonDeterministicComboBox->currentData().toInt());
        editRoute(tr("Change the cache"), [v](Config::Route &r) { r.cache.nonDeterministic = v; });
    });
    connect(m_ui->routesCacheTtlSpinBox, &QSpinBox::valueChanged, this, [this](int v) {
        editRoute(
            tr("Change the cache time"), [v](Config::Route &r) { r.cache.ttlSeconds = v; },
            QStringLiteral("cache.ttl"));
    });
    const auto dollars = [this](QDoubleSpinBox *box, qint64 Config::Budget::*field, const QString &key) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, key](double v) {
            editRoute(
                tr("Change the budget"),
                [field, v](Config::Route &r) { r.budget.*field = Usage::Price::fromDollars(v); }, key);
        });
    };
    dollars(m_ui->routesBudgetDailySpinBox, &Config::Budget::dailyMicros, QStringLiteral("budget.daily"));
    dollars(m_ui->routesBudgetMonthlySpinBox, &Config::Budget::monthlyMicros,
            QStringLiteral("budget.monthly"));
    connect(m_ui->routesBudgetWarnSpinBox, &QSpinBox::valueChanged, this, [this](int v) {
        editRoute(
            tr("Change the budget"), [v](Config::Route &r) { r.budget.warnAtPercent = v; },
            QStringLiteral("budget.warn"));
    });

    // The target form.
    connect(m_ui->routesTargetKindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool nested =
            m_ui->routesTargetKindComboBox->currentData().toString() == QLatin1String("route");
        QString otherRoute;
        for (const Config::Route &r : m_draft.routes) {
            if (r.name != m_selection.route) {
                otherRoute = r.name;
                break;
            }
        }
        const QString provider = m_controller->config().providers.isEmpty()
                                     ? QString()
                                     : m_controller->config().providers.first().id;
        if (nested && otherRoute.isEmpty()) {
            showMessage(tr("There is no other route to nest: add one first."), true);
            refreshForm();
            return;
        }
        editTarget(m_selection.node, tr("Change the kind of target"),
                   [nested, otherRoute, provider](Config::RouteTarget &t) {
                       if (nested == !t.route.isEmpty())
                           return;
                       t.route = nested ? otherRoute : QString();
                       t.provider = nested ? QString() : provider;
                       t.model.clear();
                   });
    });
    connect(m_ui->routesTargetProviderComboBox, &QComboBox::currentTextChanged, this,
            [this](const QString &text) {
                editTarget(
                    m_selection.node, tr("Change the provider"),
                    [text](Config::RouteTarget &t) { t.provider = text.trimmed(); },
                    QStringLiteral("provider"));
            });
    connect(m_ui->routesTargetModelComboBox, &QComboBox::currentTextChanged, this,
            [this](const QString &text) {
                editTarget(
                    m_selection.node, tr("Change the model"),
                    [text](Config::RouteTarget &t) { t.model = text.trimmed(); }, QStringLiteral("model"));
            });
    connect(m_ui->routesTargetRouteComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString route = m_ui->routesTargetRouteComboBox->currentText();
        editTarget(m_selection.node, tr("Change the nested route"), [route](Config::RouteTarget &t) {
            if (!t.route.isEmpty())
                t.route = route;
        });
    });
    const auto weight = [this](int v) {
        editTarget(
            m_selection.node, tr("Change the weight"), [v](Config::RouteTarget &t) { t.weight = v; },
            QStringLiteral("weight"));
    };
    connect(m_ui->routesTargetWeightSlider, &QSlider::valueChanged, this, weight);
    connect(m_ui->routesTargetWeightSpinBox, &QSpinBox::valueChanged, this, weight);
    const auto limit = [this](QSpinBox *box, int Config::RouteTarget::*field, const QString &key) {
        connect(box, &QSpinBox::valueChanged, this, [this, field, key](int v) {
            editTarget(
                m_selection.node, tr("Change a limit"), [field, v](Config::RouteTarget &t) { t.*field = v; },
                key);
        });
    };
    limit(m_ui->routesTargetMaxConcurrentSpinBox, &Config::RouteTarget::maxConcurrent,
          QStringLiteral("maxConcurrent"));
    limit(m_ui->routesTargetRpmSpinBox, &Config::RouteTarget::requestsPerMinute, QStringLiteral("rpm"));
    connect(m_ui->routesTargetTpmSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editTarget(
            m_selection.node, tr("Change a limit"),
            [v](Config::RouteTarget &t) { t.tokensPerMinute = qint64(v); }, QStringLiteral("tpm"));
    });
    const auto timeout = [this](QSpinBox *box, int Config::TargetTimeouts::*field, const QString &key) {
        connect(box, &QSpinBox::valueChanged, this, [this, field, key](int v) {
            editTarget(
                m_selection.node, tr("Change a timeout"),
                [field, v](Config::RouteTarget &t) { t.timeouts.*field = v; }, key);
        });
    };
    timeout(m_ui->routesTargetConnectSpinBox, &Config::TargetTimeouts::connectMs, QStringLiteral("connect"));
    timeout(m_ui->routesTargetFirstByteSpinBox, &Config::TargetTimeouts::firstByteMs,
            QStringLiteral("firstByte"));
    timeout(m_ui->routesTargetIdleSpinBox, &Config::TargetTimeouts::idleMs, QStringLiteral("idle"));
    timeout(m_ui->routesTargetTotalSpinBox, &Config::TargetTimeouts::totalMs, QStringLiteral("total"));

    // Apply, revert, versions.
    connect(m_ui->routesApplyButton, &QPushButton::clicked, this, [this] { applyDraft(false); });
    connect(m_ui->routesApplyAnywayButton, &QPushButton::clicked, this, [this] { applyDraft(true); });
    connect(m_ui->routesRevertButton, &QPushButton::clicked, this, &RoutesPage::revert);
    connect(m_ui->routesRestoreButton, &QPushButton::clicked, this, &RoutesPage::restoreVersion);
    connect(m_ui->routesVersionsListWidget, &QListWidget::currentRowChanged, this,
            &RoutesPage::updateButtons);
    connect(m_controller, &AppController::configChanged, this, &RoutesPage::onLiveConfigChanged);

    auto *timer = new QTimer(this); // health and latency move with traffic, not with the config
    timer->setInterval(kLiveRefreshMs);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshLive();
    });
    timer->start();

    m_liveRoutes = m_controller->config().routes;
    m_draft = RouteDraft::of(m_controller->config());
    if (!m_draft.routes.isEmpty())
        m_selection = {m_draft.routes.first().name, -1};
    refresh();
    refreshVersions();
}

RoutesPage::~RoutesPage()
{
    // The undo stack is a child, destroyed after this class's part: its last indexChanged() must not
    // reach the half-destroyed page.
    m_undo->disconnect(this);
}

Config::Config RoutesPage::draftConfig() const
{
    return m_draft.appliedTo(m_controller->config());
}

const Config::Route *RoutesPage::currentRoute() const
{
    for (const Config::Route &r : m_draft.routes) {
        if (r.name == m_selection.route)
            return &r;
    }
    return nullptr;
}

QString RoutesPage::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_draft.routes.cbegin(), m_draft.routes.cend(),
                           [&name](const Config::Route &r) { return r.name == name; });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = base + QLatin1Char('-') + QString::number(i);
        if (!taken(name))
            return name;
    }
}

// ---- edits ----------------------------------------------------------------------------------------

void RoutesPage::edit(const QString &text, const std::function<void(RouteDraft &)> &change,
                      const Selection &after, const QString &mergeKey)
{
    if (m_filling)
        return;
    RouteDraft next = m_draft;
    change(next);
    if (next == m_draft && after == m_selection)
        return;
    m_undo->push(new RouteDraftCommand(this, m_draft, next, m_selection, after, text, mergeKey));
}

void RoutesPage::editRoute(const QString &text, const std::function<void(Config::Route &)> &change,
                           const QString &field)
{
    const QString name = m_selection.route;
    edit(
        text,
        [&](RouteDraft &d) {
            for (Config::Route &r : d.routes) {
                if (r.name == name)
                    change(r);
            }
        },
        m_selection, field.isEmpty() ? QString() : name + QLatin1Char('/') + field);
}

void RoutesPage::editTarget(int index, const QString &text,
                            const std::function<void(Config::RouteTarget &)> &change, const QString &field)
{
    const QString name = m_selection.route;
    edit(
        text,
        [&](RouteDraft &d) {
            for (Config::Route &r : d.routes) {
                if (r.name == name && index >= 0 && index < r.targets.size())
                    change(r.targets[index]);
            }
        },
        m_selection, field.isEmpty() ? QString() : name + QLatin1Char('/') + QString::number(index) + field);
}

void RoutesPage::setDraft(const RouteDraft &draft, const Selection &selection)
{
    m_draft = draft;
    m_selection = selection;
    refresh();
}

void RoutesPage::select(const Selection &selection)
{
    if (selection == m_selection)
        return;
    const bool otherRoute = selection.route != m_selection.route;
    m_selection = selection;
    if (otherRoute) {
        refresh();
        return;
    }
    m_ui->routesGraphView->setSelectedNode(selection.node);
    refreshForm();
    updateButtons();
}

void RoutesPage::addRoute()
{
    Config::Route route;
    route.name = uniqueName(QStringLiteral("new-route"));
    edit(tr("Add the route '%1'").arg(route.name), [&](RouteDraft &d) { d.routes.append(route); },
         {route.name, -1});
    m_ui->routesNameLineEdit->setFocus();
    m_ui->routesNameLineEdit->selectAll();
}

void RoutesPage::duplicateRoute()
{
    const Config::Route *current = currentRoute();
    if (!current)
        return;
    Config::Route copy = *current;
    copy.name = uniqueName(current->name + QStringLiteral("-copy"));
    const QString after = current->name;
    edit(tr("Duplicate the route '%1'").arg(after),
         [&](RouteDraft &d) {
             for (qsizetype i = 0; i < d.routes.size(); ++i) {
                 if (d.routes[i].name == after) {
                     d.routes.insert(i + 1, copy);
                     return;
                 }
             }
         },
         {copy.name, -1});
}

void RoutesPage::removeRoute()
{
    const Config::Route *current = currentRoute();
    if (!current)
        return;
    const QString name = current->name;
    qsizetype at = 0;
    while (m_draft.routes[at].name != name)
        ++at;
    QString next;
    if (m_draft.routes.size() > 1)
        next = m_draft.routes[at + 1 < m_draft.routes.size() ? at + 1 : at - 1].name;
    edit(tr("Remove the route '%1'").arg(name), [at](RouteDraft &d) { d.routes.removeAt(at); }, {next, -1});
}

void RoutesPage::renameRoute(const QString &from, const QString &to)
{
    if (from == to)
        return;
    const bool taken = std::any_of(m_draft.routes.cbegin(), m_draft.routes.cend(),
                                   [&to](const Config::Route &r) { return r.name == to; });
    if (to.isEmpty() || taken) {
        showMessage(to.isEmpty() ? tr("A route needs a name.")
                                 : tr("There is already a route named '%1'; choose another name.").arg(to),
                    true);
        refresh(); // back to the name it has
        return;
    }
    const Config::Config live = m_controller->config();
    edit(tr("Rename the route '%1' to '%2'").arg(from, to), [&](RouteDraft &d) { d.rename(from, to, live); },
         {to, m_selection.node});
}

void RoutesPage::addTarget(const Config::RouteTarget &target, int index)
{
    const Config::Route *route = currentRoute();
    if (!route)
        return;
    const int at = qBound(0, index, int(route->targets.size()));
    const QString what = target.route.isEmpty() ? target.provider + QLatin1Char('/') + target.model
                                                : tr("route %1").arg(target.route);
    const QString name = route->name;
    // The new target is selected, so the form beside the graph edits it next.
    edit(tr("Add %1").arg(what),
         [&](RouteDraft &d) {
             for (Config::Route &r : d.routes) {
                 if (r.name == name)
                     r.targets.insert(at, target);
             }
         },
         {name, at});
}

void RoutesPage::removeTarget(int index)
{
    const Config::Route *route = currentRoute();
    if (!route || index < 0 || index >= route->targets.size())
        return;
    const int next = route->targets.size() == 1 ? -1 : qMin(index, int(route->targets.size()) - 2);
    const QString name = route->name;
    edit(tr("Remove a target"),
         [&](RouteDraft &d) {
             for (Config::Route &r : d.routes) {
                 if (r.name == name)
                     r.targets.removeAt(index);
             }
         },
         {name, next});
}

void RoutesPage::moveTarget(int from, int to)
{
    const Config::Route *route = currentRoute();
    if (!route || from < 0 || from >= route->targets.size())
        return;
    int dest = to > from ? to - 1 : to;
    dest = qBound(0, dest, int(route->targets.size()) - 1);
    if (dest == from)
        return;
    const QString name = route->name;
    edit(tr("Move a target"),
         [&](RouteDraft &d) {
             for (Config::Route &r : d.routes) {
                 if (r.name == name)
                     r.targets.move(from, dest);
             }
         },
         {name, dest});
}

void RoutesPage::revert()
{
    const RouteDraft live = RouteDraft::of(m_controller->config());
    Selection after = m_selection;
    if (!m_controller->config().route(after.route))
        after = {live.routes.isEmpty() ? QString() : live.routes.first().name, -1};
    // Undoable too: a revert by mistake is one Ctrl+Z away.
    edit(
        tr("Revert to the applied routes"), [&live](RouteDraft &d) { d = live; }, after);
    showMessage(tr("The draft is the applied routes again."), false);
}

// ---- apply and versions ---------------------------------------------------------------------------

QString RoutesPage::describe(const RouteIssue &issue) const
{
    if (issue.target < 0)
        return issue.message;
    QString what;
    for (const Config::Route &r : m_draft.routes) {
        if (r.name == issue.route && issue.target < r.targets.size()) {
            const Config::RouteTarget &t = r.targets[issue.target];
            what = t.route.isEmpty() ? t.provider + QLatin1Char('/') + t.model : tr("route %1").arg(t.route);
        }
    }
    return tr("Route '%1', target %2 (%3): %4")
        .arg(issue.route)
        .arg(issue.target + 1)
        .arg(what, issue.message);
}

void RoutesPage::applyDraft(bool anyway)
{
    const Config::Config next = draftConfig();
    QStringList blocking;
    bool onlyCatalog = true;
    const Config::Config &live = m_controller->config();
    // A model the catalog does not list, but that the route already sends to: the user insisted
    // before (Apply anyway), and is not asked again.
    const auto alreadyServed = [&](const RouteIssue &issue) {
        const Config::Route *draftRoute = next.route(issue.route);
        const Config::Route *liveRoute = live.route(m_draft.renames.key(issue.route, issue.route));
        if (!draftRoute || !liveRoute || issue.target < 0 || issue.target >= draftRoute->targets.size())
            return false;
        const Config::RouteTarget &t = draftRoute->targets[issue.target];
        return std::any_of(
            liveRoute->targets.cbegin(), liveRoute->targets.cend(),
            [&t](const Config::RouteTarget &l) { return l.provider == t.provider && l.model == t.model; });
    };
    for (const RouteIssue &issue : RouteChecks::check(next)) {
        if (issue.catalogOnly && (anyway || alreadyServed(issue)))
            continue;
        blocking << describe(issue);
        onlyCatalog = onlyCatalog && issue.catalogOnly;
    }
    if (!blocking.isEmpty()) {
        showMessage(tr("Not applied:\n%1").arg(blocking.join(QLatin1Char('\n'))), true);
        m_ui->routesApplyAnywayButton->setVisible(onlyCatalog);
        return;
    }
    QStringList errors;
    m_applying = true;
    const bool ok = m_controller->apply(next, &errors);
    m_applying = false;
    if (!ok) {
        showMessage(tr("Not applied, the config was refused:\n%1").arg(errors.join(QLatin1Char('\n'))), true);
        return;
    }
    showMessage(tr("Applied: new requests follow these routes now."), false);
}

void RoutesPage::onLiveConfigChanged()
{
    const Config::Config &live = m_controller->config();
    // Our own apply, or a change made elsewhere while there were no edits here: the draft is the
    // live routes. Otherwise the edits stay; Apply puts them over the new config.
    const bool clean = m_draft == RouteDraft{m_liveRoutes, {}};
    if (m_applying || clean) {
        m_draft = RouteDraft::of(live);
        // The steps before an apply were relative to the config before it (renames): taking one back
        // now would be wrong. Versions take an applied change back.
        if (m_applying)
            m_undo->clear();
        if (!live.route(m_selection.route))
            m_selection = {live.routes.isEmpty() ? QString() : live.routes.first().name, -1};
    }
    m_liveRoutes = live.routes;
    refresh();
    refreshVersions();
}

void RoutesPage::refreshVersions()
{
    QListWidget *list = m_ui->routesVersionsListWidget;
    const QString current =
        list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
    list->clear();
    Config::ConfigHistory *history = m_controller->history();
    m_ui->routesVersionsGroupBox->setEnabled(history);
    if (!history)
        return;
    const QList<Config::ConfigHistory::Version> versions = history->versions();
    if (versions.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None yet: every Apply keeps one."), list);
        none->setFlags(Qt::NoItemFlags);
    }
    for (const Config::ConfigHistory::Version &v : versions) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat), v.summary),
            list);
        item->setData(Qt::UserRole, v.fileName);
        item->setData(Qt::UserRole + 1, QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(v.summary);
        if (v.fileName == current)
            list->setCurrentItem(item);
    }
    updateButtons();
}

void RoutesPage::restoreVersion()
{
    Config::ConfigHistory *history = m_controller->history();
    QListWidgetItem *item = m_ui->routesVersionsListWidget->currentItem();
    if (!history || !item)
        return;
    QStringList errors;
    const std::optional<Config::Config> version = history->load(item->data(Qt::UserRole).toString(), &errors);
    if (!version) {
        showMessage(tr("Could not read that version: %1").arg(errors.join(QLatin1Char('\n'))), true);
        return;
    }
    if (m_draft != RouteDraft{m_liveRoutes, {}}) {
        const auto answer = QMessageBox::question(
            this, tr("Discard the edits not applied?"),
            tr("Restoring a version replaces the routes being edited. The edits not applied yet are lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    // The apps' access tokens and the server settings stay as they are: restoring routes must never
    // bring a revoked token back, nor move the endpoint to another port behind the apps' backs.
    // The list is refilled by the apply below: what the message needs is taken now.
    const QString when = item->data(Qt::UserRole + 1).toString();
    Config::Config next = *version;
    next.tokens = m_controller->config().tokens;
    next.server = m_controller->config().server;
    m_applying = true;
    const bool ok = m_controller->apply(next, &errors);
    m_applying = false;
    if (!ok) {
        showMessage(tr("Could not restore that version:\n%1").arg(errors.join(QLatin1Char('\n'))), true);
        return;
    }
    showMessage(tr("Restored the version of %1; it is now the newest version.").arg(when), false);
}

// ---- showing the draft ----------------------------------------------------------------------------

void RoutesPage::refresh()
{
    const Config::Config config = draftConfig();
    m_issues = RouteChecks::check(config);
    if (!currentRoute())
        m_selection = {m_draft.routes.isEmpty() ? QString() : m_draft.routes.first().name, -1};
    if (const Config::Route *r = currentRoute())
        m_selection.node = qBound(-1, m_selection.node, int(r->targets.size()) - 1);
    m_palette->setConfig(config);
    updateLive(); // a target just added shows its health and price at once
    refreshList();
    refreshGraph();
    refreshForm();
    updateButtons();
}

void RoutesPage::refreshList()
{
    m_filling = true;
    QListWidget *list = m_ui->routesListWidget;
    while (list->count() > m_draft.routes.size())
        delete list->takeItem(list->count() - 1);
    for (int i = 0; i < m_draft.routes.size(); ++i) {
        const Config::Route &r = m_draft.routes[i];
        QListWidgetItem *item = list->item(i);
        if (!item) {
            item = new QListWidgetItem(list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        item->setText(r.name);
        item->setData(Qt::UserRole, r.name);
        const bool problem = std::any_of(m_issues.cbegin(), m_issues.cend(),
                                         [&r](const RouteIssue &issue) { return issue.route == r.name; });
        item->setForeground(problem ? QColor(0xc62828) : list->palette().color(QPalette::Text));
        item->setToolTip(problem ? tr("This route has problems: see its graph.") : QString());
        if (r.name == m_selection.route)
            list->setCurrentRow(i);
    }
    m_filling = false;
}

void RoutesPage::refreshGraph()
{
    m_ui->routesGraphView->setSelectedNode(m_selection.node);
    m_ui->routesGraphView->showRoute(draftConfig(), m_selection.route, m_issues, m_live);
}

void RoutesPage::refreshForm()
{
    m_filling = true;
    const Config::Route *route = currentRoute();
    m_ui->routesFormStackedWidget->setEnabled(route);
    if (!route) {
        m_ui->routesFormStackedWidget->setCurrentWidget(m_ui->routesRouteFormPage);
        m_filling = false;
        return;
    }
    // Filling the list and the graph may have moved the selection (to another route, with fewer targets).
    if (m_selection.node >= route->targets.size())
        m_selection.node = int(route->targets.size()) - 1;
    if (m_selection.node >= 0) {
        m_ui->routesFormStackedWidget->setCurrentWidget(m_ui->routesTargetFormPage);
        refreshTargetForm(*route, m_selection.node);
        m_filling = false;
        return;
    }
    m_ui->routesFormStackedWidget->setCurrentWidget(m_ui->routesRouteFormPage);
    if (!m_ui->routesNameLineEdit->hasFocus() || m_ui->routesNameLineEdit->text().isEmpty())
        setText(m_ui->routesNameLineEdit, route->name);
    setComboData(m_ui->routesStrategyComboBox, route->strategy);
    m_ui->routesStrategyHelpLabel->setText(RouteChecks::strategyExplanation(route->strategy));
    refreshWeights(*route);
    m_ui->routesRetryAttemptsSpinBox->setValue(route->retry.attempts);
    m_ui->routesRetryInitialSpinBox->setValue(route->retry.initialMs);
    m_ui->routesRetryMaxSpinBox->setValue(route->retry.maxMs);
    for (const auto &[name, bit] : kTriggerBoxes)
        findChild<QCheckBox *>(QLatin1StringView(name))->setChecked(route->fallbackOn & bit);
    setText(m_ui->routesStickyHeaderLineEdit, route->stickyHeader);
    setText(m_ui->routesStickyFieldLineEdit, route->stickyField);
    setComboData(m_ui->routesCacheComboBox, int(route->cache.enabled));
    setComboData(m_ui->routesCacheNonDeterministicComboBox, int(route->cache.nonDeterministic));
    m_ui->routesCacheTtlSpinBox->setValue(route->cache.ttlSeconds);
    m_ui->routesBudgetDailySpinBox->setValue(double(route->budget.dailyMicros) / 1e6);
    m_ui->routesBudgetMonthlySpinBox->setValue(double(route->budget.monthlyMicros) / 1e6);
    m_ui->routesBudgetWarnSpinBox->setValue(route->budget.warnAtPercent);
    QStringList problems;
    for (const RouteIssue &issue : std::as_const(m_issues)) {
        if (issue.route == route->name && issue.target < 0)
            problems << issue.message;
    }
    m_ui->routesStrategyHelpLabel->setText(
        RouteChecks::strategyExplanation(route->strategy) +
        (problems.isEmpty() ? QString() : QStringLiteral("\n\n") + problems.join(QLatin1Char('\n'))));
    m_filling = false;
}

// One slider per target of a weighted route, each with its share of first picks. Rows are rebuilt only
// when the number of targets changes: a slider being dragged must outlive the edits it makes.
void RoutesPage::refreshWeights(const Config::Route &route)
{
    const bool weighted = route.strategy == QLatin1String("weighted");
    m_ui->routesWeightsGroupBox->setVisible(weighted);
    if (!weighted)
        return;
    QVBoxLayout *layout = m_ui->routesWeightsLayout;
    if (m_weightSliders.size() != route.targets.size()) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QLayout *row = item->layout()) {
                while (QLayoutItem *w = row->takeAt(0)) {
                    delete w->widget();
                    delete w;
                }
            }
            delete item->widget();
            delete item;
        }
        m_weightSliders.clear();
        m_weightLabels.clear();
        for (int i = 0; i < route.targets.size(); ++i) {
            auto *caption = new QLabel(m_ui->routesWeightsGroupBox);
            caption->setObjectName(QStringLiteral("routesWeight%1CaptionLabel").arg(i));
            auto *row = new QHBoxLayout;
            auto *slider = new QSlider(Qt::Horizontal, m_ui->routesWeightsGroupBox);
            slider->setObjectName(QStringLiteral("routesWeight%1Slider").arg(i));
            slider->setRange(0, 100);
            auto *percent = new QLabel(m_ui->routesWeightsGroupBox);
            percent->setObjectName(QStringLiteral("routesWeight%1PercentLabel").arg(i));
            percent->setMinimumWidth(percent->fontMetrics().horizontalAdvance(QStringLiteral("100%")));
            row->addWidget(slider, 1);
            row->addWidget(percent);
            layout->addWidget(caption);
            layout->addLayout(row);
            connect(slider, &QSlider::valueChanged, this, [this, i](int v) {
                editTarget(
                    i, tr("Change the weight"), [v](Config::RouteTarget &t) { t.weight = v; },
                    QStringLiteral("weight"));
            });
            m_weightSliders << slider;
            m_weightLabels << percent;
        }
    }
    for (int i = 0; i < route.targets.size(); ++i) {
        const Config::RouteTarget &t = route.targets[i];
        const QString name =
            t.route.isEmpty() ? t.provider + QLatin1Char('/') + t.model : tr("route %1").arg(t.route);
        auto *caption = m_ui->routesWeightsGroupBox->findChild<QLabel *>(
            QStringLiteral("routesWeight%1CaptionLabel").arg(i));
        caption->setText(name);
        m_weightSliders[i]->setMaximum(qMax(100, t.weight));
        m_weightSliders[i]->setValue(t.weight);
        m_weightSliders[i]->setAccessibleName(tr("Weight of %1").arg(name));
        m_weightLabels[i]->setText(RouteGraphView::percentOf(route, i));
        m_weightLabels[i]->setAccessibleName(tr("Share of %1").arg(name));
    }
}

void RoutesPage::refreshTargetForm(const Config::Route &route, int index)
{
    const Config::RouteTarget &t = route.targets[index];
    const bool nested = !t.route.isEmpty();
    setComboData(m_ui->routesTargetKindComboBox,
                 nested ? QStringLiteral("route") : QStringLiteral("provider"));
    QStringList providers;
    for (const Config::Provider &p : m_controller->config().providers)
        providers << p.id;
    setItems(m_ui->routesTargetProviderComboBox, providers);
    setComboText(m_ui->routesTargetProviderComboBox, t.provider);
    setItems(m_ui->routesTargetModelComboBox, m_palette->modelsOf(t.provider));
    setComboText(m_ui->routesTargetModelComboBox, t.model);
    QStringList routes;
    for (const Config::Route &r : m_draft.routes) {
        if (r.name != route.name)
            routes << r.name;
    }
    if (nested && !routes.contains(t.route))
        routes << t.route; // an unknown one still shows what the config says
    setItems(m_ui->routesTargetRouteComboBox, routes);
    m_ui->routesTargetRouteComboBox->setCurrentIndex(nested ? int(routes.indexOf(t.route)) : -1);
    for (QWidget *w : QList<QWidget *>{m_ui->routesTargetProviderComboBox, m_ui->routesTargetProviderLabel,
                                       m_ui->routesTargetModelComboBox, m_ui->routesTargetModelLabel})
        w->setVisible(!nested);
    m_ui->routesTargetRouteComboBox->setVisible(nested);
    m_ui->routesTargetRouteLabel->setVisible(nested);

    m_ui->routesTargetWeightSlider->setMaximum(qMax(100, t.weight));
    m_ui->routesTargetWeightSlider->setValue(t.weight);
    m_ui->routesTargetWeightSpinBox->setValue(t.weight);
    m_ui->routesTargetPercentLabel->setText(
        route.strategy == QLatin1String("weighted")
            ? tr("%1 of first picks").arg(RouteGraphView::percentOf(route, index))
            : tr("Weights only matter in a weighted route."));
    m_ui->routesTargetMaxConcurrentSpinBox->setValue(t.maxConcurrent);
    m_ui->routesTargetRpmSpinBox->setValue(t.requestsPerMinute);
    m_ui->routesTargetTpmSpinBox->setValue(double(t.tokensPerMinute));
    m_ui->routesTargetConnectSpinBox->setValue(t.timeouts.connectMs);
    m_ui->routesTargetFirstByteSpinBox->setValue(t.timeouts.firstByteMs);
    m_ui->routesTargetIdleSpinBox->setValue(t.timeouts.idleMs);
    m_ui->routesTargetTotalSpinBox->setValue(t.timeouts.totalMs);

    m_ui->routesLiveGroupBox->setVisible(!nested);
    const TargetLive live = m_live.value(t.provider + QLatin1Char('/') + t.model);
    m_ui->routesTargetHealthLabel->setText(live.health);
    m_ui->routesTargetLatencyLabel->setText(live.latency);
    const Config::Config config = draftConfig();
    const Config::Provider *provider = config.provider(t.provider);
    m_ui->routesTargetPriceLabel->setText(provider ? RouteChecks::priceText(config, *provider, t.model)
                                                   : QString());
    QString catalog = tr("unknown provider");
    if (provider) {
        switch (RouteChecks::catalogStatus(*provider, t.model)) {
        case CatalogStatus::Listed:
            catalog = tr("listed for %1").arg(RouteChecks::catalogKey(*provider));
            break;
        case CatalogStatus::NotListed:
            catalog =
                tr("not listed for %1 (catalog checked %2)")
                    .arg(RouteChecks::catalogKey(*provider), Providers::ModelCatalog::builtin().checked());
            break;
        case CatalogStatus::Unknown:
            catalog = tr("unknown: the catalog does not know this provider's models");
            break;
        }
    }
    m_ui->routesTargetCatalogLabel->setText(catalog);
    QStringList problems;
    for (const RouteIssue &issue : std::as_const(m_issues)) {
        if (issue.route == route.name && issue.target == index)
            problems << issue.message;
    }
    m_ui->routesTargetIssuesLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->routesTargetIssuesLabel->setVisible(!problems.isEmpty());
}

void RoutesPage::refreshLive()
{
    if (!updateLive() || !currentRoute())
        return;
    refreshGraph();
    if (m_selection.node >= 0) {
        m_filling = true;
        refreshTargetForm(*currentRoute(), m_selection.node);
        m_filling = false;
    }
}

bool RoutesPage::updateLive()
{
    Gateway *gateway = m_controller->gateway();
    const Config::Config config = draftConfig();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QHash<QString, Routing::TargetStats> health =
        gateway ? gateway->health().all(now) : QHash<QString, Routing::TargetStats>();
    // p50 of the successful attempts in the recent requests the gateway keeps in memory.
    QHash<QString, QList<qint64>> latencies;
    if (gateway) {
        for (const Usage::UsageRecord &r : gateway->recentUsage().records()) {
            for (const Usage::Attempt &a : r.attempts) {
                if (a.status >= 200 && a.status < 400)
                    latencies[a.provider + QLatin1Char('/') + a.model].append(a.latencyMs);
            }
        }
    }
    QHash<QString, TargetLive> live;
    for (const Config::Route &route : config.routes) {
        for (const Config::RouteTarget &t : route.targets) {
            if (t.provider.isEmpty())
                continue;
            const QString key = t.provider + QLatin1Char('/') + t.model;
            if (live.contains(key))
                continue;
            TargetLive info;
            const Routing::TargetStats s = health.value(key);
            if (s.cooldownUntilMs > now) {
                info.coolingDown = true;
                info.health =
                    tr("circuit open: cooling down (%1 s left)").arg((s.cooldownUntilMs - now + 999) / 1000);
            } else if (s.probing) {
                info.health = tr("half-open: a probe request is in flight");
            } else if (s.samples == 0 && s.consecutiveFailures == 0 && s.errorRate == 0) {
                info.health = tr("no requests yet");
            } else if (s.consecutiveFailures > 0) {
                info.health = tr("failing: %n failure(s) in a row", nullptr, s.consecutiveFailures) +
                              tr(" · errors %1%").arg(s.errorRate * 100, 0, 'f', 0);
            } else {
                info.health = tr("healthy") + tr(" · errors %1%").arg(s.errorRate * 100, 0, 'f', 0);
            }
            QList<qint64> l = latencies.value(key);
            if (l.isEmpty()) {
                info.latency = tr("p50: no recent requests");
            } else {
                std::sort(l.begin(), l.end());
                info.latency = tr("p50 %1 ms (%n request(s))", nullptr, int(l.size())).arg(l[l.size() / 2]);
            }
            const Config::Provider *provider = config.provider(t.provider);
            info.price =
                provider ? RouteChecks::priceText(config, *provider, t.model) : tr("unknown provider");
            live.insert(key, info);
        }
    }
    const bool changed =
        std::any_of(live.keyBegin(), live.keyEnd(),
                    [&](const QString &k) {
                        const TargetLive &a = live.value(k);
                        const TargetLive &b = m_live.value(k);
                        return a.health != b.health || a.latency != b.latency || a.price != b.price;
                    }) ||
        live.size() != m_live.size();
    m_live = live;
    return changed;
}

void RoutesPage::updateButtons()
{
    const Config::Route *route = currentRoute();
    const int node = m_selection.node;
    const bool target = route && node >= 0 && node < route->targets.size();
    m_ui->routesRenameButton->setEnabled(route);
    m_ui->routesDuplicateButton->setEnabled(route);
    m_ui->routesRemoveButton->setEnabled(route);
    m_ui->routesAddTargetButton->setEnabled(route);
    m_ui->routesMoveUpButton->setEnabled(target && node > 0);
    m_ui->routesMoveDownButton->setEnabled(target && node + 1 < route->targets.size());
    m_ui->routesRemoveTargetButton->setEnabled(target);
    m_ui->routesUndoButton->setEnabled(m_undo->canUndo());
    m_ui->routesRedoButton->setEnabled(m_undo->canRedo());
    m_ui->routesUndoButton->setToolTip(m_undo->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_undo->undoText())
                                                         : tr("Nothing to undo"));
    m_ui->routesRedoButton->setToolTip(
        m_undo->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undo->redoText()) : tr("Nothing to redo"));
    const bool dirty = m_draft != RouteDraft{m_liveRoutes, {}};
    m_ui->routesApplyButton->setEnabled(dirty);
    m_ui->routesRevertButton->setEnabled(dirty);
    if (!dirty)
        m_ui->routesApplyAnywayButton->hide();
    m_ui->routesStatusLabel->setText(dirty ? tr("Edits not applied yet") : tr("The routes being served"));
    const QListWidgetItem *version = m_ui->routesVersionsListWidget->currentItem();
    m_ui->routesRestoreButton->setEnabled(version && !version->data(Qt::UserRole).toString().isEmpty());
}

void RoutesPage::showMessage(const QString &text, bool error)
{
    m_ui->routesMessageLabel->setText(text);
    m_ui->routesMessageLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace Switchyard::Gui
