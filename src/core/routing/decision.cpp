// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision.h"

#include "usage/pricing.h"

#include <QDateTime>

namespace Switchyard::Routing {

namespace {

using Config::RuleAction;
using Config::RuleCondition;
using Kind = RuleCondition::Kind;

QString usd(qint64 micros)
{
    // As the proxy writes amounts: cents, or micro-dollars for the tiny ones so "$0.00" never shows.
    return QStringLiteral("$%1").arg(double(micros) / 1e6, 0, 'f', micros > 0 && micros < 10'000 ? 6 : 2);
}

// The match for rule `index` (-1: the default rule) as evaluateRules() builds it once a rule holds:
// an action without a destination borrows the default rule's route or target.
RuleMatch matchOf(const Config::Config &config, int index)
{
    RuleMatch m;
    const RuleAction &fallback = config.defaultRule;
    if (index >= 0) {
        m.index = index;
        m.name = config.rules.at(index).name;
        m.action = &config.rules.at(index).action;
    } else {
        m.name = QStringLiteral("default");
        m.action = &fallback;
    }
    if (m.action->hasDestination()) {
        m.route = m.action->route;
        m.target = m.action->target;
        m.refuse = m.action->refuse;
    } else if (index >= 0) {
        m.route = fallback.route;
        m.target = fallback.target;
    }
    return m;
}

// Budgets as LlmProxy::checkBudget() sees them: false (and the message) once a period is spent.
bool budgetHolds(const Config::Budget &budget, const QString &who, const QString &key, const QString &setting,
                 const DecisionInput &in, Decision &d)
{
    const Usage::SpendTracker::Spend spent = in.spend(key);
    struct Period
    {
        const char *name;
        qint64 limit;
        qint64 spent;
    };
    const Period periods[] = {{"daily", budget.dailyMicros, spent.dayMicros},
                              {"monthly", budget.monthlyMicros, spent.monthMicros}};
    for (const Period &p : periods) {
        if (p.limit <= 0)
            continue;
        if (p.spent >= p.limit) {
            d.outcome = Decision::Outcome::OverBudget;
            d.message = QStringLiteral("%1 has spent %2 of its %3 budget of %4 (raise it in %5)")
                            .arg(who, usd(p.spent), QLatin1StringView(p.name), usd(p.limit), setting);
            return false;
        }
        if (p.spent * 100 >= p.limit * budget.warnAtPercent && d.budgetWarning.isEmpty())
            d.budgetWarning = QStringLiteral("%1 of the %2 budget of %3 spent (%4)")
                                  .arg(usd(p.spent), QLatin1StringView(p.name), usd(p.limit), who);
    }
    return true;
}

// Everything after the rules: resolve, order, admit, the token's routes and the budgets.
Decision decideAfter(const Config::Config &config, const DecisionInput &in, const RuleMatch &match,
                     bool evaluated, bool explain)
{
    Decision d;
    const RuleInput &rule = in.rule;
    if (evaluated) {
        d.ruleIndex = match.index;
        d.ruleName = match.name;
        d.trace = match.trace;
        d.tags = match.action->tags;
        d.capMaxTokens = match.action->capMaxTokens;
        d.set = match.action->set;
    }
    if (!match.refuse.isEmpty()) {
        d.outcome = Decision::Outcome::Refused;
        d.message = QStringLiteral("refused by rule '%1': %2").arg(match.name, match.refuse);
        return d;
    }
    d.destination = !match.route.isEmpty()    ? match.route
                    : !match.target.isEmpty() ? match.target
                                              : rule.requestedModel;
    std::optional<Plan> plan = Router::resolve(config, d.destination);
    if (!plan || plan->targets.isEmpty()) {
        d.outcome = Decision::Outcome::NotFound;
        d.message = QStringLiteral("The model '%1' does not exist: it is neither a route nor provider/model "
                                   "with a configured provider")
                        .arg(rule.requestedModel.left(200));
        return d;
    }
    d.plan = std::move(*plan);
    OrderInput order;
    order.tick = in.tick;
    order.random = in.random;
    order.stickyKey = in.stickyKey;
    if (order.stickyKey.isEmpty() && !d.plan.stickyHeader.isEmpty() && rule.header)
        order.stickyKey = rule.header(QByteArrayView(d.plan.stickyHeader.toLatin1().toLower()));
    order.health = in.health;
    order.nowMs = in.nowMs;
    order.promptTokens = rule.promptTokens;
    order.outputTokens = in.outputTokens;
    order.prices = &config.prices;
    order.explain = explain;
    Router::order(config, d.plan, order);
    if (in.health)
        Router::admit(d.plan, *in.health, in.nowMs);
    if (d.plan.targets.isEmpty()) {
        QStringList why;
        for (const Skipped &s : std::as_const(d.plan.skipped))
            why.append(s.target.name() + QLatin1String(": ") + s.reason);
        d.outcome = Decision::Outcome::AtLimits;
        d.message = QStringLiteral("every target of '%1' is at its limit right now (%2)")
                        .arg(rule.requestedModel.left(200), why.join(QLatin1String("; ")));
        return d;
    }
    d.outcome = Decision::Outcome::Routed;
    if (!rule.app.isEmpty()) {
        for (const Config::AccessToken &t : config.tokens) {
            if (t.name != rule.app)
                continue;
            if (!Router::isAllowed(t.routes, rule.requestedModel, d.plan)) {
                d.outcome = Decision::Outcome::NotAllowed;
                d.message = QStringLiteral("the app token '%1' may not use '%2'")
                                .arg(rule.app, rule.requestedModel.left(200));
                return d;
            }
            if (in.spend && t.budget.isSet() &&
                !budgetHolds(t.budget, QStringLiteral("the app '%1'").arg(rule.app), rule.app,
                             QStringLiteral("the token's \"budget\" setting"), in, d))
                return d;
        }
    }
    if (in.spend && d.plan.config && d.plan.config->budget.isSet() &&
        !budgetHolds(d.plan.config->budget, QStringLiteral("the route '%1'").arg(d.plan.route),
                     Usage::SpendTracker::routeKey(d.plan.route),
                     QStringLiteral("the route's \"budget\" setting"), in, d))
        return d;
    if (in.spend && config.budget.isSet() &&
        !budgetHolds(config.budget, QStringLiteral("Switchyard as a whole"), Usage::SpendTracker::totalKey(),
                     QStringLiteral("the top-level \"budget\" setting"), in, d))
        return d;
    return d;
}

bool hasRules(const Config::Config &config)
{
    // The proxy skips rule evaluation entirely then (no x-switchyard-rule header either).
    return !config.rules.isEmpty() || config.defaultRule != RuleAction{};
}

// Which unknown input a leaf condition reads, and its words for the reason; 0 for a known one.
quint8 unknownOf(const RuleCondition &c, QString *what)
{
    switch (c.kind) {
    case Kind::HasImages: *what = QStringLiteral("whether it had images"); return UnknownImages;
    case Kind::HasTools: *what = QStringLiteral("whether it had tools"); return UnknownTools;
    case Kind::LastUserMessage: *what = QStringLiteral("the last user message"); return UnknownText;
    case Kind::Header: *what = QStringLiteral("the header %1").arg(c.name); return UnknownHeaders;
    case Kind::Spend: *what = QStringLiteral("the %1 spend at the time").arg(c.scope); return UnknownSpend;
    case Kind::PromptTokens: *what = QStringLiteral("the prompt size"); return UnknownPromptTokens;
    case Kind::Time: *what = QStringLiteral("the time"); return UnknownTime;
    default: return 0;
    }
}

QString placeOf(const Decision &d)
{
    switch (d.outcome) {
    case Decision::Outcome::Routed:
        return d.plan.route.isEmpty() ? QStringLiteral("target '%1'").arg(d.firstTarget())
                                      : QStringLiteral("route '%1'").arg(d.plan.route);
    default: return Decision::outcomeName(d.outcome);
    }
}

} // namespace

QString Decision::firstTarget() const
{
    return plan.targets.isEmpty() || !plan.targets.constFirst().provider ? QString()
                                                                         : plan.targets.constFirst().name();
}

QString Decision::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Routed: return QStringLiteral("routed");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::NotFound: return QStringLiteral("not found");
    case Outcome::AtLimits: return QStringLiteral("at limits");
    case Outcome::NotAllowed: return QStringLiteral("not allowed");
    case Outcome::OverBudget: return QStringLiteral("over budget");
    }
    return {};
}

Decision decide(const Config::Config &config, const DecisionInput &in, bool explain)
{
    if (!hasRules(config))
        return decideAfter(config, in, matchOf(config, -1), false, explain);
    return decideAfter(config, in, evaluateRules(config, in.rule, explain), true, explain);
}

Truth conditionTruth(const RuleCondition &c, const RuleInput &input, quint8 unknown, QStringList *why)
{
    switch (c.kind) {
    case Kind::All: {
        Truth out = Truth::True;
        for (const RuleCondition &child : c.children) {
            const Truth t = conditionTruth(child, input, unknown, why);
            if (t == Truth::False)
                return Truth::False;
            if (t == Truth::Unknown)
                out = Truth::Unknown;
        }
        return out;
    }
    case Kind::Any: {
        Truth out = Truth::False;
        for (const RuleCondition &child : c.children) {
            const Truth t = conditionTruth(child, input, unknown, why);
            if (t == Truth::True)
                return Truth::True;
            if (t == Truth::Unknown)
                out = Truth::Unknown;
        }
        return out;
    }
    case Kind::Not: {
        if (c.children.isEmpty())
            return Truth::False; // as rules.cpp: not() of nothing never holds
        const Truth t = conditionTruth(c.children.constFirst(), input, unknown, why);
        return t == Truth::Unknown ? t : t == Truth::True ? Truth::False : Truth::True;
    }
    default: break;
    }
    QString what;
    if (unknownOf(c, &what) & unknown) {
        if (why && !why->contains(what))
            why->append(what);
        return Truth::Unknown;
    }
    return conditionHolds(c, input) ? Truth::True : Truth::False;
}

UncertainDecision decideUncertain(const Config::Config &config, const DecisionInput &in, quint8 unknown)
{
    UncertainDecision out;
    if (!hasRules(config)) {
        out.decision = decide(config, in, false);
        return out;
    }
    // The rules that may hold, in order, up to the first that surely does (or the default rule).
    QList<int> possible;
    int certain = -1;
    for (qsizetype i = 0; i < config.rules.size(); ++i) {
        const Config::Rule &rule = config.rules.at(i);
        if (!rule.enabled)
            continue;
        QStringList why;
        const Truth t = conditionTruth(rule.when, in.rule, unknown, &why);
        if (t == Truth::True) {
            certain = int(i);
            break;
        }
        if (t == Truth::Unknown) {
            possible.append(int(i));
            out.undetermined.append(QStringLiteral("rule '%1' depends on %2 (not logged)")
                                        .arg(rule.name, why.join(QLatin1String(", "))));
        }
    }
    RuleMatch sure = matchOf(config, certain);
    out.decision = decideAfter(config, in, sure, true, false);
    const QString place = placeOf(out.decision);
    const QString first = out.decision.firstTarget();
    bool same = true;
    for (int index : std::as_const(possible)) {
        const Decision maybe = decideAfter(config, in, matchOf(config, index), true, false);
        same = same && maybe.outcome == out.decision.outcome && placeOf(maybe) == place &&
               maybe.firstTarget() == first;
    }
    out.determined = same;
    if (same)
        out.undetermined.clear(); // every possibility ends at the same place: it does not matter
    return out;
}

Replayed replay(const Config::Config &config, const LoggedRequest &r)
{
    Replayed out;
    // Where it went, as the record tells.
    if (r.errorCode == QLatin1String("refused_by_rule"))
        out.before = Decision::outcomeName(Decision::Outcome::Refused);
    else if (r.errorCode == QLatin1String("model_not_found"))
        out.before = Decision::outcomeName(Decision::Outcome::NotFound);
    else if (r.errorCode == QLatin1String("model_not_allowed"))
        out.before = Decision::outcomeName(Decision::Outcome::NotAllowed);
    else if (!r.route.isEmpty())
        out.before = QStringLiteral("route '%1'").arg(r.route);
    else if (!r.firstTarget.isEmpty())
        out.before = QStringLiteral("target '%1'").arg(r.firstTarget);

    DecisionInput in;
    in.rule.requestedModel = r.requestedModel;
    in.rule.app = r.app;
    in.rule.stream = r.stream;
    in.rule.promptTokens = r.usage.inputTokens;
    in.rule.route = config.route(r.requestedModel) ? r.requestedModel : QString();
    in.outputTokens = r.usage.outputTokens;
    in.nowMs = r.startedAtMs;
    quint8 unknown = UnknownImages | UnknownTools | UnknownText | UnknownHeaders | UnknownSpend;
    if (r.content) {
        fillContent(in.rule, *r.content);
        if (r.tokensKnown)
            in.rule.promptTokens = r.usage.inputTokens; // what the provider counted beats the estimate
        unknown &= quint8(~(UnknownImages | UnknownTools | UnknownText));
    } else if (!r.tokensKnown) {
        unknown |= UnknownPromptTokens;
    }
    if (r.startedAtMs > 0)
        in.rule.now = QDateTime::fromMSecsSinceEpoch(r.startedAtMs); // local time, as the proxy reads it
    else
        unknown |= UnknownTime;
    const UncertainDecision u = decideUncertain(config, in, unknown);
    const Decision &d = u.decision;
    out.ruleName = d.ruleName;
    out.after = placeOf(d);
    if (out.before.isEmpty()) {
        out.change = Replayed::Change::Undetermined;
        out.reason = QStringLiteral("it failed before routing (%1)")
                         .arg(r.errorCode.isEmpty() ? QStringLiteral("no target tried") : r.errorCode);
        return out;
    }
    if (!u.determined) {
        out.change = Replayed::Change::Undetermined;
        out.reason = u.undetermined.join(QLatin1String("; "));
        return out;
    }
    if (out.after == out.before) {
        out.change = Replayed::Change::Unchanged;
        out.newFirstTarget = r.firstTarget;
        out.newCostMicros = r.costMicros;
        return out;
    }
    out.change = Replayed::Change::Changed;
    out.newFirstTarget = d.firstTarget();
    if (d.outcome != Decision::Outcome::Routed) {
        out.newCostMicros = 0; // refused before any provider: nothing billed
        return out;
    }
    const Target &first = d.plan.targets.constFirst();
    const Config::Provider &p = *first.provider;
    const std::optional<Usage::Price> price =
        Usage::priceFor(p.id, p.preset.isEmpty() ? p.kind : p.preset, first.model, config.prices);
    if (price)
        out.newCostMicros = Usage::costMicros(r.usage, *price);
    return out;
}

} // namespace Switchyard::Routing
