// SPDX-License-Identifier: GPL-3.0-or-later
#include "routegraph.h"

#include "routepalettemodel.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <utility>

namespace Switchyard::Gui {

const QString RouteGraphView::kMoveMimeType = QStringLiteral("application/x-switchyard-target-index");

namespace {

constexpr qreal kNodeWidth = 190;
constexpr qreal kTargetWidth = 300;
constexpr qreal kColumnGap = 50;
constexpr qreal kMinScale = 0.6; // below this the text is too small to read: scroll instead
constexpr qreal kGap = 16;
constexpr qreal kPad = 8;
constexpr int kMaxDepth = 4;

// Light fills with dark text read the same in light and dark themes.
const QColor kRuleFill(0xfff4d6);
const QColor kEntryFill(0xdcecff);
const QColor kStrategyFill(0xeadcff);
const QColor kTargetFill(0xffffff);
const QColor kNestedFill(0xeef1f4);
const QColor kProblem(0xc62828);

// A box with a bold title and a few lines; a red mark in its corner when something is wrong with it.
class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(const QString &title, const QStringList &lines, const QColor &fill, qreal width,
             QGraphicsItem *parent = nullptr)
        : QGraphicsItem(parent), m_title(title), m_lines(lines), m_fill(fill), m_width(width)
    {
        const QFontMetricsF fm(QApplication::font());
        m_lineHeight = fm.height();
        m_headerHeight = kPad + m_lineHeight * qreal(1 + lines.size()) + kPad;
        m_height = m_headerHeight;
    }

    void setProblem(const QString &problem)
    {
        m_problem = problem;
        setData(RouteGraphView::ProblemKey, problem);
        update();
    }
    void setBodyHeight(qreal h)
    {
        prepareGeometryChange();
        m_height = m_headerHeight + h;
    }
    [[nodiscard]] qreal headerHeight() const { return m_headerHeight; }
    [[nodiscard]] qreal height() const { return m_height; }
    [[nodiscard]] qreal width() const { return m_width; }

    QRectF boundingRect() const override { return QRectF(-3, -10, m_width + 13, m_height + 13); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF box(0, 0, m_width, m_height);
        const bool selected = option->state.testFlag(QStyle::State_Selected);
        QPen pen(m_problem.isEmpty() ? QColor(0x8a8f98) : kProblem, m_problem.isEmpty() ? 1 : 2);
        if (selected) {
            pen.setColor(QApplication::palette().color(QPalette::Highlight));
            pen.setWidthF(3);
        }
        painter->setPen(pen);
        painter->setBrush(m_fill);
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(Qt::black);
        QFont bold = painter->font();
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        const qreal textWidth = m_width - 2 * kPad - (m_problem.isEmpty() ? 0 : 16);
        painter->setFont(bold);
        painter->drawText(QPointF(kPad, kPad + fm.ascent()),
                          fm.elidedText(m_title, Qt::ElideMiddle, textWidth));
        bold.setBold(false);
        painter->setFont(bold);
        const QFontMetricsF plain(bold);
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            painter->drawText(QPointF(kPad, kPad + m_lineHeight * qreal(i + 1) + plain.ascent()),
                              plain.elidedText(m_lines[i], Qt::ElideRight, textWidth));
        if (!m_problem.isEmpty()) {
            const QRectF mark(m_width - 10, -8, 18, 18);
            painter->setPen(Qt::NoPen);
            painter->setBrush(kProblem);
            painter->drawEllipse(mark);
            painter->setPen(Qt::white);
            QFont f = painter->font();
            f.setBold(true);
            painter->setFont(f);
            painter->drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
        }
    }

private:
    QString m_title;
    QStringList m_lines;
    QString m_problem;
    QColor m_fill;
    qreal m_width;
    qreal m_lineHeight = 0;
    qreal m_headerHeight = 0;
    qreal m_height = 0;
};

QPointF rightOf(const QGraphicsItem *item)
{
    const QRectF r = item->sceneBoundingRect().adjusted(3, 10, -10, -3);
    return {r.right(), r.center().y()};
}

QPointF leftOf(const QGraphicsItem *item)
{
    const QRectF r = item->sceneBoundingRect().adjusted(3, 10, -10, -3);
    return {r.left(), r.center().y()};
}

// A curved arrow between two nodes, with an optional label on it (a target's share).
void addEdge(QGraphicsScene *scene, QPointF from, QPointF to, const QString &label = {})
{
    QPainterPath path(from);
    const qreal dx = (to.x() - from.x()) / 2;
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    auto *edge = scene->addPath(path, QPen(QColor(0x8a8f98), 1.5));
    edge->setZValue(-1);
    QPolygonF head;
    head << to << to + QPointF(-9, -4.5) << to + QPointF(-9, 4.5);
    auto *arrow = scene->addPolygon(head, Qt::NoPen, QColor(0x8a8f98));
    arrow->setZValue(-1);
    if (!label.isEmpty()) {
        auto *text = scene->addSimpleText(label);
        text->setBrush(QApplication::palette().color(QPalette::Text));
        text->setPos(to + QPointF(-text->boundingRect().width() - 14, -text->boundingRect().height() - 2));
    }
}

QString shareOf(const Config::Route &route, int index)
{
    const Config::RouteTarget &t = route.targets[index];
    if (route.strategy == QLatin1String("weighted"))
        return RouteGraphView::tr("weight %1 · %2 of first picks")
            .arg(t.weight)
            .arg(RouteGraphView::percentOf(route, index));
    if (route.strategy == QLatin1String("fallback"))
        return RouteGraphView::tr("#%1 in order").arg(index + 1);
    if (route.strategy == QLatin1String("round-robin"))
        return RouteGraphView::tr("turn %1 of %2").arg(index + 1).arg(route.targets.size());
    return RouteGraphView::tr("ordered by %1").arg(RouteChecks::strategyTitle(route.strategy).toLower());
}

struct Builder
{
    const Config::Config &config;
    const QList<RouteIssue> &issues;
    const QHash<QString, TargetLive> &live;

    QString problemOf(const QString &route, int target) const
    {
        QStringList out;
        for (const RouteIssue &i : issues) {
            if (i.route == route && i.target == target)
                out << i.message;
        }
        return out.join(QLatin1Char('\n'));
    }

    // One target of `route` (index `index`), a nested route drawn as a box around its own targets.
    NodeItem *target(const Config::Route &route, int index, QStringList stack, int depth, qreal width,
                     QGraphicsItem *parent) const
    {
        const Config::RouteTarget &t = route.targets[index];
        const QString share = shareOf(route, index);
        NodeItem *node = nullptr;
        if (t.route.isEmpty()) {
            const TargetLive info = live.value(t.provider + QLatin1Char('/') + t.model);
            node = new NodeItem(t.provider + QStringLiteral(" / ") + t.model,
                                {share, info.health, info.latency, info.price}, kTargetFill, width, parent);
            node->setToolTip(QStringList{t.provider + QLatin1Char('/') + t.model, share, info.health,
                                         info.latency, info.price}
                                 .join(QLatin1Char('\n')));
        } else {
            const Config::Route *nested = config.route(t.route);
            node = new NodeItem(RouteGraphView::tr("Route '%1'").arg(t.route),
                                {share, nested ? RouteChecks::strategyTitle(nested->strategy)
                                               : RouteGraphView::tr("unknown route")},
                                kNestedFill, width, parent);
            node->setToolTip(
                RouteGraphView::tr("Nested route '%1': its own strategy orders its targets here.")
                    .arg(t.route));
            qreal y = node->headerHeight();
            if (nested && !stack.contains(t.route) && depth < kMaxDepth) {
                stack << t.route;
                for (int j = 0; j < nested->targets.size(); ++j) {
                    NodeItem *child = target(*nested, j, stack, depth + 1, width - 2 * kPad - 4, node);
                    child->setData(RouteGraphView::KindKey, QStringLiteral("nested-target"));
                    // Clicks and drags land on the outer box: the nested route is edited as a whole,
                    // on its own graph.
                    child->setAcceptedMouseButtons(Qt::NoButton);
                    child->setPos(kPad + 2, y);
                    y += child->height() + kPad;
                }
            } else if (nested && depth < kMaxDepth) {
                auto *loop = new NodeItem(RouteGraphView::tr("↻ back to route '%1'").arg(t.route), {},
                                          kTargetFill, width - 2 * kPad - 4, node);
                loop->setData(RouteGraphView::KindKey, QStringLiteral("note"));
                loop->setProblem(RouteGraphView::tr("This nested route leads back to itself."));
                loop->setAcceptedMouseButtons(Qt::NoButton);
                loop->setPos(kPad + 2, y);
                y += loop->height() + kPad;
            }
            node->setBodyHeight(y - node->headerHeight());
        }
        node->setProblem(problemOf(route.name, index));
        if (!node->data(RouteGraphView::ProblemKey).toString().isEmpty())
            node->setToolTip(node->data(RouteGraphView::ProblemKey).toString() + QStringLiteral("\n\n") +
                             node->toolTip());
        return node;
    }
};

} // namespace

RouteGraphView::RouteGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setAcceptDrops(true);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &RouteGraphView::onSceneSelection);
}

RouteGraphView::~RouteGraphView()
{
    if (QGraphicsScene *s = scene())
        s->disconnect(this);
}

void RouteGraphView::showRoute(const Config::Config &config, const QString &routeName,
                               const QList<RouteIssue> &issues, const QHash<QString, TargetLive> &live)
{
    m_rebuilding = true;
    scene()->clear();
    m_targets.clear();
    m_entry = nullptr;
    m_dropMarker = nullptr;
    const Config::Route *route = config.route(routeName);
    if (!route) {
        auto *text = scene()->addSimpleText(tr("Choose or add a route on the left."));
        text->setBrush(palette().color(QPalette::Text));
        setAccessibleDescription(text->text());
        m_rebuilding = false;
        return;
    }
    const Builder build{config, issues, live};
    QStringList description{
        tr("Route %1, %2.").arg(route->name, RouteChecks::strategyTitle(route->strategy))};

    // What sends requests here besides clients asking for the name: rules and routes nesting it.
    QList<NodeItem *> sources;
    for (const Config::Rule &rule : config.rules) {
        if (rule.action.route != route->name)
            continue;
        auto *node = new NodeItem(tr("Rule '%1'").arg(rule.name.isEmpty() ? tr("(unnamed)") : rule.name),
                                  {rule.enabled ? tr("sends matching requests") : tr("turned off")},
                                  kRuleFill, kNodeWidth);
        node->setData(KindKey, QStringLiteral("rule"));
        node->setOpacity(rule.enabled ? 1.0 : 0.5);
        sources << node;
    }
    if (config.defaultRule.route == route->name) {
        auto *node = new NodeItem(tr("Default rule"), {tr("when no rule matches")}, kRuleFill, kNodeWidth);
        node->setData(KindKey, QStringLiteral("rule"));
        sources << node;
    }
    for (const Config::Route &other : config.routes) {
        for (const Config::RouteTarget &t : other.targets) {
            if (t.route == route->name) {
                auto *node = new NodeItem(tr("Route '%1'").arg(other.name), {tr("nests this route")},
                                          kNestedFill, kNodeWidth);
                node->setData(KindKey, QStringLiteral("rule"));
                sources << node;
                break;
            }
        }
    }
    // Columns left to right: what sends requests here (when anything does), entry, strategy, targets.
    const qreal entryX = sources.isEmpty() ? 0 : kNodeWidth + kColumnGap;
    const qreal strategyX = entryX + kNodeWidth + kColumnGap;
    const qreal targetX = strategyX + kNodeWidth + kColumnGap;
    m_targetsLeft = targetX;

    // The targets, top to bottom in the order the route lists them.
    qreal y = 0;
    for (int i = 0; i < route->targets.size(); ++i) {
        NodeItem *node = build.target(*route, i, {route->name}, 0, kTargetWidth, nullptr);
        scene()->addItem(node);
        node->setData(KindKey, QStringLiteral("target"));
        node->setData(IndexKey, i);
        node->setFlag(QGraphicsItem::ItemIsSelectable);
        node->setPos(targetX, y);
        y += node->height() + kGap;
        m_targets.append(node);
        const Config::RouteTarget &t = route->targets[i];
        description << tr("Target %1: %2, %3.")
                           .arg(i + 1)
                           .arg(t.route.isEmpty() ? t.provider + QLatin1Char('/') + t.model
                                                  : tr("route %1").arg(t.route),
                                shareOf(*route, i));
    }
    const qreal height = qMax<qreal>(y - kGap, 60);

    // Strategy and entry, level with the middle of the targets.
    QStringList strategyLines;
    strategyLines << tr("%n retry(ies) per target", nullptr, route->retry.attempts);
    strategyLines << tr("next target on: %1")
                         .arg(Config::fallbackTriggerNames(route->fallbackOn).join(QLatin1String(", ")));
    auto *strategy =
        new NodeItem(RouteChecks::strategyTitle(route->strategy), strategyLines, kStrategyFill, kNodeWidth);
    strategy->setToolTip(RouteChecks::strategyExplanation(route->strategy) + QLatin1Char('\n') +
                         strategyLines.join(QLatin1Char('\n')));
    strategy->setData(KindKey, QStringLiteral("strategy"));
    strategy->setFlag(QGraphicsItem::ItemIsSelectable);
    strategy->setProblem(build.problemOf(route->name, -1));
    scene()->addItem(strategy);
    strategy->setPos(strategyX, (height - strategy->height()) / 2);

    auto *entry = new NodeItem(tr("Requests for '%1'").arg(route->name),
                               {tr("model: \"%1\"").arg(route->name)}, kEntryFill, kNodeWidth);
    entry->setToolTip(tr("Clients send requests here by asking for the model '%1', or a rule sends them.")
                          .arg(route->name));
    entry->setData(KindKey, QStringLiteral("entry"));
    entry->setFlag(QGraphicsItem::ItemIsSelectable);
    scene()->addItem(entry);
    entry->setPos(entryX, (height - entry->height()) / 2);
    m_entry = entry;

    qreal sourcesHeight = 0;
    for (NodeItem *n : std::as_const(sources))
        sourcesHeight += n->height() + kGap;
    qreal sy = (height - (sourcesHeight - kGap)) / 2;
    for (NodeItem *n : std::as_const(sources)) {
        scene()->addItem(n);
        n->setPos(0, sy);
        sy += n->height() + kGap;
        addEdge(scene(), rightOf(n), leftOf(entry));
    }
    if (!sources.isEmpty())
        description << tr("%n rule(s) or route(s) send requests here.", nullptr, int(sources.size()));

    addEdge(scene(), rightOf(entry), leftOf(strategy));
    for (int i = 0; i < m_targets.size(); ++i)
        addEdge(scene(), rightOf(strategy), leftOf(m_targets[i]),
                route->strategy == QLatin1String("weighted") ? percentOf(*route, i) : QString());
    if (m_targets.isEmpty()) {
        auto *hint = scene()->addSimpleText(tr("Drop models here from the palette"));
        hint->setBrush(palette().color(QPalette::PlaceholderText));
        hint->setPos(targetX, height / 2 - hint->boundingRect().height() / 2);
    }
    setSceneRect(scene()
                     ->itemsBoundingRect()
                     .adjusted(-20, -20, 20, 20)
                     .united(QRectF(targetX - 20, -20, kTargetWidth + 40, height + 120)));
    setAccessibleDescription(description.join(QLatin1Char(' ')));
    m_selected = qBound(-1, m_selected, int(m_targets.size()) - 1);
    m_rebuilding = false;
    fitWidth();
    setSelectedNode(m_selected);
}

void RouteGraphView::fitWidth()
{
    const qreal width = sceneRect().width();
    const qreal scale = width > 0 ? qBound(kMinScale, qreal(viewport()->width()) / width, qreal(1)) : 1;
    setTransform(QTransform::fromScale(scale, scale));
}

void RouteGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitWidth();
}

QString RouteGraphView::percentOf(const Config::Route &route, int index)
{
    qint64 sum = 0;
    for (const Config::RouteTarget &t : route.targets)
        sum += t.weight;
    const double percent = sum > 0 ? 100.0 * double(route.targets[index].weight) / double(sum) : 0;
    // Whole percents, except a small non-zero share, which must not read as 0%.
    return QLocale().toString(percent, 'f', percent > 0 && percent < 1 ? 1 : 0) + QLatin1Char('%');
}

QGraphicsItem *RouteGraphView::nodeItem(int node) const
{
    if (node < 0)
        return m_entry;
    return node < m_targets.size() ? m_targets[node] : nullptr;
}

void RouteGraphView::setSelectedNode(int node)
{
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    scene()->clearSelection();
    m_selected = node;
    if (QGraphicsItem *item = nodeItem(node)) {
        item->setSelected(true);
        ensureVisible(item, 20, 20);
    }
    m_rebuilding = wasRebuilding;
}

void RouteGraphView::onSceneSelection()
{
    if (m_rebuilding)
        return;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.isEmpty())
        return;
    const QGraphicsItem *item = selected.first();
    const int node =
        item->data(KindKey).toString() == QLatin1String("target") ? item->data(IndexKey).toInt() : -1;
    m_selected = node;
    Q_EMIT nodeSelected(node);
}

int RouteGraphView::insertionIndexAt(const QPoint &viewPos) const
{
    const qreal y = mapToScene(viewPos).y();
    int index = 0;
    for (const QGraphicsItem *t : m_targets) {
        if (t->sceneBoundingRect().center().y() < y)
            ++index;
    }
    return index;
}

bool RouteGraphView::accepts(const QMimeData *mime)
{
    return mime && (mime->hasFormat(RoutePaletteModel::kMimeType) || mime->hasFormat(kMoveMimeType));
}

void RouteGraphView::showDropMarker(int index)
{
    qreal y = 0;
    if (!m_targets.isEmpty()) {
        y = index < m_targets.size() ? m_targets[index]->sceneBoundingRect().top() + 10 - kGap / 2
                                     : m_targets.last()->sceneBoundingRect().bottom() - 3 + kGap / 2;
    }
    if (!m_dropMarker) {
        m_dropMarker = scene()->addLine(QLineF(), QPen(palette().color(QPalette::Highlight), 3));
        m_dropMarker->setZValue(10);
    }
    m_dropMarker->setLine(QLineF(m_targetsLeft - 10, y, m_targetsLeft + kTargetWidth + 10, y));
    m_dropMarker->show();
}

void RouteGraphView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData()) || !m_entry) { // no route shown: nowhere to put it
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showDropMarker(insertionIndexAt(event->position().toPoint()));
}

void RouteGraphView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData()) || !m_entry) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showDropMarker(insertionIndexAt(event->position().toPoint()));
}

void RouteGraphView::dragLeaveEvent(QDragLeaveEvent *event)
{
    if (m_dropMarker)
        m_dropMarker->hide();
    event->accept();
}

void RouteGraphView::dropEvent(QDropEvent *event)
{
    if (m_dropMarker)
        m_dropMarker->hide();
    const QMimeData *mime = event->mimeData();
    if (!accepts(mime) || !m_entry) {
        event->ignore();
        return;
    }
    const int index = insertionIndexAt(event->position().toPoint());
    if (mime->hasFormat(kMoveMimeType)) {
        bool ok = false;
        const int from = mime->data(kMoveMimeType).toInt(&ok);
        if (!ok || from < 0 || from >= m_targets.size()) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::MoveAction);
        event->accept();
        Q_EMIT targetMoved(from, index);
        return;
    }
    const std::optional<Config::RouteTarget> target = RoutePaletteModel::targetFrom(mime);
    if (!target) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT targetDropped(*target, index);
}

void RouteGraphView::mousePressEvent(QMouseEvent *event)
{
    QGraphicsView::mousePressEvent(event);
    m_pressedTarget = -1;
    if (event->button() != Qt::LeftButton)
        return;
    QGraphicsItem *item = itemAt(event->position().toPoint());
    while (item && item->parentItem())
        item = item->parentItem();
    if (item && item->data(KindKey).toString() == QLatin1String("target")) {
        m_pressedTarget = item->data(IndexKey).toInt();
        m_pressPos = event->position().toPoint();
    }
}

void RouteGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedTarget >= 0 && event->buttons().testFlag(Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        // A target dragged within the graph: reorder it (dropEvent() gets it back).
        auto *mime = new QMimeData;
        mime->setData(kMoveMimeType, QByteArray::number(m_pressedTarget));
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        m_pressedTarget = -1;
        drag->exec(Qt::MoveAction);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void RouteGraphView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_targets.size());
    const bool alt = event->modifiers().testFlag(Qt::AltModifier);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = event->key() == Qt::Key_Up ? -1 : 1;
        if (alt) {
            if (m_selected >= 0)
                Q_EMIT moveRequested(m_selected, delta);
        } else {
            const int next = qBound(-1, m_selected + delta, count - 1);
            if (next != m_selected) {
                setSelectedNode(next);
                Q_EMIT nodeSelected(next);
            }
        }
        event->accept();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected >= 0)
            Q_EMIT removeRequested(m_selected);
        event->accept();
        return;
    default: QGraphicsView::keyPressEvent(event);
    }
}

} // namespace Switchyard::Gui
