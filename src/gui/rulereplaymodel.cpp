// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulereplaymodel.h"

#include "llm/codec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Switchyard::Gui {

namespace {

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toInteger();
}

// Micro-dollars as dollars with four decimals: replay differences are often fractions of a cent.
QString dollars(qint64 micros)
{
    return QLocale().toString(double(micros) / 1e6, 'f', 4);
}

} // namespace

RuleReplayModel::RuleReplayModel(QObject *parent) : QAbstractTableModel(parent) {}

Routing::LoggedRequest RuleReplayModel::loggedRequest(const QJsonObject &row)
{
    Routing::LoggedRequest r;
    r.startedAtMs = number(row, "startedAt");
    r.requestedModel = text(row, "requestedModel");
    r.app = text(row, "app");
    r.stream = number(row, "stream") != 0;
    r.usage.inputTokens = number(row, "inputTokens");
    r.usage.outputTokens = number(row, "outputTokens");
    r.usage.cachedReadTokens = number(row, "cachedReadTokens");
    r.usage.cacheWriteTokens = number(row, "cacheWriteTokens");
    r.usage.reasoningTokens = number(row, "reasoningTokens");
    r.usage.known = number(row, "usageKnown") != 0;
    r.usage.estimated = number(row, "usageEstimated") != 0;
    // A request that never reached a provider has no token count: its prompt size is unknown, not 0.
    r.tokensKnown = r.usage.known || r.usage.estimated || r.usage.inputTokens > 0;
    r.route = text(row, "route");
    // The first attempt is where the router sent it first; the row's provider is the one that answered.
    const QJsonArray attempts = row.value(QLatin1StringView("attempts")).toArray();
    const QJsonObject first = attempts.isEmpty() ? QJsonObject() : attempts.first().toObject();
    const QString provider = first.isEmpty() ? text(row, "provider") : text(first, "provider");
    const QString model = first.isEmpty() ? text(row, "model") : text(first, "model");
    if (!provider.isEmpty())
        r.firstTarget = provider + QLatin1Char('/') + model;
    r.errorCode = text(row, "errorCode");
    const QJsonValue cost = row.value(QLatin1StringView("costMicros"));
    if (!cost.isNull() && !cost.isUndefined())
        r.costMicros = cost.toInteger();
    // With body logging on, the request as it was sent: decoded in the dialect it came in.
    const QString body = text(row, "requestBody");
    const std::optional<Llm::Dialect> dialect = Llm::dialectFromName(text(row, "dialect"));
    if (!body.isEmpty() && dialect) {
        Llm::Request request;
        const QJsonObject json = QJsonDocument::fromJson(body.toUtf8()).object();
        if (!json.isEmpty() && !Llm::decodeRequest(*dialect, json, request))
            r.content = std::move(request);
    }
    return r;
}

RuleReplayModel::Result RuleReplayModel::replay(const Config::Config &config, const QList<QJsonObject> &rows)
{
    Result out;
    Summary &s = out.summary;
    for (const QJsonObject &row : rows) {
        Entry e;
        e.request = loggedRequest(row);
        e.replayed = Routing::replay(config, e.request);
        ++s.total;
        switch (e.replayed.change) {
        case Routing::Replayed::Change::Unchanged: ++s.unchanged; continue;
        case Routing::Replayed::Change::Undetermined: ++s.undetermined; break;
        case Routing::Replayed::Change::Changed:
            ++s.changed;
            if (e.request.costMicros && e.replayed.newCostMicros) {
                s.loggedMicros += *e.request.costMicros;
                s.newMicros += *e.replayed.newCostMicros;
            } else {
                ++s.unpriced;
            }
            break;
        }
        out.entries.append(e);
    }
    return out;
}

void RuleReplayModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void RuleReplayModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString RuleReplayModel::money(const std::optional<qint64> &micros)
{
    return micros ? QStringLiteral("$") + dollars(*micros) : tr("unpriced");
}

QString RuleReplayModel::signedMoney(qint64 micros)
{
    return (micros < 0 ? QStringLiteral("−$") : QStringLiteral("+$")) + dollars(qAbs(micros));
}

int RuleReplayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RuleReplayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleReplayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Entry &e = m_entries.at(index.row());
    const bool undetermined = e.replayed.change == Routing::Replayed::Change::Undetermined;
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.request.startedAtMs),
                                  QLocale::ShortFormat);
    case ModelColumn: return e.request.requestedModel;
    case AppColumn: return e.request.app;
    case OutcomeColumn: return undetermined ? tr("undetermined") : tr("changed");
    case BeforeColumn:
        return e.request.firstTarget.isEmpty() || e.replayed.before.startsWith(QLatin1String("target"))
                   ? e.replayed.before
                   : tr("%1 (first: %2)").arg(e.replayed.before, e.request.firstTarget);
    case AfterColumn:
        if (undetermined)
            return tr("%1, or another").arg(e.replayed.after);
        return e.replayed.newFirstTarget.isEmpty() || e.replayed.after.startsWith(QLatin1String("target"))
                   ? e.replayed.after
                   : tr("%1 (first: %2)").arg(e.replayed.after, e.replayed.newFirstTarget);
    case RuleColumn: return e.replayed.ruleName;
    case LoggedCostColumn: return money(e.request.costMicros);
    case NewCostColumn: return undetermined ? QString() : money(e.replayed.newCostMicros);
    case NoteColumn: return e.replayed.reason;
    case ColumnCount: break;
    }
    return {};
}

QVariant RuleReplayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case ModelColumn: return tr("Requested");
    case AppColumn: return tr("App");
    case OutcomeColumn: return tr("Outcome");
    case BeforeColumn: return tr("Went to");
    case AfterColumn: return tr("Would go to");
    case RuleColumn: return tr("Rule");
    case LoggedCostColumn: return tr("Logged cost");
    case NewCostColumn: return tr("Estimated cost");
    case NoteColumn: return tr("Why undetermined");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Switchyard::Gui
