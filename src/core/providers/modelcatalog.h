// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "usage/pricing.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchyard::Providers {

// What Switchyard knows about a model without asking its provider: context window and output
// limit (resources/model-catalog.json, with the date it was checked). Read-only, loaded once.
struct ModelInfo
{
    QString provider; // kind or preset id the entry belongs to
    QString id;
    qint64 contextWindow = 0;
    qint64 maxOutputTokens = 0;
    std::optional<Usage::Price> price; // none: unpriced (recorded as such, never as $0)
    QString priceChecked;              // the date the price was checked against its source
};

class ModelCatalog final
{
public:
    static const ModelCatalog &builtin();
    static ModelCatalog fromJson(const QByteArray &json);

    // The entry for `model` served by `provider`: exact id, or a dated/suffixed version of an entry
    // ("claude-sonnet-4-5-20250929", "gpt-4o-2024-08-06", "llama3.2:3b"); for aggregator ids
    // ("anthropic/claude-sonnet-4-5") the part after the last '/' is tried against every provider.
    [[nodiscard]] std::optional<ModelInfo> find(const Config::Provider &provider, const QString &model) const;
    // The same by the provider's preset or kind ("anthropic", "groq", "azure"…).
    [[nodiscard]] std::optional<ModelInfo> find(const QString &providerKind, const QString &model) const;
    [[nodiscard]] const QList<ModelInfo> &models() const { return m_models; }
    [[nodiscard]] QString checked() const { return m_checked; }

private:
    QList<ModelInfo> m_models;
    QString m_checked;
};

} // namespace Switchyard::Providers
