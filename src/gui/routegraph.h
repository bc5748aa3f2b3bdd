// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "routedraft.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

class QGraphicsItem;
class QGraphicsLineItem;
class QMimeData;

namespace Switchyard::Gui {

// What the gateway knows about a provider/model right now, as the graph shows it under a target.
struct TargetLive
{
    QString health;  // "healthy", "cooling down (25 s left)", "errors 12%"
    QString latency; // "p50 1.2 s (34 requests)", "no requests yet"
    QString price;   // "$2.50 / $10.00 per 1M tokens in / out", "unpriced"
    bool coolingDown = false;
};

// One route drawn as the path a request takes: the rules (and routes) that send requests here → the
// route's entry (the model name clients ask for) → its strategy → its targets in order, each with its
// share, live health, latency and price; a nested route is a box holding its own strategy and
// targets. A problem shows as a red mark on its node, the reason in the tooltip.
//
// Nodes: -1 is the route itself (entry and strategy), 0..n-1 its targets. Models dragged from the
// palette (RoutePaletteModel::kMimeType) are inserted where they are dropped; targets are dragged to
// reorder them. From the keyboard: Up/Down choose a node, Alt+Up/Down move a target, Delete removes it.
class RouteGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteGraphView)

public:
    // A drag that reorders: the dragged target's index, as text.
    static const QString kMoveMimeType;
    // QGraphicsItem::data() keys on every node, for tests and accessibility tools.
    enum DataKey
    {
        KindKey = 0,  // "rule", "entry", "strategy", "target", "nested-target", "note"
        IndexKey = 1, // targets: the index in the route
        ProblemKey = 2,
    };

    explicit RouteGraphView(QWidget *parent = nullptr);
    // The scene (a child) is destroyed after this class's part is gone; its items' removal would still
    // signal a selection change to onSceneSelection() on a half-destroyed view, so it is cut off first.
    ~RouteGraphView() override;

    // Redraws `route` of `config` (the draft applied to the live config).
    void showRoute(const Config::Config &config, const QString &route, const QList<RouteIssue> &issues,
                   const QHash<QString, TargetLive> &live);
    void setSelectedNode(int node);
    [[nodiscard]] int selectedNode() const { return m_selected; }
    // The node's item (-1: the entry), null when there is none.
    [[nodiscard]] QGraphicsItem *nodeItem(int node) const;
    // A weighted route's target's share of first picks ("75%").
    static QString percentOf(const Config::Route &route, int index);
    // Where a drop at `viewPos` inserts a target among the route's targets.
    [[nodiscard]] int insertionIndexAt(const QPoint &viewPos) const;

Q_SIGNALS:
    void nodeSelected(int node);
    void targetDropped(const Switchyard::Config::RouteTarget &target, int index);
    void targetMoved(int from, int to); // `to`: the insertion index before `from` is taken out
    void removeRequested(int node);
    void moveRequested(int node, int delta);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSceneSelection();
    void fitWidth(); // the whole flow in view when it fits at a readable size
    void showDropMarker(int index);
    [[nodiscard]] static bool accepts(const QMimeData *mime);

    QList<QGraphicsItem *> m_targets; // top-level target nodes, in order
    QGraphicsItem *m_entry = nullptr;
    QGraphicsLineItem *m_dropMarker = nullptr;
    qreal m_targetsLeft = 0;
    int m_selected = -1;
    int m_pressedTarget = -1;
    QPoint m_pressPos;
    bool m_rebuilding = false;
};

} // namespace Switchyard::Gui
