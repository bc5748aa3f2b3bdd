// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Switchyard::Gui {

// What the rule editor says about a rule while it is being edited: a one-line summary of conditions
// and actions, and what is wrong with them, flagged where the mistake is. The config loader stays the
// judge at Apply; these catch the same mistakes earlier, in the user's words.
class RuleChecks final
{
    Q_DECLARE_TR_FUNCTIONS(RuleChecks)

public:
    // The condition node itself (not its children); `root`: the rule's whole "when", where an empty
    // "all" means "always".
    static QString conditionProblem(const Config::RuleCondition &c, bool root);
    // The first problem anywhere in the condition tree.
    static QString treeProblem(const Config::RuleCondition &c, bool root = true);
    static QString actionProblem(const Config::RuleAction &a, const QStringList &routes,
                                 const QStringList &providers, bool isDefault);

    static QString kindName(Config::RuleCondition::Kind kind); // "Model", "Header"…, for the kind list
    static QString describe(const Config::RuleCondition &c, bool root = false); // this node, one line
    static QString describe(const Config::RuleAction &a);
    // "a, b,,c " → {"a", "b", "c"}: how the editor's comma-separated fields (apps, header values, tags)
    // become lists.
    static QStringList splitList(const QString &text);
};

} // namespace Switchyard::Gui
