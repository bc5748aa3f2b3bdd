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
    return {QStringLiteral("fallback"), QStringLiteral("weighted"), QStringLiteral("round-robin")};
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
                t.string(QStringLiteral("provider"), &target.provider, true);
                t.string(QStringLiteral("model"), &target.model, true);
                t.integer(QStringLiteral("weight"), &target.weight, 0, 1'000'000);
                if (!target.provider.isEmpty() && !providerIds.contains(target.provider))
                    t.error(QStringLiteral("provider"),
                            QStringLiteral("unknown provider '%1'").arg(target.provider));
                route.targets.append(target);
            },
            true);
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

    QSet<QString> tokenNames;
    r.objects(QStringLiteral("tokens"), [&](ObjectReader &t) {
        AccessToken token;
        t.string(QStringLiteral("name"), &token.name, true);
        QString hash;
        t.string(QStringLiteral("hash"), &hash, true);
        t.stringList(QStringLiteral("routes"), &token.routes);
        t.boolean(QStringLiteral("enabled"), &token.enabled);
        t.integer(QStringLiteral("requestsPerMinute"), &token.requestsPerMinute, 0, 1'000'000);
        t.object(QStringLiteral("budget"), [&](ObjectReader &b) {
            b.dollars(QStringLiteral("dailyUsd"), &token.budget.dailyMicros);
            b.dollars(QStringLiteral("monthlyUsd"), &token.budget.monthlyMicros);
            b.integer(QStringLiteral("warnAtPercent"), &token.budget.warnAtPercent, 1, 100);
        });
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
            QJsonObject target{{QStringLiteral("provider"), t.provider}, {QStringLiteral("model"), t.model}};
            if (t.weight != 1)
                target.insert(QStringLiteral("weight"), t.weight);
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
        if (t.budget.isSet()) {
            QJsonObject b;
            if (t.budget.dailyMicros > 0)
                b.insert(QStringLiteral("dailyUsd"), double(t.budget.dailyMicros) / 1e6);
            if (t.budget.monthlyMicros > 0)
                b.insert(QStringLiteral("monthlyUsd"), double(t.budget.monthlyMicros) / 1e6);
            if (t.budget.warnAtPercent != Budget().warnAtPercent)
                b.insert(QStringLiteral("warnAtPercent"), t.budget.warnAtPercent);
            o.insert(QStringLiteral("budget"), b);
        }
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
    QJsonObject usage;
    const UsageSettings us;
    if (c.usage.store != us.store)
        usage.insert(QStringLiteral("store"), c.usage.store);
    putInt(usage, "retentionDays", c.usage.retentionDays, us.retentionDays);
    if (!c.usage.database.isEmpty())
        usage.insert(QStringLiteral("database"), c.usage.database);
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
