// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "providers/presets.h"

#include <QFile>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <cmath>
#include <functional>

namespace Switchyard::Config {

const Provider *Config::provider(QStringView id) const
{
    for (const Provider &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Route *Config::route(QStringView name) const
{
    for (const Route &r : routes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList supportedProviderKinds()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"),
            QStringLiteral("azure")};
}

QStringList supportedStrategies()
{
    return {QStringLiteral("fallback"),   QStringLiteral("weighted"),      QStringLiteral("round-robin"),
            QStringLiteral("least-busy"), QStringLiteral("least-latency"), QStringLiteral("lowest-cost")};
}

namespace {
struct TriggerName
{
    const char *name;
    FallbackTrigger bit;
};
constexpr TriggerName kTriggers[] = {{"connect", OnConnect},
                                     {"timeout", OnTimeout},
                                     {"5xx", On5xx},
                                     {"429", On429},
                                     {"context_length", OnContextLength},
                                     {"content_filter", OnContentFilter}};
} // namespace

QStringList fallbackTriggerNames(quint8 bits)
{
    QStringList out;
    for (const TriggerName &t : kTriggers) {
        if (bits & t.bit)
            out.append(QLatin1StringView(t.name));
    }
    return out;
}

namespace {

// Walks one JSON object, reading typed fields and recording errors under its JSON path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QStringList *errors)
        : m_object(object), m_path(std::move(path)), m_errors(errors)
    {
    }

    QString path(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    void error(const QString &key, const QString &message) const
    {
        m_errors->append(path(key) + QLatin1String(": ") + message);
    }
    void errorHere(const QString &message) const { m_errors->append(m_path + QLatin1String(": ") + message); }

    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    void string(const QString &key, QString *out, bool required = false)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                error(key, QStringLiteral("is required"));
            return;
        }
        if (!v.isString()) {
            error(key, QStringLiteral("must be a string"));
            return;
        }
        *out = v.toString();
        if (required && out->trimmed().isEmpty())
            error(key, QStringLiteral("must not be empty"));
    }

    void boolean(const QString &key, bool *out)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            error(key, QStringLiteral("must be true or false"));
            return;
        }
        *out = v.toBool();
    }

    template<typename T> void integer(const QString &key, T *out, qint64 min, qint64 max)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        // Compare as doubles before any conversion: casting an out-of-range double to an integer is
        // undefined behaviour (found by fuzz_config).
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
            error(key, QStringLiteral("must be an integer"));
            return;
        }
        if (d < double(min) || d > double(max)) {
            error(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return;
        }
        *out = T(qint64(d));
    }

    // A money amount in US dollars, stored as integer micro-dollars.
    void dollars(const QString &key, qint64 *micros)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 1e9) {
            error(key, QStringLiteral("must be an amount in US dollars from 0 to 1000000000"));
            return;
        }
        *micros = qRound64(d * 1e6);
    }

    void stringList(const QString &key, QStringList *out)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            error(key, QStringLiteral("must be an array of strings"));
            return;
        }
        const QJsonArray a = v.toArray();
        out->clear();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                m_errors->append(path(key) + QStringLiteral("[%1]: must be a string").arg(i));
                continue;
            }
            out->append(a.at(i).toString());
        }
    }

    // Calls fn(reader) for each object of an array field.
    template<typename Fn> void objects(const QString &key, Fn fn, bool required = false)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                error(key, QStringLiteral("is required"));
            return;
        }
        if (!v.isArray()) {
            error(key, QStringLiteral("must be an array"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = path(key) + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isObject()) {
                m_errors->append(itemPath + QLatin1String(": must be an object"));
                continue;
            }
            ObjectReader item(a.at(i).toObject(), itemPath, m_errors);
            fn(item);
            item.rejectUnknown();
        }
    }

    template<typename Fn> void object(const QString &key, Fn fn)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            error(key, QStringLiteral("must be an object"));
            return;
        }
        ObjectReader sub(v.toObject(), path(key), m_errors);
        fn(sub);
        sub.rejectUnknown();
    }

    void ignore(const QString &key) { m_known.insert(key); }

    // A misspelt key is an error, not a silently ignored setting.
    void rejectUnknown() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                error(it.key(), QStringLiteral("unknown setting"));
        }
    }

    const QString &basePath() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
    QSet<QString> m_known;
};

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re;
}

const QRegularExpression &routeNamePattern()
{
    // Route names are what clients send as "model"; '/' is reserved for provider/model.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$"));
    return re;
}

const QRegularExpression &envNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

void readServer(ObjectReader &r, ServerSettings &s)
{
    r.string(QStringLiteral("host"), &s.host);
    int port = s.port;
    r.integer(QStringLiteral("port"), &port, 0, 65535);
    s.port = quint16(port);
    r.boolean(QStringLiteral("requireToken"), &s.requireToken);
    r.integer(QStringLiteral("workers"), &s.workers, 0, 256);
    r.integer(QStringLiteral("maxConnections"), &s.maxConnections, 1, 1'000'000);
    r.integer(QStringLiteral("maxHeaderBytes"), &s.maxHeaderBytes, 1024, 16 * 1024 * 1024);
    r.integer(QStringLiteral("maxBodyBytes"), &s.maxBodyBytes, 1024, 4LL * 1024 * 1024 * 1024);
    r.integer(QStringLiteral("headerTimeoutMs"), &s.headerTimeoutMs, 100, 3'600'000);
    r.integer(QStringLiteral("bodyTimeoutMs"), &s.bodyTimeoutMs, 100, 3'600'000);
    r.integer(QStringLiteral("idleTimeoutMs"), &s.idleTimeoutMs, 100, 86'400'000);
    r.integer(QStringLiteral("writeTimeoutMs"), &s.writeTimeoutMs, 100, 3'600'000);
    r.integer(QStringLiteral("shutdownTimeoutMs"), &s.shutdownTimeoutMs, 0, 3'600'000);
    r.integer(QStringLiteral("maxAuthFailuresPerMinute"), &s.maxAuthFailuresPerMinute, 1, 1'000'000);
    r.stringList(QStringLiteral("allowedOrigins"), &s.allowedOrigins);
    r.stringList(QStringLiteral("allowedHosts"), &s.allowedHosts);
    r.object(QStringLiteral("tls"), [&](ObjectReader &t) {
        t.string(QStringLiteral("certificate"), &s.tlsCertificate, true);
        t.string(QStringLiteral("privateKey"), &s.tlsPrivateKey, true);
    });

    const QHostAddress address(s.host);
    if (s.host != QLatin1String("localhost") && address.isNull())
        r.error(QStringLiteral("host"), QStringLiteral("must be an IP address or \"localhost\""));
    // A gateway that spends the user's money must never be open to the network without tokens.
    if (!address.isNull() && !address.isLoopback() && !s.requireToken)
        r.error(QStringLiteral("requireToken"),
                QStringLiteral("must be true when host %1 is not a loopback address").arg(s.host));
    for (qsizetype i = 0; i < s.allowedOrigins.size(); ++i) {
        const QUrl origin(s.allowedOrigins.at(i));
        if (!origin.isValid() || origin.host().isEmpty() || !origin.path().isEmpty())
            r.error(QStringLiteral("allowedOrigins[%1]").arg(i),
                    QStringLiteral(
                        "must be an origin like \"https://app.example\" (scheme, host, optional port)"));
    }
}

void readUpstream(ObjectReader &r, UpstreamSettings &s)
{
    r.integer(QStringLiteral("connectTimeoutMs"), &s.connectTimeoutMs, 100, 600'000);
    r.integer(QStringLiteral("firstByteTimeoutMs"), &s.firstByteTimeoutMs, 100, 3'600'000);
    r.integer(QStringLiteral("idleTimeoutMs"), &s.idleTimeoutMs, 100, 3'600'000);
    r.integer(QStringLiteral("maxIdlePerHost"), &s.maxIdlePerHost, 0, 4096);
    r.integer(QStringLiteral("maxConnectionsPerHost"), &s.maxConnectionsPerHost, 1, 100'000);
}

void readUsage(ObjectReader &r, UsageSettings &s)
{
    r.boolean(QStringLiteral("store"), &s.store);
    r.integer(QStringLiteral("retentionDays"), &s.retentionDays, 0, 100'000);
    r.string(QStringLiteral("database"), &s.database);
    r.boolean(QStringLiteral("logBodies"), &s.logBodies);
    if (!s.database.isEmpty() && !s.database.startsWith(QLatin1String("postgres://")) &&
        !s.database.startsWith(QLatin1String("postgresql://")))
        r.error(
            QStringLiteral("database"),
            QStringLiteral("must be a PostgreSQL URL (postgresql://user@host:5432/db); leave it out for the "
                           "SQLite file in the data directory"));
    else if (QUrl(s.database).password().size() > 0)
        r.error(QStringLiteral("database"),
                QStringLiteral("must not carry a password; use ~/.pgpass or PGPASSWORD"));
}

void readCache(ObjectReader &r, CacheSettings &s)
{
    r.boolean(QStringLiteral("enabled"), &s.enabled);
    r.integer(QStringLiteral("ttlSeconds"), &s.ttlSeconds, 1, 365 * 86'400);
    r.integer(QStringLiteral("maxMegabytes"), &s.maxMegabytes, 1, 1'000'000);
    r.boolean(QStringLiteral("nonDeterministic"), &s.nonDeterministic);
}

void readBudget(ObjectReader &b, Budget &budget)
{
    b.dollars(QStringLiteral("dailyUsd"), &budget.dailyMicros);
    b.dollars(QStringLiteral("monthlyUsd"), &budget.monthlyMicros);
    b.integer(QStringLiteral("warnAtPercent"), &budget.warnAtPercent, 1, 100);
}

QJsonObject budgetJson(const Budget &budget)
{
    QJsonObject b;
    if (budget.dailyMicros > 0)
        b.insert(QStringLiteral("dailyUsd"), double(budget.dailyMicros) / 1e6);
    if (budget.monthlyMicros > 0)
        b.insert(QStringLiteral("monthlyUsd"), double(budget.monthlyMicros) / 1e6);
    if (budget.warnAtPercent != Budget().warnAtPercent)
        b.insert(QStringLiteral("warnAtPercent"), budget.warnAtPercent);
    return b;
}

// Nested routes must not loop: depth-first from every route, naming the loop when one is found.
void checkRouteCycles(const QList<Route> &routes, QStringList *errors)
{
    QHash<QString, const Route *> byName;
    for (const Route &r : routes)
        byName.insert(r.name, &r);
    QSet<QString> done;
    std::function<bool(const Route &, QStringList &)> visit = [&](const Route &r, QStringList &path) {
        if (path.contains(r.name)) {
            path.append(r.name);
            return false;
        }
        if (done.contains(r.name))
            return true;
        path.append(r.name);
        for (const RouteTarget &t : r.targets) {
            const Route *child = t.route.isEmpty() ? nullptr : byName.value(t.route);
            if (child && !visit(*child, path))
                return false;
        }
        path.removeLast();
        done.insert(r.name);
        return true;
    };
    for (qsizetype i = 0; i < routes.size(); ++i) {
        QStringList path;
        if (!visit(routes[i], path)) {
            const qsizetype start = path.indexOf(path.last());
            errors->append(QStringLiteral("$.routes[%1]: nested routes form a cycle: %2")
                               .arg(i)
                               .arg(path.mid(start).join(QLatin1String(" -> "))));
            return;
        }
    }
}

// Routing rules (config.h has the syntax). Each condition object holds exactly one condition key.
struct ConditionKey
{
    const char *name;
    RuleCondition::Kind kind;
};
constexpr ConditionKey kConditionKeys[] = {{"all", RuleCondition::Kind::All},
                                           {"any", RuleCondition::Kind::Any},
                                           {"not", RuleCondition::Kind::Not},
                                           {"model", RuleCondition::Kind::Model},
                                           {"app", RuleCondition::Kind::App},
                                           {"header", RuleCondition::Kind::Header},
                                           {"promptTokens", RuleCondition::Kind::PromptTokens},
                                           {"hasImages", RuleCondition::Kind::HasImages},
                                           {"hasTools", RuleCondition::Kind::HasTools},
                                           {"stream", RuleCondition::Kind::Stream},
                                           {"lastUserMessage", RuleCondition::Kind::LastUserMessage},
                                           {"time", RuleCondition::Kind::Time},
                                           {"spend", RuleCondition::Kind::Spend}};
constexpr const char *kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr int kMaxConditionDepth = 32; // bounds the recursion here and in evaluation

QLatin1StringView conditionKeyName(RuleCondition::Kind kind)
{
    for (const ConditionKey &k : kConditionKeys) {
        if (k.kind == kind)
            return QLatin1StringView(k.name);
    }
    return {};
}

// "HH:MM" as minutes since midnight; "24:00" only as an end. -1 when malformed.
int parseClock(const QString &text, bool end)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !end)))
        return -1;
    return h * 60 + min;
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void checkRegex(ObjectReader &r, const QString &key, const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        r.error(key, QStringLiteral("invalid regular expression at offset %1: %2")
                         .arg(re.patternErrorOffset())
                         .arg(re.errorString()));
}

// A name or a list of names ("model": "gpt-4o" or ["gpt-4o", "claude-*"]).
void readNames(ObjectReader &r, const QString &key, QStringList *out)
{
    if (r.raw(key).isString())
        r.string(key, &out->emplaceBack(), true);
    else if (r.raw(key).isArray())
        r.stringList(key, out);
    else
        r.error(key, QStringLiteral("must be a string or an array of strings"));
    r.ignore(key);
    if (r.raw(key).isArray() && out->isEmpty())
        r.error(key, QStringLiteral("must list at least one name"));
    for (const QString &name : std::as_const(*out)) {
        if (r.raw(key).isArray() && name.trimmed().isEmpty())
            r.error(key, QStringLiteral("must not hold an empty name"));
    }
}

void readRuleCondition(ObjectReader &r, RuleCondition &c, int depth)
{
    using Kind = RuleCondition::Kind;
    QStringList found;
    for (const ConditionKey &k : kConditionKeys) {
        if (r.has(QLatin1StringView(k.name))) {
            found.append(QLatin1StringView(k.name));
            c.kind = k.kind;
        }
    }
    if (found.isEmpty()) {
        QStringList names;
        for (const ConditionKey &k : kConditionKeys)
            names.append(QLatin1StringView(k.name));
        r.errorHere(QStringLiteral("needs one condition (%1)").arg(names.join(QLatin1String(", "))));
        return;
    }
    if (found.size() > 1) {
        r.errorHere(QStringLiteral("holds several conditions (%1): put them in \"all\" or \"any\"")
                        .arg(found.join(QLatin1String(", "))));
        for (const QString &key : std::as_const(found))
            r.ignore(key);
        return;
    }
    const QString key = found.constFirst();
    if (depth >= kMaxConditionDepth) {
        r.error(key, QStringLiteral("conditions nest more than %1 deep").arg(kMaxConditionDepth));
        r.ignore(key);
        return;
    }
    switch (c.kind) {
    case Kind::All:
    case Kind::Any:
        r.objects(key, [&](ObjectReader &item) {
            RuleCondition child;
            readRuleCondition(item, child, depth + 1);
            c.children.append(child);
        });
        if (r.raw(key).isArray() && r.raw(key).toArray().isEmpty())
            r.error(key, QStringLiteral("must list at least one condition"));
        break;
    case Kind::Not:
        if (r.raw(key).isArray()) {
            r.error(key, QStringLiteral("must be one condition object (put several in \"all\" or \"any\")"));
            r.ignore(key);
            break;
        }
        r.object(key, [&](ObjectReader &inner) {
            RuleCondition child;
            readRuleCondition(inner, child, depth + 1);
            c.children.append(child);
        });
        break;
    case Kind::Model:
    case Kind::App: readNames(r, key, &c.values); break;
    case Kind::Header: {
        r.string(key, &c.name, true);
        c.name = c.name.toLower();
        // RFC 9110 §5.6.2: a field name is a token.
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9a-z-]+$"));
        if (!c.name.isEmpty() && !token.match(c.name).hasMatch())
            r.error(key, QStringLiteral("must be an HTTP header name"));
        const bool hasEquals = r.has(QStringLiteral("equals"));
        const bool hasMatches = r.has(QStringLiteral("matches"));
        const bool hasPresent = r.has(QStringLiteral("present"));
        if (int(hasEquals) + int(hasMatches) + int(hasPresent) > 1)
            r.errorHere(
                QStringLiteral("a header condition takes one of \"equals\", \"matches\" or \"present\""));
        if (hasEquals)
            readNames(r, QStringLiteral("equals"), &c.values);
        r.string(QStringLiteral("matches"), &c.pattern, hasMatches);
        if (hasMatches && !c.pattern.isEmpty())
            checkRegex(r, QStringLiteral("matches"), c.pattern);
        r.boolean(QStringLiteral("present"), &c.present);
        break;
    }
    case Kind::PromptTokens:
        if (!r.raw(key).isObject()) {
            r.error(key, QStringLiteral("must be an object with \"min\" and/or \"max\""));
            r.ignore(key);
            break;
        }
        r.object(key, [&](ObjectReader &p) {
            p.integer(QStringLiteral("min"), &c.min, 0, 1'000'000'000);
            p.integer(QStringLiteral("max"), &c.max, 0, 1'000'000'000);
            if (!p.has(QStringLiteral("min")) && !p.has(QStringLiteral("max")))
                p.errorHere(QStringLiteral("needs \"min\" and/or \"max\" (estimated prompt tokens)"));
            else if (c.min >= 0 && c.max >= 0 && c.max < c.min)
                p.error(QStringLiteral("max"), QStringLiteral("must be at least min"));
        });
        break;
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: r.boolean(key, &c.flag); break;
    case Kind::LastUserMessage:
        if (!r.raw(key).isObject()) {
            r.error(key, QStringLiteral("must be an object with \"contains\" or \"matches\""));
            r.ignore(key);
            break;
        }
        r.object(key, [&](ObjectReader &m) {
            const bool hasContains = m.has(QStringLiteral("contains"));
            const bool hasMatches = m.has(QStringLiteral("matches"));
            if (hasContains == hasMatches)
                m.errorHere(QStringLiteral("needs either \"contains\" (a keyword) or \"matches\" (a regex)"));
            m.string(QStringLiteral("contains"), &c.contains, hasContains);
            m.string(QStringLiteral("matches"), &c.pattern, hasMatches);
            if (hasMatches && !c.pattern.isEmpty())
                checkRegex(m, QStringLiteral("matches"), c.pattern);
        });
        break;
    case Kind::Time:
        if (!r.raw(key).isObject()) {
            r.error(key, QStringLiteral("must be an object with \"from\", \"to\" and/or \"days\""));
            r.ignore(key);
            break;
        }
        r.object(key, [&](ObjectReader &t) {
            const bool hasFrom = t.has(QStringLiteral("from"));
            const bool hasTo = t.has(QStringLiteral("to"));
            if (hasFrom != hasTo)
                t.errorHere(QStringLiteral("needs both \"from\" and \"to\""));
            if (!hasFrom && !hasTo && !t.has(QStringLiteral("days")))
                t.errorHere(QStringLiteral("needs \"from\" and \"to\" (\"HH:MM\"), or \"days\""));
            for (const auto &[field, out, end] : {std::tuple{QStringLiteral("from"), &c.fromMinute, false},
                                                  std::tuple{QStringLiteral("to"), &c.toMinute, true}}) {
                QString text;
                t.string(field, &text);
                if (text.isEmpty() && !t.raw(field).isString())
                    continue;
                *out = parseClock(text, end);
                if (*out < 0)
                    t.error(field,
                            QStringLiteral("must be a local time \"HH:MM\" from 00:00 to %1, not \"%2\"")
                                .arg(end ? QStringLiteral("24:00") : QStringLiteral("23:59"), text));
            }
            if (c.fromMinute >= 0 && c.fromMinute == c.toMinute)
                t.error(QStringLiteral("to"), QStringLiteral("must differ from \"from\" (leave both out for "
                                                             "the whole day)"));
            if (t.has(QStringLiteral("days"))) {
                QStringList days;
                t.stringList(QStringLiteral("days"), &days);
                c.days = 0;
                for (const QString &day : std::as_const(days)) {
                    const auto it =
                        std::find_if(std::begin(kDayNames), std::end(kDayNames), [&](const char *n) {
                            return day.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0;
                        });
                    if (it == std::end(kDayNames))
                        t.error(
                            QStringLiteral("days"),
                            QStringLiteral("unknown day '%1' (mon, tue, wed, thu, fri, sat, sun)").arg(day));
                    else
                        c.days |= quint8(1u << (it - std::begin(kDayNames)));
                }
                if (days.isEmpty() && t.raw(QStringLiteral("days")).isArray())
                    t.error(QStringLiteral("days"), QStringLiteral("must list at least one day"));
            }
        });
        break;
    case Kind::Spend:
        if (!r.raw(key).isObject()) {
            r.error(key, QStringLiteral("must be an object with \"scope\", \"period\" and \"aboveUsd\""));
            r.ignore(key);
            break;
        }
        r.object(key, [&](ObjectReader &s) {
            s.string(QStringLiteral("scope"), &c.scope, true);
            s.string(QStringLiteral("period"), &c.period, true);
            if (!s.has(QStringLiteral("aboveUsd")))
                s.error(QStringLiteral("aboveUsd"), QStringLiteral("is required"));
            c.min = 0;
            s.dollars(QStringLiteral("aboveUsd"), &c.min);
            if (!c.scope.isEmpty() && c.scope != QLatin1String("app") && c.scope != QLatin1String("route") &&
                c.scope != QLatin1String("total"))
                s.error(QStringLiteral("scope"),
                        QStringLiteral("unknown scope '%1' (app, route, total)").arg(c.scope));
            if (!c.period.isEmpty() && c.period != QLatin1String("day") && c.period != QLatin1String("month"))
                s.error(QStringLiteral("period"),
                        QStringLiteral("unknown period '%1' (day, month)").arg(c.period));
        });
        break;
    }
}

void readRuleAction(ObjectReader &a, RuleAction &action, const QSet<QString> &routeNames,
                    const QSet<QString> &providerIds)
{
    a.string(QStringLiteral("route"), &action.route, a.has(QStringLiteral("route")));
    a.string(QStringLiteral("target"), &action.target, a.has(QStringLiteral("target")));
    a.string(QStringLiteral("refuse"), &action.refuse, a.has(QStringLiteral("refuse")));
    a.integer(QStringLiteral("capMaxTokens"), &action.capMaxTokens, 1, 100'000'000);
    a.stringList(QStringLiteral("tags"), &action.tags);
    a.ignore(QStringLiteral("set"));
    if (a.has(QStringLiteral("set"))) {
        if (!a.raw(QStringLiteral("set")).isObject())
            a.error(QStringLiteral("set"), QStringLiteral("must be an object of request fields"));
        action.set = a.raw(QStringLiteral("set")).toObject();
        // The model is routing's business, streaming the client's.
        for (const char *field : {"model", "stream"}) {
            if (action.set.contains(QLatin1StringView(field)))
                a.error(QStringLiteral("set"),
                        QStringLiteral("must not set \"%1\" (use \"route\" or \"target\" to change where the "
                                       "request goes)")
                            .arg(QLatin1StringView(field)));
        }
    }
    for (const QString &tag : std::as_const(action.tags)) {
        if (tag.trimmed().isEmpty())
            a.error(QStringLiteral("tags"), QStringLiteral("must not hold an empty tag"));
    }
    if (int(!action.route.isEmpty()) + int(!action.target.isEmpty()) + int(!action.refuse.isEmpty()) > 1)
        a.errorHere(QStringLiteral("takes one of \"route\", \"target\" or \"refuse\""));
    if (!action.route.isEmpty() && !routeNames.contains(action.route))
        a.error(QStringLiteral("route"), QStringLiteral("unknown route '%1'").arg(action.route));
    if (!action.target.isEmpty()) {
        const qsizetype slash = action.target.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == action.target.size() - 1)
            a.error(QStringLiteral("target"),
                    QStringLiteral("must be \"provider/model\", not '%1'").arg(action.target));
        else if (!providerIds.contains(action.target.left(slash)))
            a.error(QStringLiteral("target"),
                    QStringLiteral("unknown provider '%1'").arg(action.target.left(slash)));
    }
    if (action.isEmpty())
        a.errorHere(
            QStringLiteral("needs at least one of \"route\", \"target\", \"refuse\", \"capMaxTokens\", "
                           "\"set\" or \"tags\""));
}

void readRule(ObjectReader &r, Rule &rule, const QSet<QString> &routeNames, const QSet<QString> &providerIds)
{
    r.string(QStringLiteral("name"), &rule.name, true);
    r.boolean(QStringLiteral("enabled"), &rule.enabled);
    r.object(QStringLiteral("when"), [&](ObjectReader &w) { readRuleCondition(w, rule.when, 0); });
    if (!r.has(QStringLiteral("then")))
        r.error(QStringLiteral("then"), QStringLiteral("is required (what the rule does)"));
    r.object(QStringLiteral("then"),
             [&](ObjectReader &a) { readRuleAction(a, rule.action, routeNames, providerIds); });
}

QJsonValue namesJson(const QStringList &names)
{
    return names.size() == 1 ? QJsonValue(names.constFirst()) : QJsonValue(QJsonArray::fromStringList(names));
}

QJsonObject ruleConditionJson(const RuleCondition &c)
{
    using Kind = RuleCondition::Kind;
    const QString key = conditionKeyName(c.kind);
    switch (c.kind) {
    case Kind::All:
    case Kind::Any: {
        QJsonArray children;
        for (const RuleCondition &child : c.children)
            children.append(ruleConditionJson(child));
        return {{key, children}};
    }
    case Kind::Not:
        return {{key, c.children.isEmpty() ? QJsonObject() : ruleConditionJson(c.children.constFirst())}};
    case Kind::Model:
    case Kind::App: return {{key, namesJson(c.values)}};
    case Kind::Header: {
        QJsonObject o{{key, c.name}};
        if (!c.values.isEmpty())
            o.insert(QStringLiteral("equals"), namesJson(c.values));
        else if (!c.pattern.isEmpty())
            o.insert(QStringLiteral("matches"), c.pattern);
        else if (!c.present)
            o.insert(QStringLiteral("present"), false);
        return o;
    }
    case Kind::PromptTokens: {
        QJsonObject range;
        if (c.min >= 0)
            range.insert(QStringLiteral("min"), double(c.min));
        if (c.max >= 0)
            range.insert(QStringLiteral("max"), double(c.max));
        return {{key, range}};
    }
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: return {{key, c.flag}};
    case Kind::LastUserMessage:
        return {{key, c.pattern.isEmpty() ? QJsonObject{{QStringLiteral("contains"), c.contains}}
                                          : QJsonObject{{QStringLiteral("matches"), c.pattern}}}};
    case Kind::Time: {
        QJsonObject t;
        if (c.fromMinute >= 0) {
            t.insert(QStringLiteral("from"), clockText(c.fromMinute));
            t.insert(QStringLiteral("to"), clockText(c.toMinute));
        }
        if (c.days != 0x7f || c.fromMinute < 0) {
            QJsonArray days;
            for (int i = 0; i < 7; ++i) {
                if (c.days & (1u << i))
                    days.append(QLatin1StringView(kDayNames[i]));
            }
            t.insert(QStringLiteral("days"), days);
        }
        return {{key, t}};
    }
    case Kind::Spend:
        return {{key, QJsonObject{{QStringLiteral("scope"), c.scope},
                                  {QStringLiteral("period"), c.period},
                                  {QStringLiteral("aboveUsd"), double(c.min) / 1e6}}}};
    }
    return {};
}

QJsonObject ruleActionJson(const RuleAction &a)
{
    QJsonObject o;
    if (!a.route.isEmpty())
        o.insert(QStringLiteral("route"), a.route);
    if (!a.target.isEmpty())
        o.insert(QStringLiteral("target"), a.target);
    if (!a.refuse.isEmpty())
        o.insert(QStringLiteral("refuse"), a.refuse);
    if (a.capMaxTokens > 0)
        o.insert(QStringLiteral("capMaxTokens"), double(a.capMaxTokens));
    if (!a.set.isEmpty())
        o.insert(QStringLiteral("set"), a.set);
    if (!a.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    return o;
}

} // namespace

std::optional<Config> ConfigLoader::fromObject(const QJsonObject &root, QStringList *errors)
{
    QStringList local;
    QStringList &errs = errors ? *errors : local;
    const qsizetype before = errs.size();
    Config config;
    ObjectReader r(root, QStringLiteral("$"), &errs);

    if (!root.contains(QLatin1String("version"))) {
        r.error(QStringLiteral("version"),
                QStringLiteral("is required (current version: %1)").arg(kCurrentVersion));
    } else {
        r.integer(QStringLiteral("version"), &config.version, 1, 1'000'000);
        if (config.version > kCurrentVersion)
            r.error(QStringLiteral("version"),
                    QStringLiteral("%1 is newer than this Switchyard understands (%2); upgrade Switchyard")
                        .arg(config.version)
                        .arg(kCurrentVersion));
    }
    r.string(QStringLiteral("$schema"), &config.schema);
    r.string(QStringLiteral("comment"), &config.comment);
    r.object(QStringLiteral("server"), [&](ObjectReader &s) { readServer(s, config.server); });
    r.object(QStringLiteral("upstream"), [&](ObjectReader &s) { readUpstream(s, config.upstream); });
    r.object(QStringLiteral("usage"), [&](ObjectReader &s) { readUsage(s, config.usage); });
    r.object(QStringLiteral("cache"), [&](ObjectReader &s) { readCache(s, config.cache); });
    r.object(QStringLiteral("budget"), [&](ObjectReader &b) { readBudget(b, config.budget); });
    r.object(QStringLiteral("routing"), [&](ObjectReader &ro) {
        ro.integer(QStringLiteral("failureThreshold"), &config.routing.failureThreshold, 1, 1000);
        ro.integer(QStringLiteral("cooldownSeconds"), &config.routing.cooldownSeconds, 1, 86'400);
    });

    QSet<QString> providerIds;
    r.objects(QStringLiteral("providers"), [&](ObjectReader &p) {
        Provider provider;
        p.string(QStringLiteral("id"), &provider.id, true);
        p.string(QStringLiteral("preset"), &provider.preset);
        const Providers::Preset *preset = Providers::findPreset(provider.preset);
        if (!provider.preset.isEmpty() && !preset)
            p.error(QStringLiteral("preset"),
                    QStringLiteral("unknown preset '%1' (known: %2)")
                        .arg(provider.preset, Providers::presetIds().join(QLatin1String(", "))));
        p.string(QStringLiteral("kind"), &provider.kind, !preset);
        QString baseUrl;
        p.string(QStringLiteral("baseUrl"), &baseUrl, !preset || preset->baseUrl.isEmpty());
        if (preset) {
            if (provider.kind.isEmpty())
                provider.kind = preset->kind;
            if (baseUrl.isEmpty())
                baseUrl = preset->baseUrl;
        }
        p.string(QStringLiteral("keyRef"), &provider.keyRef);
        p.string(QStringLiteral("apiKeyEnv"), &provider.apiKeyEnv);
        p.string(QStringLiteral("apiVersion"), &provider.apiVersion);
        if (provider.kind == QLatin1String("azure") && provider.apiVersion.isEmpty())
            provider.apiVersion = QStringLiteral("2024-10-21"); // the current GA api-version
        p.ignore(QStringLiteral("name"));
        if (!provider.id.isEmpty() && !idPattern().match(provider.id).hasMatch())
            p.error(QStringLiteral("id"), QStringLiteral("may hold only letters, digits, '.', '_' and '-'"));
        if (!provider.id.isEmpty() && providerIds.contains(provider.id))
            p.error(QStringLiteral("id"), QStringLiteral("duplicate provider id '%1'").arg(provider.id));
        providerIds.insert(provider.id);
        if (!provider.kind.isEmpty() && !supportedProviderKinds().contains(provider.kind))
            p.error(QStringLiteral("kind"),
                    QStringLiteral("unknown kind '%1' (supported: %2)")
                        .arg(provider.kind, supportedProviderKinds().join(QLatin1String(", "))));
        if (!baseUrl.isEmpty()) {
            provider.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
            const QString scheme = provider.baseUrl.scheme();
            if (!provider.baseUrl.isValid() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
                provider.baseUrl.host().isEmpty())
                p.error(QStringLiteral("baseUrl"), QStringLiteral("must be an http:// or https:// URL"));
            else if (!provider.baseUrl.userInfo().isEmpty() || provider.baseUrl.hasQuery())
                p.error(QStringLiteral("baseUrl"), QStringLiteral("must not carry credentials or a query; "
                                                                  "use keyRef or apiKeyEnv for the key"));
        }
        if (!provider.keyRef.isEmpty() && !provider.apiKeyEnv.isEmpty())
            p.errorHere(QStringLiteral("set keyRef or apiKeyEnv, not both"));
        if (!provider.apiKeyEnv.isEmpty() && !envNamePattern().match(provider.apiKeyEnv).hasMatch())
            p.error(QStringLiteral("apiKeyEnv"), QStringLiteral("must be an environment variable name"));
        if (p.has(QStringLiteral("apiKey")))
            p.error(QStringLiteral("apiKey"), QStringLiteral("keys are never stored in the config; "
                                                             "use keyRef (keychain) or apiKeyEnv"));
        p.ignore(QStringLiteral("apiKey"));
        config.providers.append(provider);
    });

    QSet<QString> routeNames;
    // Every route name up front: a nested target may name a route declared after its parent.
    QSet<QString> declaredRoutes;
    for (const QJsonValue &v : root.value(QStringLiteral("routes")).toArray())
        declaredRoutes.insert(v.toObject().value(QStringLiteral("name")).toString());
    r.objects(QStringLiteral("routes"), [&](ObjectReader &rt) {
        Route route;
        rt.string(QStringLiteral("name"), &route.name, true);
        rt.string(QStringLiteral("strategy"), &route.strategy);
        rt.object(QStringLiteral("cache"), [&](ObjectReader &c) {
            if (c.has(QStringLiteral("enabled"))) {
                bool enabled = false;
                c.boolean(QStringLiteral("enabled"), &enabled);
                route.cache.enabled = enabled ? Toggle::On : Toggle::Off;
            }
            c.integer(QStringLiteral("ttlSeconds"), &route.cache.ttlSeconds, 1, 365 * 86'400);
            if (c.has(QStringLiteral("nonDeterministic"))) {
                bool nonDeterministic = false;
                c.boolean(QStringLiteral("nonDeterministic"), &nonDeterministic);
                route.cache.nonDeterministic = nonDeterministic ? Toggle::On : Toggle::Off;
            }
        });
        rt.object(QStringLiteral("sticky"), [&](ObjectReader &st) {
            st.string(QStringLiteral("header"), &route.stickyHeader);
            st.string(QStringLiteral("field"), &route.stickyField);
            if (route.stickyHeader.isEmpty() && route.stickyField.isEmpty())
                st.errorHere(QStringLiteral("needs \"header\" or \"field\" (the request value that keeps a "
                                            "session on one target)"));
        });
        if (!route.name.isEmpty() && !routeNamePattern().match(route.name).hasMatch())
            rt.error(QStringLiteral("name"),
                     QStringLiteral("may hold only letters, digits and '.', '_', ':', '@', '-' ('/' is "
                                    "reserved for provider/model)"));
        if (routeNames.contains(route.name))
            rt.error(QStringLiteral("name"), QStringLiteral("duplicate route name '%1'").arg(route.name));
        routeNames.insert(route.name);
        if (!supportedStrategies().contains(route.strategy))
            rt.error(QStringLiteral("strategy"),
                     QStringLiteral("unknown strategy '%1' (supported: %2)")
                         .arg(route.strategy, supportedStrategies().join(QLatin1String(", "))));
        rt.objects(
            QStringLiteral("targets"),
            [&](ObjectReader &t) {
                RouteTarget target;
                t.string(QStringLiteral("route"), &target.route);
                const bool nested = t.has(QStringLiteral("route"));
                t.string(QStringLiteral("provider"), &target.provider, !nested);
                t.string(QStringLiteral("model"), &target.model, !nested);
                if (nested && (t.has(QStringLiteral("provider")) || t.has(QStringLiteral("model"))))
                    t.errorHere(QStringLiteral("a target is either a nested \"route\" or a "
                                               "\"provider\" and \"model\", not both"));
                t.integer(QStringLiteral("weight"), &target.weight, 0, 1'000'000);
                t.integer(QStringLiteral("maxConcurrent"), &target.maxConcurrent, 0, 1'000'000);
                t.integer(QStringLiteral("requestsPerMinute"), &target.requestsPerMinute, 0, 100'000'000);
                t.integer(QStringLiteral("tokensPerMinute"), &target.tokensPerMinute, 0, 1'000'000'000'000);
                t.object(QStringLiteral("timeouts"), [&](ObjectReader &to) {
                    to.integer(QStringLiteral("connectMs"), &target.timeouts.connectMs, 1, 3'600'000);
                    to.integer(QStringLiteral("firstByteMs"), &target.timeouts.firstByteMs, 1, 3'600'000);
                    to.integer(QStringLiteral("idleMs"), &target.timeouts.idleMs, 1, 3'600'000);
                    to.integer(QStringLiteral("totalMs"), &target.timeouts.totalMs, 1, 24 * 3'600'000);
                });
                if (!target.provider.isEmpty() && !providerIds.contains(target.provider))
                    t.error(QStringLiteral("provider"),
                            QStringLiteral("unknown provider '%1'").arg(target.provider));
                if (nested && !target.route.isEmpty() && !declaredRoutes.contains(target.route))
                    t.error(QStringLiteral("route"), QStringLiteral("unknown route '%1'").arg(target.route));
                route.targets.append(target);
            },
            true);
        rt.object(QStringLiteral("retry"), [&](ObjectReader &re) {
            re.integer(QStringLiteral("attempts"), &route.retry.attempts, 0, 10);
            re.integer(QStringLiteral("initialMs"), &route.retry.initialMs, 1, 600'000);
            re.integer(QStringLiteral("maxMs"), &route.retry.maxMs, 1, 3'600'000);
            if (route.retry.maxMs < route.retry.initialMs)
                re.error(QStringLiteral("maxMs"), QStringLiteral("must be at least initialMs"));
        });
        if (rt.has(QStringLiteral("fallbackOn"))) {
            QStringList triggers;
            rt.stringList(QStringLiteral("fallbackOn"), &triggers);
            route.fallbackOn = 0;
            for (const QString &name : std::as_const(triggers)) {
                const auto it =
                    std::find_if(std::begin(kTriggers), std::end(kTriggers),
                                 [&](const TriggerName &tn) { return name == QLatin1StringView(tn.name); });
                if (it == std::end(kTriggers))
                    rt.error(QStringLiteral("fallbackOn"),
                             QStringLiteral("unknown trigger '%1' (supported: %2)")
                                 .arg(name, fallbackTriggerNames(0xff).join(QLatin1String(", "))));
                else
                    route.fallbackOn |= it->bit;
            }
        }
        rt.object(QStringLiteral("budget"), [&](ObjectReader &b) { readBudget(b, route.budget); });
        if (rt.has(QStringLiteral("targets")) && route.targets.isEmpty())
            rt.error(QStringLiteral("targets"), QStringLiteral("must list at least one target"));
        if (route.strategy == QLatin1String("weighted") && !route.targets.isEmpty()) {
            qint64 total = 0;
            for (const RouteTarget &t : route.targets)
                total += t.weight;
            if (total == 0)
                rt.error(QStringLiteral("targets"),
                         QStringLiteral("a weighted route needs at least one target with a weight above 0"));
        }
        config.routes.append(route);
    });
    checkRouteCycles(config.routes, &errs);

    QSet<QString> tokenNames;
    r.objects(QStringLiteral("tokens"), [&](ObjectReader &t) {
        AccessToken token;
        t.string(QStringLiteral("name"), &token.name, true);
        QString hash;
        t.string(QStringLiteral("hash"), &hash, true);
        t.stringList(QStringLiteral("routes"), &token.routes);
        t.boolean(QStringLiteral("enabled"), &token.enabled);
        t.integer(QStringLiteral("requestsPerMinute"), &token.requestsPerMinute, 0, 1'000'000);
        t.object(QStringLiteral("budget"), [&](ObjectReader &b) { readBudget(b, token.budget); });
        for (const char *field : {"created", "expires"}) {
            QString text;
            t.string(QLatin1String(field), &text);
            if (text.isEmpty())
                continue;
            const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
            if (!when.isValid())
                t.error(QLatin1String(field), QStringLiteral("must be an ISO 8601 date and time, e.g. "
                                                             "\"2026-12-31T23:59:59Z\""));
            else if (qstrcmp(field, "created") == 0)
                token.created = when.toUTC();
            else
                token.expires = when.toUTC();
        }
        if (tokenNames.contains(token.name))
            t.error(QStringLiteral("name"), QStringLiteral("duplicate token name '%1'").arg(token.name));
        tokenNames.insert(token.name);
        if (!hash.isEmpty()) {
            static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
            if (!re.match(hash).hasMatch())
                t.error(QStringLiteral("hash"),
                        QStringLiteral("must be \"sha256:\" and 64 lowercase hex digits "
                                       "(the token itself is never stored)"));
            else
                token.sha256 = QByteArray::fromHex(hash.mid(7).toLatin1());
        }
        config.tokens.append(token);
    });

    r.objects(QStringLiteral("prices"), [&](ObjectReader &p) {
        PriceOverride price;
        p.string(QStringLiteral("provider"), &price.provider, true);
        p.string(QStringLiteral("model"), &price.model, true);
        if (!p.has(QStringLiteral("input")) || !p.has(QStringLiteral("output")))
            p.errorHere(QStringLiteral("needs \"input\" and \"output\" (US dollars per 1M tokens)"));
        p.dollars(QStringLiteral("input"), &price.input);
        p.dollars(QStringLiteral("output"), &price.output);
        for (const auto &[key, field] : {std::pair{QStringLiteral("cachedInput"), &price.cachedInput},
                                         std::pair{QStringLiteral("cacheWrite"), &price.cacheWrite},
                                         std::pair{QStringLiteral("reasoning"), &price.reasoning}})
            p.dollars(key, field);
        config.prices.append(price);
    });

    QSet<QString> ruleNames;
    r.objects(QStringLiteral("rules"), [&](ObjectReader &rl) {
        Rule rule;
        readRule(rl, rule, routeNames, providerIds);
        if (!rule.name.isEmpty() && ruleNames.contains(rule.name))
            rl.error(QStringLiteral("name"), QStringLiteral("duplicate rule name '%1'").arg(rule.name));
        ruleNames.insert(rule.name);
        config.rules.append(rule);
    });
    r.object(QStringLiteral("defaultRule"), [&](ObjectReader &d) {
        if (!d.has(QStringLiteral("then")))
            d.error(QStringLiteral("then"),
                    QStringLiteral("is required (where requests no rule matches go)"));
        d.object(QStringLiteral("then"),
                 [&](ObjectReader &a) { readRuleAction(a, config.defaultRule, routeNames, providerIds); });
    });

    r.rejectUnknown();
    if (errs.size() > before)
        return std::nullopt;
    return config;
}

std::optional<Config> ConfigLoader::fromJson(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, which is what an editor shows.
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        if (errors)
            errors->append(QStringLiteral("$: invalid JSON at line %1, column %2: %3")
                               .arg(line)
                               .arg(column)
                               .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (errors)
            errors->append(QStringLiteral("$: the config must be a JSON object"));
        return std::nullopt;
    }
    return fromObject(doc.object(), errors);
}

std::optional<Config> ConfigLoader::fromFile(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), errors);
}

QJsonObject ConfigLoader::toJson(const Config &c)
{
    const ServerSettings defaults;
    QJsonObject server{
        {QStringLiteral("host"), c.server.host},
        {QStringLiteral("port"), c.server.port},
        {QStringLiteral("requireToken"), c.server.requireToken},
    };
    auto putInt = [](QJsonObject &o, const char *key, qint64 value, qint64 def) {
        if (value != def)
            o.insert(QLatin1String(key), double(value));
    };
    putInt(server, "workers", c.server.workers, defaults.workers);
    putInt(server, "maxConnections", c.server.maxConnections, defaults.maxConnections);
    putInt(server, "maxHeaderBytes", c.server.maxHeaderBytes, defaults.maxHeaderBytes);
    putInt(server, "maxBodyBytes", c.server.maxBodyBytes, defaults.maxBodyBytes);
    putInt(server, "headerTimeoutMs", c.server.headerTimeoutMs, defaults.headerTimeoutMs);
    putInt(server, "bodyTimeoutMs", c.server.bodyTimeoutMs, defaults.bodyTimeoutMs);
    putInt(server, "idleTimeoutMs", c.server.idleTimeoutMs, defaults.idleTimeoutMs);
    putInt(server, "writeTimeoutMs", c.server.writeTimeoutMs, defaults.writeTimeoutMs);
    putInt(server, "shutdownTimeoutMs", c.server.shutdownTimeoutMs, defaults.shutdownTimeoutMs);
    putInt(server, "maxAuthFailuresPerMinute", c.server.maxAuthFailuresPerMinute,
           defaults.maxAuthFailuresPerMinute);
    if (!c.server.allowedOrigins.isEmpty())
        server.insert(QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(c.server.allowedOrigins));
    if (!c.server.allowedHosts.isEmpty())
        server.insert(QStringLiteral("allowedHosts"), QJsonArray::fromStringList(c.server.allowedHosts));
    if (!c.server.tlsCertificate.isEmpty())
        server.insert(QStringLiteral("tls"),
                      QJsonObject{{QStringLiteral("certificate"), c.server.tlsCertificate},
                                  {QStringLiteral("privateKey"), c.server.tlsPrivateKey}});

    const UpstreamSettings up;
    QJsonObject upstream;
    putInt(upstream, "connectTimeoutMs", c.upstream.connectTimeoutMs, up.connectTimeoutMs);
    putInt(upstream, "firstByteTimeoutMs", c.upstream.firstByteTimeoutMs, up.firstByteTimeoutMs);
    putInt(upstream, "idleTimeoutMs", c.upstream.idleTimeoutMs, up.idleTimeoutMs);
    putInt(upstream, "maxIdlePerHost", c.upstream.maxIdlePerHost, up.maxIdlePerHost);
    putInt(upstream, "maxConnectionsPerHost", c.upstream.maxConnectionsPerHost, up.maxConnectionsPerHost);

    QJsonArray providers;
    for (const Provider &p : c.providers) {
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("kind"), p.kind},
                      {QStringLiteral("baseUrl"), p.baseUrl.toString()}};
        if (!p.preset.isEmpty())
            o.insert(QStringLiteral("preset"), p.preset);
        if (!p.apiVersion.isEmpty())
            o.insert(QStringLiteral("apiVersion"), p.apiVersion);
        if (!p.keyRef.isEmpty())
            o.insert(QStringLiteral("keyRef"), p.keyRef);
        if (!p.apiKeyEnv.isEmpty())
            o.insert(QStringLiteral("apiKeyEnv"), p.apiKeyEnv);
        providers.append(o);
    }
    QJsonArray routes;
    for (const Route &r : c.routes) {
        QJsonArray targets;
        for (const RouteTarget &t : r.targets) {
            QJsonObject target = t.route.isEmpty() ? QJsonObject{{QStringLiteral("provider"), t.provider},
                                                                 {QStringLiteral("model"), t.model}}
                                                   : QJsonObject{{QStringLiteral("route"), t.route}};
            if (t.weight != 1)
                target.insert(QStringLiteral("weight"), t.weight);
            if (t.maxConcurrent > 0)
                target.insert(QStringLiteral("maxConcurrent"), t.maxConcurrent);
            if (t.requestsPerMinute > 0)
                target.insert(QStringLiteral("requestsPerMinute"), t.requestsPerMinute);
            if (t.tokensPerMinute > 0)
                target.insert(QStringLiteral("tokensPerMinute"), t.tokensPerMinute);
            QJsonObject timeouts;
            const std::pair<const char *, int> limits[] = {{"connectMs", t.timeouts.connectMs},
                                                           {"firstByteMs", t.timeouts.firstByteMs},
                                                           {"idleMs", t.timeouts.idleMs},
                                                           {"totalMs", t.timeouts.totalMs}};
            for (const auto &[key, value] : limits) {
                if (value > 0)
                    timeouts.insert(QLatin1StringView(key), value);
            }
            if (!timeouts.isEmpty())
                target.insert(QStringLiteral("timeouts"), timeouts);
            targets.append(target);
        }
        QJsonObject route{{QStringLiteral("name"), r.name},
                          {QStringLiteral("strategy"), r.strategy},
                          {QStringLiteral("targets"), targets}};
        QJsonObject cache;
        if (r.cache.enabled != Toggle::Default)
            cache.insert(QStringLiteral("enabled"), r.cache.enabled == Toggle::On);
        if (r.cache.ttlSeconds > 0)
            cache.insert(QStringLiteral("ttlSeconds"), r.cache.ttlSeconds);
        if (r.cache.nonDeterministic != Toggle::Default)
            cache.insert(QStringLiteral("nonDeterministic"), r.cache.nonDeterministic == Toggle::On);
        if (!cache.isEmpty())
            route.insert(QStringLiteral("cache"), cache);
        if (!r.stickyHeader.isEmpty() || !r.stickyField.isEmpty()) {
            QJsonObject sticky;
            if (!r.stickyHeader.isEmpty())
                sticky.insert(QStringLiteral("header"), r.stickyHeader);
            if (!r.stickyField.isEmpty())
                sticky.insert(QStringLiteral("field"), r.stickyField);
            route.insert(QStringLiteral("sticky"), sticky);
        }
        if (r.retry != RetryPolicy()) {
            route.insert(QStringLiteral("retry"),
                         QJsonObject{{QStringLiteral("attempts"), r.retry.attempts},
                                     {QStringLiteral("initialMs"), r.retry.initialMs},
                                     {QStringLiteral("maxMs"), r.retry.maxMs}});
        }
        if (r.fallbackOn != DefaultTriggers)
            route.insert(QStringLiteral("fallbackOn"),
                         QJsonArray::fromStringList(fallbackTriggerNames(r.fallbackOn)));
        if (r.budget.isSet())
            route.insert(QStringLiteral("budget"), budgetJson(r.budget));
        routes.append(route);
    }
    QJsonArray tokens;
    for (const AccessToken &t : c.tokens) {
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("hash"),
                       QString(QLatin1String("sha256:") + QString::fromLatin1(t.sha256.toHex()))}};
        if (!t.routes.isEmpty())
            o.insert(QStringLiteral("routes"), QJsonArray::fromStringList(t.routes));
        if (!t.enabled)
            o.insert(QStringLiteral("enabled"), false);
        if (t.requestsPerMinute > 0)
            o.insert(QStringLiteral("requestsPerMinute"), t.requestsPerMinute);
        if (t.budget.isSet())
            o.insert(QStringLiteral("budget"), budgetJson(t.budget));
        if (t.created.isValid())
            o.insert(QStringLiteral("created"), t.created.toUTC().toString(Qt::ISODate));
        if (t.expires.isValid())
            o.insert(QStringLiteral("expires"), t.expires.toUTC().toString(Qt::ISODate));
        tokens.append(o);
    }
    QJsonObject root{{QStringLiteral("version"), c.version},
                     {QStringLiteral("server"), server},
                     {QStringLiteral("providers"), providers},
                     {QStringLiteral("routes"), routes},
                     {QStringLiteral("tokens"), tokens}};
    if (!upstream.isEmpty())
        root.insert(QStringLiteral("upstream"), upstream);
    if (!c.prices.isEmpty()) {
        QJsonArray prices;
        for (const PriceOverride &p : c.prices) {
            QJsonObject o{{QStringLiteral("provider"), p.provider},
                          {QStringLiteral("model"), p.model},
                          {QStringLiteral("input"), double(p.input) / 1e6},
                          {QStringLiteral("output"), double(p.output) / 1e6}};
            if (p.cachedInput >= 0)
                o.insert(QStringLiteral("cachedInput"), double(p.cachedInput) / 1e6);
            if (p.cacheWrite >= 0)
                o.insert(QStringLiteral("cacheWrite"), double(p.cacheWrite) / 1e6);
            if (p.reasoning >= 0)
                o.insert(QStringLiteral("reasoning"), double(p.reasoning) / 1e6);
            prices.append(o);
        }
        root.insert(QStringLiteral("prices"), prices);
    }
    if (!c.rules.isEmpty()) {
        QJsonArray rules;
        for (const Rule &rule : c.rules) {
            QJsonObject o{{QStringLiteral("name"), rule.name}};
            if (!rule.enabled)
                o.insert(QStringLiteral("enabled"), false);
            if (rule.when != RuleCondition())
                o.insert(QStringLiteral("when"), ruleConditionJson(rule.when));
            o.insert(QStringLiteral("then"), ruleActionJson(rule.action));
            rules.append(o);
        }
        root.insert(QStringLiteral("rules"), rules);
    }
    if (!c.defaultRule.isEmpty())
        root.insert(QStringLiteral("defaultRule"),
                    QJsonObject{{QStringLiteral("then"), ruleActionJson(c.defaultRule)}});
    QJsonObject usage;
    const UsageSettings us;
    if (c.usage.store != us.store)
        usage.insert(QStringLiteral("store"), c.usage.store);
    putInt(usage, "retentionDays", c.usage.retentionDays, us.retentionDays);
    if (!c.usage.database.isEmpty())
        usage.insert(QStringLiteral("database"), c.usage.database);
    if (c.usage.logBodies != us.logBodies)
        usage.insert(QStringLiteral("logBodies"), c.usage.logBodies);
    if (!usage.isEmpty())
        root.insert(QStringLiteral("usage"), usage);
    QJsonObject cache;
    const CacheSettings cs;
    if (c.cache.enabled != cs.enabled)
        cache.insert(QStringLiteral("enabled"), c.cache.enabled);
    putInt(cache, "ttlSeconds", c.cache.ttlSeconds, cs.ttlSeconds);
    putInt(cache, "maxMegabytes", c.cache.maxMegabytes, cs.maxMegabytes);
    if (c.cache.nonDeterministic != cs.nonDeterministic)
        cache.insert(QStringLiteral("nonDeterministic"), c.cache.nonDeterministic);
    if (!cache.isEmpty())
        root.insert(QStringLiteral("cache"), cache);
    if (c.budget.isSet())
        root.insert(QStringLiteral("budget"), budgetJson(c.budget));
    if (c.routing != RoutingSettings()) {
        root.insert(QStringLiteral("routing"),
                    QJsonObject{{QStringLiteral("failureThreshold"), c.routing.failureThreshold},
                                {QStringLiteral("cooldownSeconds"), c.routing.cooldownSeconds}});
    }
    if (!c.schema.isEmpty())
        root.insert(QStringLiteral("$schema"), c.schema);
    if (!c.comment.isEmpty())
        root.insert(QStringLiteral("comment"), c.comment);
    return root;
}

bool ConfigLoader::save(const Config &config, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

Config ConfigLoader::embeddedDefault()
{
    QStringList errors;
    std::optional<Config> config = fromFile(QStringLiteral(":/switchyard/default-config.json"), &errors);
    Q_ASSERT_X(config, "embeddedDefault", qPrintable(errors.join(QLatin1Char('\n'))));
    return config ? *config : Config();
}

} // namespace Switchyard::Config
