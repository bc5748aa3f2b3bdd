// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dragging onto the Routes page's graph in GUI tests, as Qt delivers a user's drag: where a node is on
// the view port, a palette entry's drag data, and enter/move/drop events on the view port.

#include "config/config.h"
#include "routegraph.h"
#include "routepalettemodel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QMimeData>

#include <memory>

namespace RouteGraphDrag {

using Switchyard::Gui::RouteGraphView;

// The view-port point at the middle of a node (scrolled into view first), or of the gap below the
// last target (`node` == the number of targets).
inline QPoint pointOf(RouteGraphView *view, int node)
{
    QGraphicsItem *item = view->nodeItem(node);
    if (!item) {
        // Below the last target, or the empty target column.
        QGraphicsItem *last = node > 0 ? view->nodeItem(node - 1) : nullptr;
        if (!last)
            return view->viewport()->rect().center();
        const QPointF at(last->sceneBoundingRect().center().x(), last->sceneBoundingRect().bottom() + 6);
        view->ensureVisible(QRectF(at, QSizeF(1, 1)));
        return view->mapFromScene(at);
    }
    view->ensureVisible(item);
    return view->mapFromScene(item->sceneBoundingRect().center());
}

inline QPoint aboveTheMiddleOf(RouteGraphView *view, int node)
{
    QGraphicsItem *item = view->nodeItem(node);
    view->ensureVisible(item);
    const QRectF r = item->sceneBoundingRect();
    return view->mapFromScene(QPointF(r.center().x(), r.top() + 14));
}

// A drag arriving over the graph and dropped, through the view-port's event handlers as Qt delivers a
// user's drag: enter, move, drop. Whether the drop was taken.
inline bool drop(RouteGraphView *view, QMimeData *mime, QPoint at, Qt::DropAction action)
{
    std::unique_ptr<QMimeData> owner(mime);
    QDragEnterEvent enter(at, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent dropped(QPointF(at), action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropped);
    return dropped.isAccepted();
}

inline QMimeData *paletteDrag(Switchyard::Gui::RoutePaletteModel *palette,
                              const Switchyard::Config::RouteTarget &target)
{
    const QModelIndex index = palette->find(target);
    if (!index.isValid())
        qFatal("the palette has no %s/%s%s", qPrintable(target.provider), qPrintable(target.model),
               qPrintable(target.route));
    return palette->mimeData({index});
}

inline Switchyard::Config::RouteTarget model(const QString &provider, const QString &name)
{
    Switchyard::Config::RouteTarget t;
    t.provider = provider;
    t.model = name;
    return t;
}

} // namespace RouteGraphDrag
