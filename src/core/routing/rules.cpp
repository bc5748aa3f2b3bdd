// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include "llm/codec.h"

#include <QHash>
#include <QRegularExpression>

namespace Switchyard::Routing {

void fillContent(RuleInput &input, const Llm::Request &request)
{
    input.promptTokens = Llm::estimateInputTokens(request);
    input.hasTools = !request.tools.isEmpty();
    input.hasImages = false;
    for (const Llm::Message &m : request.messages) {
        for (const Llm::Part &p : m.parts)
            input.hasImages = input.hasImages || p.kind == Llm::Part::Kind::Image;
    }
    input.lastUserText.clear();
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role != Llm::Message::Role::User)
            continue;
        QStringList texts;
        for (const Llm::Part &p : it->parts) {
            if (p.kind == Llm::Part::Kind::Text)
                texts.append(p.text);
        }
        if (texts.isEmpty())
            continue; // a tool result turn: look further back for what the person wrote
        input.lastUserText = texts.join(QLatin1Char('\n'));
        break;
    }
}

namespace {

using Config::RuleAction;
using Config::RuleCondition;
using Kind = RuleCondition::Kind;

constexpr qsizetype kMaxCachedRegexes = 256;
constexpr const char *kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Compiling a pattern costs far more than matching it, and a QRegularExpression is not meant to be
// shared between threads while matching: each worker thread keeps its own compiled copies. The cache
// is cleared when full, which only a config with hundreds of patterns (or many reloads) reaches.
const QRegularExpression *cachedRegex(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it == cache.cend()) {
        if (cache.size() >= kMaxCachedRegexes)
            cache.clear();
        QRegularExpression re(pattern);
        re.optimize();
        it = cache.insert(pattern, re);
    }
    // The loader rejects bad patterns; a hand-made condition with one simply never matches.
    return it->isValid() ? &*it : nullptr;
}

bool regexMatches(const QString &pattern, const QString &text)
{
    const QRegularExpression *re = cachedRegex(pattern);
    return re && re->match(text).hasMatch();
}

QString quotedList(const QStringList &values)
{
    QString out;
    for (const QString &v : values) {
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += QLatin1Char('\'') + v + QLatin1Char('\'');
    }
    return out;
}

QString dollars(qint64 micros)
{
    return QLatin1Char('$') + QString::number(double(micros) / 1e6, 'f', 2);
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dayList(quint8 days)
{
    QStringList names;
    for (int i = 0; i < 7; ++i) {
        if (days & (1u << i))
            names.append(QLatin1StringView(kDayNames[i]));
    }
    return names.join(QLatin1String(", "));
}

bool anyGlobMatches(const QStringList &globs, const QString &text, QString *which)
{
    for (const QString &glob : globs) {
        if (globMatches(glob, text)) {
            *which = glob;
            return true;
        }
    }
    return false;
}

bool holds(const RuleCondition &c, const RuleInput &in, QStringList *trace);

// All/Any/Not: the children's fragments go inside "all(…)" and so on, so that the trace keeps the shape.
bool holdsComposite(const RuleCondition &c, const RuleInput &in, QStringList *trace)
{
    QStringList inner;
    QStringList *innerTrace = trace ? &inner : nullptr;
    bool result = false;
    const char *label = "";
    switch (c.kind) {
    case Kind::All:
        label = "all";
        result = true;
        for (const RuleCondition &child : c.children) {
            if (!holds(child, in, innerTrace)) {
                result = false;
                break;
            }
        }
        if (trace && c.children.isEmpty()) {
            trace->append(QStringLiteral("always"));
            return true;
        }
        break;
    case Kind::Any:
        label = "any";
        for (const RuleCondition &child : c.children) {
            if (holds(child, in, innerTrace)) {
                result = true;
                break;
            }
        }
        break;
    case Kind::Not:
        label = "not";
        result = c.children.isEmpty() || holds(c.children.constFirst(), in, innerTrace);
        result = !result;
        break;
    default: break;
    }
    if (trace)
        trace->append(QLatin1StringView(label) + QLatin1Char('(') + inner.join(QLatin1String(", ")) +
                      QLatin1Char(')'));
    return result;
}

bool holds(const RuleCondition &c, const RuleInput &in, QStringList *trace)
{
    // The trace text is built only when a trace is asked for (explain): routing runs without it.
    auto note = [trace](auto &&text) {
        if (trace)
            trace->append(text());
    };
    switch (c.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not: return holdsComposite(c, in, trace);
    case Kind::Model:
    case Kind::App: {
        const bool isModel = c.kind == Kind::Model;
        const QString &text = isModel ? in.requestedModel : in.app;
        auto what = [isModel] { return isModel ? QStringLiteral("model") : QStringLiteral("app"); };
        if (!isModel && text.isEmpty()) {
            note([&]() -> QString { return QStringLiteral("no app"); });
            return false;
        }
        QString which;
        const bool ok = anyGlobMatches(c.values, text, &which);
        note([&]() -> QString {
            return what() + QLatin1String(" '") + text +
                   (ok ? QString(QLatin1String("' matches '") + which + QLatin1Char('\''))
                       : QString(QLatin1String("' matches none of ") + quotedList(c.values)));
        });
        return ok;
    }
    case Kind::Header: {
        // Values stay out of the trace: a rule may look at a header that carries a secret.
        const QByteArray value = in.header ? in.header(QByteArrayView(c.name.toLatin1())) : QByteArray();
        auto what = [&c]() -> QString { return QLatin1String("header ") + c.name; };
        if (c.values.isEmpty() && c.pattern.isEmpty()) {
            const bool ok = value.isEmpty() != c.present;
            note([&]() -> QString {
                return what() + (value.isEmpty() ? QLatin1String(" absent") : QLatin1String(" present"));
            });
            return ok;
        }
        if (value.isEmpty()) {
            note([&]() -> QString { return what() + QLatin1String(" absent"); });
            return false;
        }
        const QString text = QString::fromUtf8(value);
        if (!c.values.isEmpty()) {
            const bool ok = c.values.contains(text);
            note([&]() -> QString {
                return what() + (ok ? QLatin1String(" equals one of ") : QLatin1String(" equals none of ")) +
                       quotedList(c.values);
            });
            return ok;
        }
        const bool ok = regexMatches(c.pattern, text);
        note([&]() -> QString {
            return what() + (ok ? QLatin1String(" matches /") : QLatin1String(" does not match /")) +
                   c.pattern + QLatin1Char('/');
        });
        return ok;
    }
    case Kind::PromptTokens: {
        auto tokens = [&in] { return QString::number(in.promptTokens); };
        if (c.min >= 0 && in.promptTokens < c.min) {
            note([&]() -> QString {
                return QLatin1String("promptTokens ") + tokens() + QLatin1String(" < min ") +
                       QString::number(c.min);
            });
            return false;
        }
        if (c.max >= 0 && in.promptTokens > c.max) {
            note([&]() -> QString {
                return QLatin1String("promptTokens ") + tokens() + QLatin1String(" > max ") +
                       QString::number(c.max);
            });
            return false;
        }
        note([&]() -> QString {
            return QLatin1String("promptTokens ") + tokens() + QLatin1String(" in range");
        });
        return true;
    }
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: {
        const bool actual = c.kind == Kind::HasImages  ? in.hasImages
                            : c.kind == Kind::HasTools ? in.hasTools
                                                       : in.stream;
        const bool ok = actual == c.flag;
        if (trace) {
            const QString what = c.kind == Kind::HasImages  ? QStringLiteral("hasImages")
                                 : c.kind == Kind::HasTools ? QStringLiteral("hasTools")
                                                            : QStringLiteral("stream");
            auto word = [](bool b) { return b ? QLatin1String("true") : QLatin1String("false"); };
            note([&]() -> QString {
                return what + QLatin1Char(' ') + word(actual) +
                       (ok ? QStringLiteral(" = ") : QStringLiteral(" ≠ ")) + word(c.flag);
            });
        }
        return ok;
    }
    case Kind::LastUserMessage: {
        // The prompt itself stays out of the trace.
        if (c.pattern.isEmpty()) {
            const bool ok = in.lastUserText.contains(c.contains, Qt::CaseInsensitive);
            note([&]() -> QString {
                return QLatin1String("last user message ") +
                       (ok ? QLatin1String("contains '") : QLatin1String("does not contain '")) + c.contains +
                       QLatin1Char('\'');
            });
            return ok;
        }
        const bool ok = regexMatches(c.pattern, in.lastUserText);
        note([&]() -> QString {
            return QLatin1String("last user message ") +
                   (ok ? QLatin1String("matches /") : QLatin1String("does not match /")) + c.pattern +
                   QLatin1Char('/');
        });
        return ok;
    }
    case Kind::Time: {
        if (!in.now.isValid()) {
            note([&]() -> QString { return QStringLiteral("time unknown"); });
            return false;
        }
        const int day = in.now.date().dayOfWeek(); // 1: Monday
        const QTime time = in.now.time();
        const int minute = time.hour() * 60 + time.minute();
        auto when = [&]() -> QString {
            return QLatin1String("time ") + QLatin1StringView(kDayNames[day - 1]) + QLatin1Char(' ') +
                   clock(minute);
        };
        if (!(c.days & (1u << (day - 1)))) {
            note([&]() -> QString { return when() + QLatin1String(": day not in ") + dayList(c.days); });
            return false;
        }
        if (c.fromMinute >= 0) {
            const bool inside = c.fromMinute < c.toMinute
                                    ? minute >= c.fromMinute && minute < c.toMinute
                                    : minute >= c.fromMinute || minute < c.toMinute; // wraps midnight
            note([&]() -> QString {
                return when() + (inside ? QLatin1String(" within ") : QLatin1String(" outside ")) +
                       clock(c.fromMinute) + QLatin1Char('-') + clock(c.toMinute);
            });
            return inside;
        }
        note([&]() -> QString { return when() + QLatin1String(": day in ") + dayList(c.days); });
        return true;
    }
    case Kind::Spend: {
        auto what = [&c]() -> QString {
            return QLatin1String("spend ") + c.scope + QLatin1Char(' ') + c.period;
        };
        if (!in.spentMicros) {
            note([&]() -> QString { return what() + QLatin1String(": not known"); });
            return false;
        }
        const bool perApp = c.scope == QLatin1String("app");
        const bool perRoute = c.scope == QLatin1String("route");
        const QString key = perApp ? in.app : perRoute ? in.route : QString();
        if ((perApp || perRoute) && key.isEmpty()) {
            note([&]() -> QString {
                return what() + (perApp ? QLatin1String(": no app") : QLatin1String(": no route"));
            });
            return false;
        }
        const qint64 spent = in.spentMicros(c.scope, c.period, key);
        const bool ok = spent >= c.min;
        note([&]() -> QString {
            return what() +
                   (key.isEmpty() ? QString() : QString(QLatin1String(" '") + key + QLatin1Char('\''))) +
                   QLatin1Char(' ') + dollars(spent) + (ok ? QStringLiteral(" ≥ ") : QStringLiteral(" < ")) +
                   dollars(c.min);
        });
        return ok;
    }
    }
    return false;
}

quint8 needsOf(const RuleCondition &c)
{
    switch (c.kind) {
    case Kind::PromptTokens:
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::LastUserMessage: return NeedsContent;
    case Kind::Spend: return NeedsSpend;
    case Kind::Header: return NeedsHeaders;
    case Kind::Time: return NeedsTime;
    case Kind::All:
    case Kind::Any:
    case Kind::Not: {
        quint8 bits = 0;
        for (const RuleCondition &child : c.children)
            bits |= needsOf(child);
        return bits;
    }
    default: return 0;
    }
}

QString destinationText(const RuleMatch &m, const QString &requestedModel)
{
    if (!m.route.isEmpty())
        return QLatin1String("route '") + m.route + QLatin1Char('\'');
    if (!m.target.isEmpty())
        return QLatin1String("target '") + m.target + QLatin1Char('\'');
    if (!m.refuse.isEmpty())
        return QLatin1String("refuse: ") + m.refuse;
    return QLatin1String("the requested model '") + requestedModel + QLatin1Char('\'');
}

} // namespace

bool globMatches(QStringView pattern, QStringView text)
{
    // Iterative wildcard match with one backtrack point: linear for the usual patterns, O(n·m) at worst.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t] ||
                                          pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

quint8 needs(const Config::Config &config)
{
    quint8 bits = 0;
    for (const Config::Rule &rule : config.rules) {
        if (rule.enabled)
            bits |= needsOf(rule.when);
    }
    return bits;
}

bool conditionHolds(const RuleCondition &condition, const RuleInput &input, QStringList *trace)
{
    return holds(condition, input, trace);
}

RuleMatch evaluateRules(const Config::Config &config, const RuleInput &input, bool withTrace)
{
    RuleMatch m;
    QStringList fragments;
    for (qsizetype i = 0; i < config.rules.size(); ++i) {
        const Config::Rule &rule = config.rules.at(i);
        if (!rule.enabled) {
            if (withTrace)
                m.trace.append(QLatin1String("rule '") + rule.name + QStringLiteral("': disabled → skipped"));
            continue;
        }
        fragments.clear();
        const bool ok = holds(rule.when, input, withTrace ? &fragments : nullptr);
        if (withTrace)
            m.trace.append(QLatin1String("rule '") + rule.name + QLatin1String("': ") +
                           fragments.join(QLatin1String(", ")) +
                           (ok ? QStringLiteral(" → match") : QStringLiteral(" → no")));
        if (ok) {
            m.index = int(i);
            m.name = rule.name;
            m.action = &rule.action;
            break;
        }
    }
    const RuleAction &fallback = config.defaultRule;
    if (m.index < 0) {
        m.name = QStringLiteral("default");
        m.action = &fallback;
    }
    bool fromDefault = false;
    if (m.action->hasDestination()) {
        m.route = m.action->route;
        m.target = m.action->target;
        m.refuse = m.action->refuse;
    } else if (m.index >= 0) {
        // A rule that only tags, caps or sets fields: the default's destination, never its refusal (the
        // request did match a rule).
        m.route = fallback.route;
        m.target = fallback.target;
        fromDefault = !m.route.isEmpty() || !m.target.isEmpty();
    }
    if (withTrace)
        m.trace.append((m.index < 0 ? QStringLiteral("no rule matched: default → ") : QStringLiteral("→ ")) +
                       destinationText(m, input.requestedModel) +
                       (fromDefault ? QStringLiteral(" (the default rule's)") : QString()));
    return m;
}

} // namespace Switchyard::Routing
