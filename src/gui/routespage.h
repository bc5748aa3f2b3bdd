// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routedraft.h"
#include "routegraph.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QUndoStack;
class QSlider;
class QLabel;

namespace Ui {
class RoutesPage;
}

namespace Switchyard::Gui {

class AppController;
class RoutePaletteModel;
class RouteDraftCommand;

// Routes: the list of routes and, for the chosen one, a graph of where its requests go, edited by
// drag and drop and by a form beside the graph for the chosen node. Edits make a draft (undo/redo
// over every one of them); problems are marked on their nodes; Apply checks the draft, then hands it
// to AppController::apply (validated, saved, served, kept as a version). Applied versions are listed
// and can be restored.
class RoutesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutesPage)

public:
    // What is selected: a route, and in it the route itself (-1) or one of its targets.
    struct Selection
    {
        QString route;
        int node = -1;
        bool operator==(const Selection &) const = default;
    };

    explicit RoutesPage(AppController *controller, QWidget *parent = nullptr);
    ~RoutesPage() override;

    [[nodiscard]] const RouteDraft &draft() const { return m_draft; }
    // The draft applied to the config being served: what Apply would apply.
    [[nodiscard]] Config::Config draftConfig() const;
    [[nodiscard]] Selection selection() const { return m_selection; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] RoutePaletteModel *paletteModel() const { return m_palette; }

public Q_SLOTS:
    // Applies the draft (`anyway`: despite models the catalog does not list). The message line says
    // what happened.
    void applyDraft(bool anyway = false);

private:
    friend class RouteDraftCommand;
    void setDraft(const RouteDraft &draft, const Selection &selection); // from the undo stack

    // One undoable edit of the draft. Edits with the same non-empty `mergeKey` in a row (a slider
    // dragged, a number typed) are one step.
    void edit(const QString &text, const std::function<void(RouteDraft &)> &change, const Selection &after,
              const QString &mergeKey = {});
    void editRoute(const QString &text, const std::function<void(Config::Route &)> &change,
                   const QString &field = {});
    void editTarget(int index, const QString &text, const std::function<void(Config::RouteTarget &)> &change,
                    const QString &field = {});

    void select(const Selection &selection);
    void addRoute();
    void duplicateRoute();
    void removeRoute();
    void renameRoute(const QString &from, const QString &to);
    void addTarget(const Config::RouteTarget &target, int index);
    void removeTarget(int index);
    void moveTarget(int from, int to); // `to`: insertion index before `from` is taken out
    void revert();
    void restoreVersion();
    void onLiveConfigChanged();

    void refresh(); // everything shown, from the draft
    void refreshList();
    void refreshGraph();
    void refreshForm();
    void refreshWeights(const Config::Route &route);
    void refreshTargetForm(const Config::Route &route, int index);
    void refreshVersions();
    void refreshLive(); // health, latency and price of every target (timer)
    bool updateLive();  // the same without redrawing: whether anything changed
    void updateButtons();
    void showMessage(const QString &text, bool error);
    [[nodiscard]] const Config::Route *currentRoute() const;
    [[nodiscard]] QString describe(const RouteIssue &issue) const;
    [[nodiscard]] QString uniqueName(const QString &base) const;

    std::unique_ptr<Ui::RoutesPage> m_ui;
    AppController *m_controller;
    RouteDraft m_draft;
    QList<Config::Route> m_liveRoutes; // the routes being served, as last seen
    Selection m_selection;
    QUndoStack *m_undo;
    RoutePaletteModel *m_palette;
    QList<RouteIssue> m_issues;
    QHash<QString, TargetLive> m_live; // by "provider/model"
    QList<QSlider *> m_weightSliders;
    QList<QLabel *> m_weightLabels;
    bool m_filling = false;  // the form is being filled from the draft: its signals are not edits
    bool m_applying = false; // our own apply or restore: the draft follows the new live config
};

} // namespace Switchyard::Gui
