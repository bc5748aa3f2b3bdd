// SPDX-License-Identifier: GPL-3.0-or-later
#include "topmodelsmodel.h"

#include "charts/charttable.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Switchyard::Gui {

TopModelsModel::TopModelsModel(QObject *parent) : QAbstractTableModel(parent) {}
TopModelsModel::~TopModelsModel() = default;

void TopModelsModel::setRows(const QList<Usage::UsageRow> &rows)
{
    QHash<QString, int> index;
    QList<Usage::UsageRow> all;
    for (const Usage::UsageRow &row : rows) {
        // Requests refused before a provider was picked have no model to rank.
        if (row.group.isEmpty() || row.group.startsWith(QLatin1Char('/')))
            continue;
        auto it = index.constFind(row.group);
        if (it == index.cend()) {
            it = index.insert(row.group, int(all.size()));
            Usage::UsageRow first;
            first.group = row.group;
            all.append(first);
        }
        Usage::UsageRow &sum = all[*it];
        sum.requests += row.requests;
        sum.errors += row.errors;
        sum.costMicros += row.costMicros;
        sum.unpriced += row.unpriced;
    }
    m_all = all;
    rebuild();
}

void TopModelsModel::setRank(Rank rank)
{
    if (rank == m_rank)
        return;
    m_rank = rank;
    rebuild();
}

void TopModelsModel::rebuild()
{
    QList<Usage::UsageRow> shown = m_all;
    const bool bySpend = m_rank == Rank::Spend;
    std::sort(shown.begin(), shown.end(), [bySpend](const Usage::UsageRow &a, const Usage::UsageRow &b) {
        const qint64 ka = bySpend ? a.costMicros : a.requests;
        const qint64 kb = bySpend ? b.costMicros : b.requests;
        if (ka != kb)
            return ka > kb;
        return a.group < b.group;
    });
    if (shown.size() > kMaxRows)
        shown.resize(kMaxRows);
    if (shown == m_shown)
        return; // a live refresh with nothing new does not reset the view's selection
    beginResetModel();
    m_shown = shown;
    endResetModel();
}

int TopModelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TopModelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopModelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Usage::UsageRow &row = m_shown[index.row()];
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == ModelColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == ValueRole) {
        switch (column) {
        case ModelColumn: return row.group;
        case RequestsColumn: return row.requests;
        case SpendColumn: return row.costMicros;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == SpendColumn && row.unpriced > 0)
        return tr("Requests with no known price, not counted in this sum: %L1").arg(row.unpriced);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ModelColumn: return row.group;
    case RequestsColumn: return QLocale().toString(row.requests);
    case SpendColumn:
        // Unpriced requests are said to be so, never shown as $0.
        if (row.unpriced > 0 && row.unpriced == row.requests)
            return tr("unpriced");
        if (row.unpriced > 0)
            return tr("%1 + %L2 unpriced").arg(ChartTable::usdShort(row.costMicros)).arg(row.unpriced);
        return ChartTable::usdShort(row.costMicros);
    case ColumnCount: break;
    }
    return {};
}

QVariant TopModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ModelColumn: return tr("Model");
    case RequestsColumn: return tr("Requests");
    case SpendColumn: return tr("Spend");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Switchyard::Gui
