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

} // namespace

ModelCatalog ModelCatalog::fromJson(const QByteArray &json)
{
    ModelCatalog catalog;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    catalog.m_checked = root.value(QLatin1StringView("checked")).toString();
    for (const QJsonValue &v : root.value(QLatin1StringView("models")).toArray()) {
        const QJsonObject o = v.toObject();
        catalog.m_models.append(ModelInfo{o.value(QLatin1StringView("provider")).toString(),
                                          o.value(QLatin1StringView("id")).toString(),
                                          qint64(o.value(QLatin1StringView("contextWindow")).toDouble()),
                                          qint64(o.value(QLatin1StringView("maxOutputTokens")).toDouble())});
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
    QString key = provider.preset.isEmpty() ? provider.kind : provider.preset;
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
