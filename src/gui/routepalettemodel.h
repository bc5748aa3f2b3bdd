// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QAbstractItemModel>

#include <optional>

class QMimeData;

namespace Switchyard::Gui {

// What can be dragged onto a route's graph: each provider of the config with the models known for
// it (the built-in catalog's, where it knows the provider's models, and every model a route already
// sends to it), then the routes, to nest one. A two-level tree: a group row per provider (and one
// for the routes), the targets under it.
class RoutePaletteModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutePaletteModel)

public:
    // The drag payload: one target as the config's JSON ({"provider", "model"} or {"route"}).
    static const QString kMimeType;

    explicit RoutePaletteModel(QObject *parent = nullptr);

    // `config`: the draft applied to the live config (its providers, prices and routes).
    void setConfig(const Config::Config &config);

    // The target a row stands for; none for a group row.
    [[nodiscard]] std::optional<Config::RouteTarget> targetAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex find(const Config::RouteTarget &target) const;
    // The models listed under a provider.
    [[nodiscard]] QStringList modelsOf(const QString &provider) const;

    static QMimeData *mimeFor(const Config::RouteTarget &target);
    static std::optional<Config::RouteTarget> targetFrom(const QMimeData *mime);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Item
    {
        QString text;
        QString toolTip;
        Config::RouteTarget target;
    };
    struct Group
    {
        QString title;
        QString toolTip;
        QList<Item> items;
        bool operator==(const Group &o) const
        {
            if (title != o.title || toolTip != o.toolTip || items.size() != o.items.size())
                return false;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items[i].text != o.items[i].text || items[i].toolTip != o.items[i].toolTip ||
                    items[i].target != o.items[i].target)
                    return false;
            }
            return true;
        }
    };
    QList<Group> m_groups;
};

} // namespace Switchyard::Gui
