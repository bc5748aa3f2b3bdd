// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchyard::Providers {

namespace {

bool matches(const QString &model, const QString &entry)
{
    if (!model.startsWith(entry))
        return false;
    if (model.size() == entry.size())
        return true;
    const QChar next = model.at(entry.size());
    return next == QLatin1Char('-') || next == QLatin1Char(':') || next == QLatin1Char('@');
}

const ModelInfo *best(const QList<ModelInfo> &models, const QString &model, const QString &provider)
{
    const ModelInfo *found = nullptr;
    for (const ModelInfo &m : models) {
        if ((provider.isEmpty() || m.provider == provider) && matches(model, m.id) &&
            (!found || m.id.size() > found->id.size()))
            found = &m;
    }
    return found;
}

qint64 rate(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? Usage::Price::fromDollars(v.toDouble()) : -1;
}

std::optional<Usage::Price> readPrice(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1StringView("input")).isDouble() || !o.value(QLatin1StringView("output")).isDouble())
        return std::nullopt;
    Usage::Price p;
    p.input = rate(o, QLatin1StringView("input"));
    p.output = rate(o, QLatin1StringView("output"));
    p.cachedInput = rate(o, QLatin1StringView("cachedInput"));
    p.cacheWrite = rate(o, QLatin1StringView("cacheWrite"));
    p.reasoning = rate(o, QLatin1StringView("reasoning"));
    QJsonValue tiers = o.value(QLatin1StringView("tiers"));
    const QJsonObject tier = tiers.isArray() ? tiers.toArray().first().toObject() : tiers.toObject();
    if (tier.value(QLatin1StringView("aboveInputTokens")).isDouble()) {
        p.tierAboveInputTokens = qint64(tier.value(QLatin1StringView("aboveInputTokens")).toDouble());
        p.tierInput = rate(tier, QLatin1StringView("input"));
        p.tierOutput = rate(tier, QLatin1StringView("output"));
        p.tierCachedInput = rate(tier, QLatin1StringView("cachedInput"));
        if (p.tierInput < 0 || p.tierOutput < 0)
            p.tierAboveInputTokens = 0;
    }
    return p;
}

} // namespace

ModelCatalog ModelCatalog::fromJson(const QByteArray &json)
{
    ModelCatalog catalog;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    catalog.m_checked = root.value(QLatin1StringView("checked")).toString();
    for (const QJsonValue &v : root.value(QLatin1StringView("models")).toArray()) {
        const QJsonObject o = v.toObject();
        ModelInfo info{
            o.value(QLatin1StringView("provider")).toString(),
            o.value(QLatin1StringView("id")).toString(),
            qint64(o.value(QLatin1StringView("contextWindow")).toDouble()),
            qint64(o.value(QLatin1StringView("maxOutputTokens")).toDouble()),
            readPrice(o.value(QLatin1StringView("pricing"))),
            o.value(QLatin1StringView("pricing")).toObject().value(QLatin1StringView("checked")).toString()};
        catalog.m_models.append(info);
    }
    return catalog;
}

const ModelCatalog &ModelCatalog::builtin()
{
    static const ModelCatalog catalog = [] {
        QFile file(QStringLiteral(":/switchyard/model-catalog.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : ModelCatalog();
    }();
    return catalog;
}

std::optional<ModelInfo> ModelCatalog::find(const Config::Provider &provider, const QString &model) const
{
    return find(provider.preset.isEmpty() ? provider.kind : provider.preset, model);
}

std::optional<ModelInfo> ModelCatalog::find(const QString &providerKind, const QString &model) const
{
    QString key = providerKind;
    if (key == QLatin1StringView("azure"))
        key = QStringLiteral("openai");
    if (const ModelInfo *m = best(m_models, model, key))
        return *m;
    const QString bare = model.section(QLatin1Char('/'), -1);
    if (const ModelInfo *m = best(m_models, bare, {}))
        return *m;
    return std::nullopt;
}

} // namespace Switchyard::Providers
