// SPDX-License-Identifier: GPL-3.0-or-later
#include "routepalettemodel.h"

#include "providers/modelcatalog.h"
#include "routedraft.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

namespace Switchyard::Gui {

const QString RoutePaletteModel::kMimeType = QStringLiteral("application/x-switchyard-target");

RoutePaletteModel::RoutePaletteModel(QObject *parent) : QAbstractItemModel(parent) {}

void RoutePaletteModel::setConfig(const Config::Config &config)
{
    QList<Group> groups;
    for (const Config::Provider &p : config.providers) {
        Group g;
        g.title = p.id;
        const QString key = RouteChecks::catalogKey(p);
        g.toolTip = key.isEmpty()
                        ? tr("The model catalog does not know this provider's models: the models your routes "
                             "use are listed; type others in the form.")
                        : tr("Models the catalog lists for %1, and the ones your routes use.").arg(key);
        QStringList models;
        if (!key.isEmpty()) {
            for (const Providers::ModelInfo &m : Providers::ModelCatalog::builtin().models()) {
                if (m.provider == key)
                    models << m.id;
            }
        }
        for (const Config::Route &r : config.routes) {
            for (const Config::RouteTarget &t : r.targets) {
                if (t.provider == p.id && !t.model.isEmpty() && !models.contains(t.model))
                    models << t.model;
            }
        }
        models.sort(Qt::CaseInsensitive);
        for (const QString &m : std::as_const(models)) {
            Config::RouteTarget t;
            t.provider = p.id;
            t.model = m;
            g.items.append(Item{m, RouteChecks::priceText(config, p, m), t});
        }
        groups.append(g);
    }
    Group nested;
    nested.title = tr("Routes (nest one)");
    nested.toolTip = tr("A nested route orders its own targets at the place it is dropped.");
    for (const Config::Route &r : config.routes) {
        Config::RouteTarget t;
        t.route = r.name;
        nested.items.append(Item{r.name, RouteChecks::strategyTitle(r.strategy), t});
    }
    groups.append(nested);
    if (groups == m_groups)
        return; // unchanged: keep the view's expansion and selection
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

std::optional<Config::RouteTarget> RoutePaletteModel::targetAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return std::nullopt;
    return m_groups[qsizetype(index.internalId() - 1)].items[index.row()].target;
}

QModelIndex RoutePaletteModel::find(const Config::RouteTarget &target) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int i = 0; i < m_groups[g].items.size(); ++i) {
            const Config::RouteTarget &t = m_groups[g].items[i].target;
            if (t.provider == target.provider && t.model == target.model && t.route == target.route)
                return createIndex(i, 0, quintptr(g + 1));
        }
    }
    return {};
}

QStringList RoutePaletteModel::modelsOf(const QString &provider) const
{
    QStringList out;
    for (const Group &g : m_groups) {
        for (const Item &i : g.items) {
            if (i.target.route.isEmpty() && i.target.provider == provider)
                out << i.target.model;
        }
    }
    return out;
}

QMimeData *RoutePaletteModel::mimeFor(const Config::RouteTarget &target)
{
    const QJsonObject o = target.route.isEmpty() ? QJsonObject{{QStringLiteral("provider"), target.provider},
                                                               {QStringLiteral("model"), target.model}}
                                                 : QJsonObject{{QStringLiteral("route"), target.route}};
    auto *mime = new QMimeData;
    mime->setData(kMimeType, QJsonDocument(o).toJson(QJsonDocument::Compact));
    mime->setText(target.route.isEmpty() ? target.provider + QLatin1Char('/') + target.model : target.route);
    return mime;
}

std::optional<Config::RouteTarget> RoutePaletteModel::targetFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kMimeType))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(mime->data(kMimeType)).object();
    Config::RouteTarget t;
    t.route = o.value(QLatin1StringView("route")).toString();
    t.provider = o.value(QLatin1StringView("provider")).toString();
    t.model = o.value(QLatin1StringView("model")).toString();
    if (t.route.isEmpty() && (t.provider.isEmpty() || t.model.isEmpty()))
        return std::nullopt;
    return t;
}

QModelIndex RoutePaletteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RoutePaletteModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RoutePaletteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[parent.row()].items.size());
}

int RoutePaletteModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RoutePaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool group = index.internalId() == 0;
    const Group &g = m_groups[group ? index.row() : qsizetype(index.internalId() - 1)];
    switch (role) {
    case Qt::DisplayRole: return group ? g.title : g.items[index.row()].text;
    case Qt::ToolTipRole: return group ? g.toolTip : g.items[index.row()].toolTip;
    case Qt::AccessibleTextRole:
        if (group)
            return g.title;
        return g.items[index.row()].target.route.isEmpty()
                   ? tr("%1 on %2").arg(g.items[index.row()].text, g.title)
                   : tr("nested route %1").arg(g.items[index.row()].text);
    default: return {};
    }
}

Qt::ItemFlags RoutePaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList RoutePaletteModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *RoutePaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const std::optional<Config::RouteTarget> t = targetAt(i))
            return mimeFor(*t);
    }
    return nullptr;
}

Qt::DropActions RoutePaletteModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Switchyard::Gui
