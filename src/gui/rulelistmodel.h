// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace Switchyard::Gui {

// The draft's ordered rules for the Rules page, with the default rule pinned as the last row: names
// are edited in place, the check box enables a rule, and rows move by drag and drop (QListView's
// internal move calls moveRows()) or by moveRule(). The default rule never moves, and nothing moves
// below it. Every row says what is wrong with it, if anything (ProblemRole).
class RuleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    static constexpr int ProblemRole = Qt::UserRole + 1; // QString: why the rule is invalid, empty when fine
    static constexpr int DefaultRole = Qt::UserRole + 2; // bool: the pinned default rule

    explicit RuleListModel(QObject *parent = nullptr);

    void setRules(const QList<Config::Rule> &rules, const Config::RuleAction &defaultRule);
    [[nodiscard]] const QList<Config::Rule> &rules() const { return m_rules; }
    [[nodiscard]] const Config::RuleAction &defaultRule() const { return m_default; }
    [[nodiscard]] bool isDefaultRow(int row) const { return row == m_rules.size(); }

    // What actions may name (the draft's routes and provider ids), for the problem checks.
    void setKnown(const QStringList &routes, const QStringList &providers);

    void setRule(int row, const Config::Rule &rule);
    void setDefaultRule(const Config::RuleAction &action);
    // Inserts before `row` (at most the default rule's row); returns the row it took.
    int insertRule(int row, const Config::Rule &rule);
    void removeRule(int row);
    bool moveRule(int from, int to); // `to`: the row it ends up at
    // A name no rule has yet: "base", "base 2", "base 3"…
    [[nodiscard]] QString uniqueName(const QString &base) const;
    [[nodiscard]] QString problem(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void edited(); // any change to the rules or the default rule

private:
    void rowChanged(int row);

    QList<Config::Rule> m_rules;
    Config::RuleAction m_default;
    QStringList m_routes;
    QStringList m_providers;
};

} // namespace Switchyard::Gui
