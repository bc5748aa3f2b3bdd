// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Switchyard::Gui {

// What the Routes page edits before Apply: the routes, and the renames made to routes that exist in
// the config being served (so Apply can carry the rules' and the apps' references along). Everything
// else comes from the live config at Apply time: an app token revoked on the Apps page meanwhile
// stays revoked.
struct RouteDraft
{
    QList<Config::Route> routes;
    QHash<QString, QString> renames; // name in the live config -> name in the draft

    static RouteDraft of(const Config::Config &live) { return RouteDraft{live.routes, {}}; }
    // The live config with the draft's routes, and every reference to a renamed route renamed.
    [[nodiscard]] Config::Config appliedTo(const Config::Config &live) const;
    // Renames a route in the draft: its nested uses follow, and the rename is remembered for Apply.
    void rename(const QString &from, const QString &to, const Config::Config &live);

    bool operator==(const RouteDraft &) const = default;
};

// Something that keeps a route from working as drawn.
struct RouteIssue
{
    QString route;
    int target = -1; // -1: the route itself
    QString message;
    // Only the model catalog says so (a model it does not list for a provider whose models it
    // knows): Apply is refused, but the user may insist (the catalog can be behind the provider).
    bool catalogOnly = false;
};

// Whether the built-in model catalog knows that a provider offers a model.
enum class CatalogStatus : quint8
{
    Listed,
    NotListed, // the catalog lists this provider's models, and not this one
    Unknown,   // the catalog does not know this provider's models: no guess either way
};

class RouteChecks final
{
    Q_DECLARE_TR_FUNCTIONS(Switchyard::Gui::RouteChecks)

public:
    // Every route of `config` (the draft applied to the live config), in route and target order.
    static QList<RouteIssue> check(const Config::Config &config);
    static CatalogStatus catalogStatus(const Config::Provider &provider, const QString &model);
    // The catalog's name for the provider ("anthropic", "groq"), empty when it does not know its models.
    static QString catalogKey(const Config::Provider &provider);
    // The nested routes from `route` back to itself through `target` ("a → b → a"), empty if none.
    static QStringList cycleThrough(const Config::Config &config, const QString &route,
                                    const QString &target);

    // The price per 1M input / output tokens ("$2.50 / $10.00 per 1M tokens in / out"), "unpriced".
    static QString priceText(const Config::Config &config, const Config::Provider &provider,
                             const QString &model);

    // The strategies, each with its one-line explanation.
    static QString strategyTitle(const QString &strategy);
    static QString strategyExplanation(const QString &strategy);
};

} // namespace Switchyard::Gui
