// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditiontreemodel.h"

#include "rulechecks.h"

#include <QApplication>
#include <QStyle>

namespace Switchyard::Gui {

using Config::RuleCondition;
using Kind = RuleCondition::Kind;

ConditionTreeModel::ConditionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_holder(std::make_unique<Node>())
{
    m_holder->children.push_back(build(RuleCondition(), m_holder.get()));
}

ConditionTreeModel::~ConditionTreeModel() = default;

bool ConditionTreeModel::isGroup(Kind kind)
{
    return kind == Kind::All || kind == Kind::Any || kind == Kind::Not;
}

std::unique_ptr<ConditionTreeModel::Node> ConditionTreeModel::build(const RuleCondition &c, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->self = c;
    node->self.children.clear();
    node->parent = parent;
    for (const RuleCondition &child : c.children)
        node->children.push_back(build(child, node.get()));
    return node;
}

RuleCondition ConditionTreeModel::flatten(const Node &node)
{
    RuleCondition c = node.self;
    for (const auto &child : node.children)
        c.children.append(flatten(*child));
    return c;
}

void ConditionTreeModel::setCondition(const RuleCondition &condition)
{
    beginResetModel();
    m_holder->children.clear();
    m_holder->children.push_back(build(condition, m_holder.get()));
    endResetModel();
}

RuleCondition ConditionTreeModel::condition() const
{
    return flatten(*m_holder->children.front());
}

ConditionTreeModel::Node *ConditionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_holder.get();
}

int ConditionTreeModel::rowOf(const Node *node) const
{
    const Node *parent = node->parent;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex ConditionTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_holder.get())
        return {};
    return createIndex(rowOf(node), 0, const_cast<Node *>(node));
}

RuleCondition ConditionTreeModel::conditionAt(const QModelIndex &index) const
{
    return index.isValid() ? flatten(*nodeOf(index)) : condition();
}

void ConditionTreeModel::touch(const Node *node)
{
    for (const Node *n = node; n && n != m_holder.get(); n = n->parent) {
        const QModelIndex i = indexOf(n);
        Q_EMIT dataChanged(i, i);
    }
    Q_EMIT edited();
}

void ConditionTreeModel::setConditionAt(const QModelIndex &index, const RuleCondition &condition)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || !node)
        return;
    if (!isGroup(condition.kind) && !node->children.empty()) {
        beginRemoveRows(index, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->self = condition;
    node->self.children.clear();
    touch(node);
}

QModelIndex ConditionTreeModel::addChild(const QModelIndex &parent, const RuleCondition &child)
{
    Node *node = nodeOf(parent);
    if (!parent.isValid() || !isGroup(node->self.kind))
        return {};
    const int row = int(node->children.size());
    beginInsertRows(parent, row, row);
    node->children.push_back(build(child, node));
    endInsertRows();
    touch(node);
    return index(row, 0, parent);
}

void ConditionTreeModel::removeNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Node *node = nodeOf(index);
    Node *parent = node->parent;
    if (parent == m_holder.get()) {
        // The rule's whole condition: it becomes "always" (an empty "all").
        if (!node->children.empty()) {
            beginRemoveRows(index, 0, int(node->children.size()) - 1);
            node->children.clear();
            endRemoveRows();
        }
        node->self = RuleCondition();
        touch(node);
        return;
    }
    const int row = rowOf(node);
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    touch(parent);
}

QModelIndex ConditionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex ConditionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ConditionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ConditionTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant ConditionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const bool root = node->parent == m_holder.get();
    // The node's own problem, judged with its children counted.
    auto problem = [&] {
        RuleCondition c = node->self;
        c.children.clear();
        for (const auto &child : node->children)
            c.children.append(child->self);
        return RuleChecks::conditionProblem(c, root);
    };
    switch (role) {
    case Qt::DisplayRole: {
        RuleCondition c = node->self;
        if (!node->children.empty())
            c.children.append(RuleCondition()); // "always" only for an empty top-level group
        return RuleChecks::describe(c, root);
    }
    case Qt::ToolTipRole: {
        const QString p = problem();
        return p.isEmpty() ? data(index, Qt::DisplayRole) : QVariant(p);
    }
    case Qt::DecorationRole:
        if (problem().isEmpty())
            return {};
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case ProblemRole: return problem();
    case KindRole: return int(node->self.kind);
    default: return {};
    }
}

} // namespace Switchyard::Gui
