// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulelistmodel.h"

#include "rulechecks.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QStyle>

namespace Switchyard::Gui {

namespace {
const QString kMime = QStringLiteral("application/x-switchyard-rule-rows");
}

RuleListModel::RuleListModel(QObject *parent) : QAbstractListModel(parent) {}

void RuleListModel::setRules(const QList<Config::Rule> &rules, const Config::RuleAction &defaultRule)
{
    beginResetModel();
    m_rules = rules;
    m_default = defaultRule;
    endResetModel();
}

void RuleListModel::setKnown(const QStringList &routes, const QStringList &providers)
{
    m_routes = routes;
    m_providers = providers;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::ToolTipRole, Qt::DecorationRole, ProblemRole});
}

void RuleListModel::rowChanged(int row)
{
    // A name change can make another rule's name a duplicate (or no longer one): every row's flag.
    Q_UNUSED(row)
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT edited();
}

void RuleListModel::setRule(int row, const Config::Rule &rule)
{
    if (row < 0 || row >= m_rules.size() || m_rules.at(row) == rule)
        return;
    m_rules[row] = rule;
    rowChanged(row);
}

void RuleListModel::setDefaultRule(const Config::RuleAction &action)
{
    if (m_default == action)
        return;
    m_default = action;
    rowChanged(int(m_rules.size()));
}

int RuleListModel::insertRule(int row, const Config::Rule &rule)
{
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows({}, row, row);
    m_rules.insert(row, rule);
    endInsertRows();
    rowChanged(row);
    return row;
}

void RuleListModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    rowChanged(row);
}

bool RuleListModel::moveRule(int from, int to)
{
    // moveRows() counts the destination before the move: moving down means "before the row after".
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

QString RuleListModel::uniqueName(const QString &base) const
{
    QSet<QString> taken;
    for (const Config::Rule &r : m_rules)
        taken.insert(r.name);
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString RuleListModel::problem(int row) const
{
    if (isDefaultRow(row))
        return RuleChecks::actionProblem(m_default, m_routes, m_providers, true);
    if (row < 0 || row >= m_rules.size())
        return {};
    const Config::Rule &rule = m_rules.at(row);
    if (rule.name.trimmed().isEmpty())
        return tr("The rule needs a name.");
    for (int i = 0; i < m_rules.size(); ++i) {
        if (i != row && m_rules.at(i).name == rule.name)
            return tr("Another rule is named '%1' too.").arg(rule.name);
    }
    const QString when = RuleChecks::treeProblem(rule.when);
    if (!when.isEmpty())
        return tr("Condition: %1").arg(when);
    const QString then = RuleChecks::actionProblem(rule.action, m_routes, m_providers, false);
    return then.isEmpty() ? QString() : tr("Action: %1").arg(then);
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size()) + 1; // + the default rule
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isDefault = isDefaultRow(row);
    switch (role) {
    case Qt::DisplayRole: return isDefault ? tr("Default (when no rule matches)") : m_rules.at(row).name;
    case Qt::EditRole: return isDefault ? QVariant() : QVariant(m_rules.at(row).name);
    case Qt::CheckStateRole:
        if (isDefault)
            return {};
        return m_rules.at(row).enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const QString p = problem(row);
        if (!p.isEmpty())
            return p;
        if (isDefault)
            return RuleChecks::describe(m_default);
        const Config::Rule &r = m_rules.at(row);
        return tr("When %1: %2")
            .arg(RuleChecks::treeProblem(r.when).isEmpty() ? RuleChecks::describe(r.when, true) : QString(),
                 RuleChecks::describe(r.action));
    }
    case Qt::DecorationRole:
        if (problem(row).isEmpty())
            return {};
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::FontRole:
        if (isDefault) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case ProblemRole: return problem(row);
    case DefaultRole: return isDefault;
    default: return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        isDefaultRow(index.row()))
        return false;
    Config::Rule rule = m_rules.at(index.row());
    if (role == Qt::EditRole) {
        rule.name = value.toString().trimmed();
    } else if (role == Qt::CheckStateRole) {
        rule.enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else {
        return false;
    }
    setRule(index.row(), rule);
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // a drop between rows
    if (isDefaultRow(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled;
}

bool RuleListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    const int n = int(m_rules.size());
    // Only rules move, and only among the rules: the default rule stays last.
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > n || destinationChild < 0 || destinationChild > n ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Config::Rule> moved = m_rules.mid(sourceRow, count);
    m_rules.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rules.insert(at + i, moved.at(i));
    endMoveRows();
    Q_EMIT edited();
    return true;
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RuleListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !isDefaultRow(i.row()))
            out << i.row();
    }
    auto *data = new QMimeData;
    data->setData(kMime, bytes);
    return data;
}

bool RuleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && data && data->hasFormat(kMime);
}

bool RuleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row: before it; between rows: at `row`; below everything: above the default rule.
    int destination = parent.isValid() ? parent.row() : row < 0 ? int(m_rules.size()) : row;
    destination = qMin(destination, int(m_rules.size()));
    QByteArray bytes = data->data(kMime);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    int source = -1;
    in >> source;
    if (in.status() != QDataStream::Ok || source < 0)
        return false;
    // The row is moved here and now; returning false keeps the view from removing the source row
    // after a move it believes it has to finish itself.
    moveRows({}, source, 1, {}, destination);
    return false;
}

} // namespace Switchyard::Gui
