// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "router.h"
#include "rules.h"
#include "usage/spendtracker.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Switchyard::Routing {

// Everything a routing decision looks at, for deciding outside the request path: the rule editor's
// tester and replay decide on a draft config before it is applied. Everything that varies is
// injected, as for Router::order, so that the same input always gives the same answer.
struct DecisionInput
{
    RuleInput rule;            // what the rules look at (fill it all: a tester does not know needs())
    qint64 outputTokens = 500; // the request's max_tokens, else the proxy's typical answer (lowest-cost)
    QByteArray stickyKey;      // the sticky-session value; empty: the route's sticky header, from rule.header
    const TargetHealth *health = nullptr; // null: every target healthy, idle and under its limits
    qint64 nowMs = 0;
    std::function<quint64(const QString &route)> tick; // round-robin turn (null: 0)
    std::function<double()> random;                    // weighted draw and exploration (null: 0)
    // Spend so far for SpendTracker's keys (an app, routeKey(route), totalKey()). Null: budgets are
    // not checked.
    std::function<Usage::SpendTracker::Spend(const QString &key)> spend;
};

// The outcome of routing one request, as the explain API reports it (api/llmproxy.cpp does the same
// steps on the request path: rules, resolve, order, admit, the token's routes, budgets).
struct Decision
{
    enum class Outcome : quint8
    {
        Routed,     // plan.targets holds where it would go, in order
        Refused,    // a rule refuses it (403 refused_by_rule)
        NotFound,   // the destination is neither a route nor provider/model (404 model_not_found)
        AtLimits,   // every target is at a limit (429 route_limits_reached)
        NotAllowed, // the app's token may not use it (403 model_not_allowed)
        OverBudget, // a budget is spent (429 budget_exceeded)
    };
    Outcome outcome = Outcome::NotFound;
    int ruleIndex = -1;  // the matched rule in config.rules; -1: the default rule (or no rules at all)
    QString ruleName;    // empty when the config has no rules and no default rule (nothing was evaluated)
    QStringList trace;   // evaluateRules' trace (no header values, no prompt text)
    QString destination; // what the plan was resolved from: a route, provider/model or the requested model
    QString message;     // why, for every outcome but Routed (the client's error message)
    QStringList tags;    // the action's tags, capMaxTokens and field overrides
    qint64 capMaxTokens = 0;
    QJsonObject set;
    QString budgetWarning;
    // Points into the config decided on: valid while it lives (and is not modified).
    Plan plan;

    [[nodiscard]] QString firstTarget() const;                 // "provider/model", empty when there is none
    [[nodiscard]] static QString outcomeName(Outcome outcome); // "routed", "refused", "not found"…
};

// Rules, then resolve(), order() (with explain reasons when `explain`), admit() and the token and budget
// checks, exactly in the order the proxy takes them. Pure: no clock, no I/O beyond `in`'s callbacks.
[[nodiscard]] Decision decide(const Config::Config &config, const DecisionInput &in, bool explain = true);

// A logged request knows only part of what rules look at: these inputs may be unknown.
enum Unknown : quint8
{
    UnknownImages = 1,
    UnknownTools = 2,
    UnknownText = 4, // the last user message
    UnknownHeaders = 8,
    UnknownSpend = 16, // spend at the time
    UnknownPromptTokens = 32,
    UnknownTime = 64,
};

enum class Truth : quint8
{
    False,
    True,
    Unknown
};

// Three-valued evaluation (Kleene): a condition over an unknown input is Unknown unless the rest decides
// it (all(false, ?) is false, any(true, ?) true). `why` gets one line per unknown input looked at.
[[nodiscard]] Truth conditionTruth(const Config::RuleCondition &condition, const RuleInput &input,
                                   quint8 unknown, QStringList *why = nullptr);

// decide() when some inputs are unknown. Every rule that may or may not hold is a possible match; when
// all the possibilities end at the same place (outcome, route and first target), the decision is
// determined, else `undetermined` says which rules depend on what.
struct UncertainDecision
{
    Decision decision;        // assuming no rule whose truth is unknown holds
    bool determined = true;   // every possibility gives the same outcome, route and first target
    QStringList undetermined; // "rule 'x' depends on the last user message (not logged)"
};
[[nodiscard]] UncertainDecision decideUncertain(const Config::Config &config, const DecisionInput &in,
                                                quint8 unknown);

// What the usage store keeps of a request, as far as replaying it needs.
struct LoggedRequest
{
    qint64 startedAtMs = 0;
    QString requestedModel;
    QString app;
    bool stream = false;
    bool tokensKnown = true; // reported or estimated; false: the request never got that far
    Llm::Usage usage;
    QString route;       // as logged (empty: a direct provider/model request, or refused before a route)
    QString firstTarget; // the first attempt's provider/model, empty when none was tried
    QString errorCode;   // the client-facing error code
    std::optional<qint64> costMicros; // none: unpriced
    // The request itself, decoded from the body logged with it (usage.logBodies): then images, tools and
    // the last user message are known too. None: they are unknown.
    std::optional<Llm::Request> content;
};

// A logged request decided again on `config`, without calling anyone.
struct Replayed
{
    enum class Change : quint8
    {
        Unchanged,
        Changed,
        Undetermined
    };
    Change change = Change::Unchanged;
    QString before; // where it went: "route 'x'", "target 'p/m'", "refused", "not found"…
    QString after;  // where it would go now
    QString newFirstTarget;
    QString ruleName;                    // the rule that would decide it
    std::optional<qint64> newCostMicros; // the logged tokens at the new first target's price; none: unpriced
    QString reason;                      // Undetermined: why
};
// A request that stays on its route keeps its logged first target and cost: the route's strategy and
// the health at the time chose that target, and rules do not change either. Images, tools, the last
// message's text, headers and spend at the time are not logged; the logged input tokens stand in for
// the prompt size and the logged start for the time.
[[nodiscard]] Replayed replay(const Config::Config &config, const LoggedRequest &request);

} // namespace Switchyard::Routing
