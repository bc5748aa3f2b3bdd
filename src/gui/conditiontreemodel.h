// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Switchyard::Gui {

// One rule's "when" as a tree for the condition builder: "all"/"any"/"not" groups hold conditions and
// groups; the single top-level row is the rule's whole condition. Each row shows the condition in
// words and flags what is wrong with it in place (ProblemRole, a warning icon and the tooltip).
class ConditionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionTreeModel)

public:
    static constexpr int ProblemRole = Qt::UserRole + 1; // QString, empty when fine
    static constexpr int KindRole = Qt::UserRole + 2;    // int: RuleCondition::Kind

    explicit ConditionTreeModel(QObject *parent = nullptr);
    ~ConditionTreeModel() override;

    void setCondition(const Config::RuleCondition &condition);
    [[nodiscard]] Config::RuleCondition condition() const;
    [[nodiscard]] QModelIndex rootIndex() const { return index(0, 0); }
    // The condition at `index`, with its children.
    [[nodiscard]] Config::RuleCondition conditionAt(const QModelIndex &index) const;
    // Replaces the node's own settings. A group keeps its children when it stays a group (all, any,
    // not); a condition that is no group loses them.
    void setConditionAt(const QModelIndex &index, const Config::RuleCondition &condition);
    // Appends `child` (and its children) to the group at `parent`; the new row's index, or invalid when
    // `parent` is no group.
    QModelIndex addChild(const QModelIndex &parent, const Config::RuleCondition &child);
    // Removes the node; the top-level condition becomes "always" instead.
    void removeNode(const QModelIndex &index);
    [[nodiscard]] static bool isGroup(Config::RuleCondition::Kind kind);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited(); // the condition changed (not on setCondition)

private:
    struct Node
    {
        Config::RuleCondition self; // its own settings; `children` unused (the tree holds them)
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    static std::unique_ptr<Node> build(const Config::RuleCondition &c, Node *parent);
    static Config::RuleCondition flatten(const Node &node);
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] int rowOf(const Node *node) const;
    void touch(const Node *node); // dataChanged for it and its ancestors (their flags depend on it)

    std::unique_ptr<Node> m_holder; // invisible: its one child is the rule's condition
};

} // namespace Switchyard::Gui
