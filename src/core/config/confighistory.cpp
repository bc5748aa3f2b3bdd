// SPDX-License-Identifier: GPL-3.0-or-later
#include "confighistory.h"

#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Switchyard::Config {

namespace {

const QLatin1StringView kPrefix("config-");
const QLatin1StringView kSuffix(".json");
// UTC to the millisecond, fixed width: names sort in time order.
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << QLatin1Char('\'') + n + QLatin1Char('\'');
    return out.join(QLatin1String(", "));
}

// Added, removed and changed entries of an array of objects keyed by `key` ("routes" by "name").
QString diffKeyed(const QJsonArray &older, const QJsonArray &newer, QLatin1StringView key)
{
    QHash<QString, QJsonObject> before;
    QStringList beforeOrder;
    for (const QJsonValue &v : older) {
        const QString k = v.toObject().value(key).toString();
        before.insert(k, v.toObject());
        beforeOrder << k;
    }
    QStringList added, changed, removed;
    QSet<QString> seen;
    for (const QJsonValue &v : newer) {
        const QString k = v.toObject().value(key).toString();
        seen.insert(k);
        if (!before.contains(k))
            added << k;
        else if (before.value(k) != v.toObject())
            changed << k;
    }
    for (const QString &k : std::as_const(beforeOrder)) {
        if (!seen.contains(k))
            removed << k;
    }
    QStringList parts;
    if (!added.isEmpty())
        parts << QStringLiteral("added ") + quoted(added);
    if (!changed.isEmpty())
        parts << QStringLiteral("changed ") + quoted(changed);
    if (!removed.isEmpty())
        parts << QStringLiteral("removed ") + quoted(removed);
    if (parts.isEmpty() && older != newer)
        parts << QStringLiteral("reordered");
    return parts.join(QLatin1String(", "));
}

} // namespace

ConfigHistory::ConfigHistory(QString folder, int keep) : m_folder(std::move(folder)), m_keep(qMax(1, keep)) {}

bool ConfigHistory::save(const Config &config, QString *error)
{
    return save(config, QDateTime::currentDateTimeUtc(), error);
}

bool ConfigHistory::save(const Config &config, const QDateTime &at, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(m_folder);
        return false;
    }
    const QJsonObject json = ConfigLoader::toJson(config);
    const QStringList names = fileNames();
    QDateTime when = at.toUTC();
    if (!names.isEmpty()) {
        if (readObject(QDir(m_folder).filePath(names.last())) == json)
            return true; // the newest version already is this config
        const QDateTime newest = timeOf(names.last());
        if (newest.isValid() && when <= newest)
            when = newest.addMSecs(1);
    }
    const QString path = QDir(m_folder).filePath(kPrefix + when.toString(kTimeFormat) + kSuffix);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QStringList all = fileNames();
    for (qsizetype i = 0; i + m_keep < all.size(); ++i)
        QFile::remove(QDir(m_folder).filePath(all[i]));
    return true;
}

QStringList ConfigHistory::fileNames() const
{
    QStringList names;
    const QStringList found =
        QDir(m_folder).entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    // Only names this class wrote: a stray "config-backup.json" is neither listed nor pruned.
    for (const QString &n : found) {
        if (timeOf(n).isValid())
            names << n;
    }
    return names;
}

QDateTime ConfigHistory::timeOf(const QString &fileName)
{
    if (!fileName.startsWith(kPrefix) || !fileName.endsWith(kSuffix))
        return {};
    const QString stamp = fileName.mid(kPrefix.size(), fileName.size() - kPrefix.size() - kSuffix.size());
    QDateTime t = QDateTime::fromString(stamp, kTimeFormat);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC); // the digits are UTC; fromString() read them as local time
    return t;
}

QList<ConfigHistory::Version> ConfigHistory::versions() const
{
    const QStringList names = fileNames();
    QList<Version> out;
    // Oldest first, so each version is summarised against the one before it.
    QList<Version> ascending;
    QJsonObject previous;
    for (const QString &n : names) {
        const QJsonObject current = readObject(QDir(m_folder).filePath(n));
        ascending.append(Version{n, timeOf(n), summarize(previous, current)});
        previous = current;
    }
    for (auto it = ascending.crbegin(); it != ascending.crend(); ++it)
        out.append(*it);
    return out;
}

bool ConfigHistory::isEmpty() const
{
    return fileNames().isEmpty();
}

std::optional<Config> ConfigHistory::load(const QString &fileName, QStringList *errors) const
{
    // Only a name from versions(): never a path out of the folder.
    if (!timeOf(fileName).isValid() || fileName.contains(QLatin1Char('/'))) {
        if (errors)
            *errors = {QStringLiteral("'%1' is not a saved config version").arg(fileName)};
        return std::nullopt;
    }
    return ConfigLoader::fromFile(QDir(m_folder).filePath(fileName), errors);
}

QString ConfigHistory::summarize(const QJsonObject &older, const QJsonObject &newer)
{
    const auto count = [&](const char *key) { return newer.value(QLatin1StringView(key)).toArray().size(); };
    if (older.isEmpty()) {
        return QStringLiteral("%1 provider(s), %2 route(s), %3 rule(s), %4 app(s)")
            .arg(count("providers"))
            .arg(count("routes"))
            .arg(count("rules"))
            .arg(count("tokens"));
    }
    QStringList parts;
    const std::pair<const char *, const char *> keyed[] = {
        {"routes", "name"}, {"providers", "id"}, {"tokens", "name"}};
    for (const auto &[section, key] : keyed) {
        const QLatin1StringView s(section);
        const QString diff =
            diffKeyed(older.value(s).toArray(), newer.value(s).toArray(), QLatin1StringView(key));
        if (!diff.isEmpty())
            parts << (s == QLatin1String("tokens") ? QStringLiteral("apps") : QString(s)) +
                         QStringLiteral(": ") + diff;
    }
    QStringList other;
    QSet<QString> keys;
    for (auto it = older.begin(); it != older.end(); ++it)
        keys.insert(it.key());
    for (auto it = newer.begin(); it != newer.end(); ++it)
        keys.insert(it.key());
    QStringList sorted = keys.values();
    sorted.sort();
    for (const QString &k : std::as_const(sorted)) {
        if (k == QLatin1String("routes") || k == QLatin1String("providers") || k == QLatin1String("tokens"))
            continue;
        if (older.value(k) != newer.value(k))
            other << k;
    }
    if (!other.isEmpty())
        parts << other.join(QLatin1String(", ")) + QStringLiteral(" changed");
    return parts.isEmpty() ? QStringLiteral("no change") : parts.join(QLatin1String("; "));
}

} // namespace Switchyard::Config
