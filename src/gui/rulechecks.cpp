// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulechecks.h"

#include <QRegularExpression>

namespace Switchyard::Gui {

namespace {

using Config::RuleCondition;
using Kind = RuleCondition::Kind;

constexpr const char *kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString regexProblem(const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (re.isValid())
        return {};
    return RuleChecks::tr("invalid regular expression at offset %1: %2")
        .arg(re.patternErrorOffset())
        .arg(re.errorString());
}

QString quoted(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out.append(QLatin1Char('\'') + v + QLatin1Char('\''));
    return out.join(QLatin1String(", "));
}

} // namespace

QString RuleChecks::conditionProblem(const RuleCondition &c, bool root)
{
    switch (c.kind) {
    case Kind::All:
    case Kind::Any:
        if (c.children.isEmpty() && !(root && c.kind == Kind::All))
            return tr("A group needs at least one condition.");
        return {};
    case Kind::Not:
        if (c.children.size() != 1)
            return tr("\"Not\" takes exactly one condition (put several in an \"all\" or \"any\" group).");
        return {};
    case Kind::Model:
    case Kind::App:
        if (c.values.isEmpty())
            return tr("Give at least one name or pattern.");
        for (const QString &v : c.values) {
            if (v.trimmed().isEmpty())
                return tr("Names must not be empty.");
        }
        return {};
    case Kind::Header: {
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9a-z-]+$"));
        if (c.name.isEmpty())
            return tr("Give the header's name.");
        if (!token.match(c.name.toLower()).hasMatch())
            return tr("'%1' is not an HTTP header name.").arg(c.name);
        if (!c.pattern.isEmpty())
            return regexProblem(c.pattern);
        return {};
    }
    case Kind::PromptTokens:
        if (c.min < 0 && c.max < 0)
            return tr("Give a minimum, a maximum or both.");
        if (c.min >= 0 && c.max >= 0 && c.max < c.min)
            return tr("The maximum must be at least the minimum.");
        return {};
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: return {};
    case Kind::LastUserMessage:
        if (c.pattern.isEmpty() && c.contains.isEmpty())
            return tr("Give a keyword or a regular expression.");
        return c.pattern.isEmpty() ? QString() : regexProblem(c.pattern);
    case Kind::Time:
        if (c.days == 0)
            return tr("Pick at least one day.");
        if (c.fromMinute >= 0 && c.fromMinute == c.toMinute)
            return tr("The window's start and end must differ (turn off the hours for the whole day).");
        return {};
    case Kind::Spend:
        if (c.min < 0)
            return tr("The amount must not be negative.");
        return {};
    }
    return {};
}

QString RuleChecks::treeProblem(const RuleCondition &c, bool root)
{
    const QString own = conditionProblem(c, root);
    if (!own.isEmpty())
        return own;
    for (const RuleCondition &child : c.children) {
        const QString p = treeProblem(child, false);
        if (!p.isEmpty())
            return p;
    }
    return {};
}

QString RuleChecks::actionProblem(const Config::RuleAction &a, const QStringList &routes,
                                  const QStringList &providers, bool isDefault)
{
    if (!a.route.isEmpty() && !routes.contains(a.route))
        return tr("There is no route '%1'.").arg(a.route);
    if (!a.target.isEmpty()) {
        const qsizetype slash = a.target.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == a.target.size() - 1)
            return tr("A target is written provider/model, as in openai/gpt-4o.");
        if (!providers.contains(a.target.left(slash)))
            return tr("There is no provider '%1'.").arg(a.target.left(slash));
    }
    if (a.set.contains(QLatin1String("model")) || a.set.contains(QLatin1String("stream")))
        return tr("Parameters must not set \"model\" or \"stream\" (choose a route or target instead).");
    for (const QString &tag : a.tags) {
        if (tag.trimmed().isEmpty())
            return tr("Tags must not be empty.");
    }
    if (a.isEmpty() && !isDefault)
        return tr("The rule does nothing: choose where it sends requests, or a cap, parameters or tags.");
    return {};
}

QString RuleChecks::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All: return tr("All of (group)");
    case Kind::Any: return tr("Any of (group)");
    case Kind::Not: return tr("Not (group)");
    case Kind::Model: return tr("Model");
    case Kind::App: return tr("App");
    case Kind::Header: return tr("Header");
    case Kind::PromptTokens: return tr("Prompt tokens");
    case Kind::HasImages: return tr("Has images");
    case Kind::HasTools: return tr("Has tools");
    case Kind::Stream: return tr("Streaming");
    case Kind::LastUserMessage: return tr("Last user message");
    case Kind::Time: return tr("Time window");
    case Kind::Spend: return tr("Spend");
    }
    return {};
}

QString RuleChecks::describe(const RuleCondition &c, bool root)
{
    switch (c.kind) {
    case Kind::All:
        if (root && c.children.isEmpty())
            return tr("Always (every request)");
        return tr("All of");
    case Kind::Any: return tr("Any of");
    case Kind::Not: return tr("Not");
    case Kind::Model: return tr("model is %1").arg(quoted(c.values));
    case Kind::App: return tr("app is %1").arg(quoted(c.values));
    case Kind::Header:
        if (!c.values.isEmpty())
            return tr("header %1 equals %2").arg(c.name, quoted(c.values));
        if (!c.pattern.isEmpty())
            return tr("header %1 matches /%2/").arg(c.name, c.pattern);
        return c.present ? tr("header %1 is present").arg(c.name) : tr("header %1 is absent").arg(c.name);
    case Kind::PromptTokens:
        if (c.min >= 0 && c.max >= 0)
            return tr("prompt tokens from %L1 to %L2").arg(c.min).arg(c.max);
        if (c.min >= 0)
            return tr("prompt tokens at least %L1").arg(c.min);
        return tr("prompt tokens at most %L1").arg(c.max);
    case Kind::HasImages: return c.flag ? tr("has images") : tr("has no images");
    case Kind::HasTools: return c.flag ? tr("has tools") : tr("has no tools");
    case Kind::Stream: return c.flag ? tr("is streamed") : tr("is not streamed");
    case Kind::LastUserMessage:
        return c.pattern.isEmpty() ? tr("last user message contains '%1'").arg(c.contains)
                                   : tr("last user message matches /%1/").arg(c.pattern);
    case Kind::Time: {
        QStringList days;
        for (int i = 0; i < 7; ++i) {
            if (c.days & (1u << i))
                days.append(QLatin1StringView(kDays[i]));
        }
        const QString hours =
            c.fromMinute >= 0 ? tr("%1–%2").arg(clock(c.fromMinute), clock(c.toMinute)) : tr("all day");
        return tr("time %1 on %2")
            .arg(hours, c.days == 0x7f ? tr("every day") : days.join(QLatin1String(", ")));
    }
    case Kind::Spend:
        return tr("%1 spend this %2 at least $%3").arg(c.scope, c.period).arg(double(c.min) / 1e6, 0, 'f', 2);
    }
    return {};
}

QString RuleChecks::describe(const Config::RuleAction &a)
{
    QStringList parts;
    if (!a.route.isEmpty())
        parts.append(tr("route to '%1'").arg(a.route));
    if (!a.target.isEmpty())
        parts.append(tr("send to '%1'").arg(a.target));
    if (!a.refuse.isEmpty())
        parts.append(tr("refuse: %1").arg(a.refuse));
    if (a.capMaxTokens > 0)
        parts.append(tr("cap output at %L1 tokens").arg(a.capMaxTokens));
    if (!a.set.isEmpty())
        parts.append(tr("set %1").arg(a.set.keys().join(QLatin1String(", "))));
    if (!a.tags.isEmpty())
        parts.append(tr("tag %1").arg(a.tags.join(QLatin1String(", "))));
    return parts.isEmpty() ? tr("the requested model as named") : parts.join(QLatin1String("; "));
}

QStringList RuleChecks::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace Switchyard::Gui
