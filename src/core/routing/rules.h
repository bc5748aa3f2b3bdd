// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "llm/llm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace Switchyard::Routing {

// What the rules look at for one request. The caller fills only what needs() asks for; the rest keeps
// its default (no images, no tools, empty text, 0 tokens), which makes those conditions false.
struct RuleInput
{
    QString requestedModel;
    QString app; // the access token's name; empty when none
    // A header's value by lower-case name, empty when absent. Null: every header is absent.
    std::function<QByteArray(QByteArrayView lowerName)> header;
    qint64 promptTokens = 0; // estimated
    bool hasImages = false;
    bool hasTools = false;
    bool stream = false;
    QString lastUserText;
    QDateTime now; // local time, injected so that tests can fix it
    QString route; // the route the request names, for spend scope "route"; may be empty
    // Spend so far in micro-dollars: scope "app" (key: the app), "route" (key: the route) or "total" (key
    // empty), period "day" or "month". Null: spend conditions are false.
    std::function<qint64(const QString &scope, const QString &period, const QString &key)> spentMicros;
};

// Fills what the content conditions look at from the decoded request: the estimated prompt tokens,
// images, tools and the last message the person wrote (tool results skipped).
void fillContent(RuleInput &input, const Llm::Request &request);

// The inputs that cost something to compute, as read by any enabled rule.
enum Need : quint8
{
    NeedsContent = 1, // hasImages, hasTools, lastUserText, promptTokens: the body must be decoded
    NeedsSpend = 2,
    NeedsHeaders = 4,
    NeedsTime = 8, // the local time (reading it costs a time-zone check per request)
};
[[nodiscard]] quint8 needs(const Config::Config &config);

struct RuleMatch
{
    int index = -1; // in config.rules; -1: the default rule
    QString name;   // the rule's name, or "default"
    // The matched rule's action (its tags, cap and field overrides apply), or the default rule's. Points
    // into the config: valid while the snapshot lives. Never null after evaluateRules().
    const Config::RuleAction *action = nullptr;
    // Where the request goes: the matched action's destination; for a rule that names none, the default
    // rule's route or target. All three empty: the model the request names.
    QString route;
    QString target;    // "provider/model"
    QString refuse;    // refuse with this message
    QStringList trace; // one line per rule tried and a last one for the destination (no header values, no
                       // prompt text)
};

// First match over the enabled rules, in order; the default rule when none matches. Pure and
// thread-safe: several workers evaluate the same const config at once.
[[nodiscard]] RuleMatch evaluateRules(const Config::Config &config, const RuleInput &input,
                                      bool withTrace = false);
// One condition; with `trace`, appends why it held or not, a fragment per condition looked at.
bool conditionHolds(const Config::RuleCondition &condition, const RuleInput &input,
                    QStringList *trace = nullptr);

// Glob match as rules use it: '*' any run, '?' one character, case-insensitive.
[[nodiscard]] bool globMatches(QStringView pattern, QStringView text);

} // namespace Switchyard::Routing
