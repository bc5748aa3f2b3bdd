// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsecache.h"

#include "llm/canonicaljson.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCache, "switchyard.cache", QtWarningMsg)

namespace Switchyard::Cache {

namespace {

QAtomicInteger<quint64> s_connections;

QByteArray serialize(const CachedAnswer &a)
{
    QJsonObject o{{QStringLiteral("response"), Llm::responseToJson(a.response)},
                  {QStringLiteral("provider"), a.provider},
                  {QStringLiteral("providerKind"), a.providerKind},
                  {QStringLiteral("model"), a.model},
                  {QStringLiteral("storedAt"), a.storedAtMs}};
    if (a.costMicros)
        o.insert(QStringLiteral("costMicros"), *a.costMicros);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CachedAnswer> deserialize(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    std::optional<Llm::Response> response =
        Llm::responseFromJson(o.value(QLatin1StringView("response")).toObject());
    if (!response)
        return std::nullopt;
    CachedAnswer a;
    a.response = std::move(*response);
    a.provider = o.value(QLatin1StringView("provider")).toString();
    a.providerKind = o.value(QLatin1StringView("providerKind")).toString();
    a.model = o.value(QLatin1StringView("model")).toString();
    a.storedAtMs = qint64(o.value(QLatin1StringView("storedAt")).toDouble());
    if (o.value(QLatin1StringView("costMicros")).isDouble())
        a.costMicros = qint64(o.value(QLatin1StringView("costMicros")).toDouble());
    return a;
}

// One SQLite connection for the calling thread, closed with the object.
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(QStringLiteral("switchyard-cache-%1").arg(s_connections.fetchAndAddRelaxed(1)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    ~Db()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Db)
    bool open(QString *error)
    {
        QSqlQuery q(m_db);
        if (!m_db.open() || !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
            !q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cache (key BLOB PRIMARY KEY, expires_at INTEGER NOT "
                "NULL, stored_at INTEGER NOT NULL, value BLOB NOT NULL) WITHOUT ROWID"))) {
            if (error)
                *error = m_db.lastError().text().isEmpty() ? q.lastError().text() : m_db.lastError().text();
            return false;
        }
        return true;
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

ResponseCache::ResponseCache(QString path, qint64 maxBytes) : m_path(std::move(path)), m_maxBytes(maxBytes) {}

ResponseCache::~ResponseCache()
{
    stop();
}

QByteArray ResponseCache::key(const QString &requestedModel, const QByteArray &normalizedRequest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(requestedModel.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(normalizedRequest);
    return hash.result();
}

bool ResponseCache::start(QString *error)
{
    if (m_path.isEmpty())
        return true;
    {
        Db db(m_path);
        if (!db.open(error)) {
            if (error)
                *error = QStringLiteral("cannot open the response cache %1: %2").arg(m_path, *error);
            return false;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery purge(db.db());
        purge.prepare(QStringLiteral("DELETE FROM cache WHERE expires_at <= ?"));
        purge.bindValue(0, now);
        purge.exec();
        // Oldest first, so that the most recent entries are the most recently used after loading.
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT key, expires_at, value FROM cache ORDER BY stored_at"));
        std::lock_guard lock(m_mutex);
        while (q.next())
            insertLocked(q.value(0).toByteArray(), q.value(2).toByteArray(), q.value(1).toLongLong(), false,
                         now);
    }
    std::lock_guard lock(m_mutex);
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return true;
}

void ResponseCache::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        m_running = false;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ResponseCache::insertLocked(const QByteArray &key, QByteArray value, qint64 expiresAtMs, bool persist,
                                 qint64 nowMs)
{
    removeLocked(key, false);
    if (value.size() > m_maxBytes)
        return;
    m_lru.push_front(key);
    m_bytes += value.size();
    if (persist) {
        m_ops.push_back(Op{key, value, expiresAtMs, nowMs});
        ++m_opsQueued;
    }
    m_entries.insert(key, Entry{std::move(value), expiresAtMs, m_lru.begin()});
    while (m_bytes > m_maxBytes && !m_lru.empty()) {
        const QByteArray victim = m_lru.back();
        removeLocked(victim, true);
        ++m_stats.evictions;
    }
}

void ResponseCache::removeLocked(const QByteArray &key, bool persist)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_bytes -= it->value.size();
    m_lru.erase(it->lru);
    m_entries.erase(it);
    if (persist && m_running) {
        m_ops.push_back(Op{key, {}, 0, 0});
        ++m_opsQueued;
    }
}

std::optional<CachedAnswer> ResponseCache::get(const QByteArray &key, qint64 nowMs)
{
    QByteArray value;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            ++m_stats.misses;
            return std::nullopt;
        }
        if (it->expiresAtMs <= nowMs) {
            removeLocked(key, true);
            ++m_stats.misses;
            m_wake.notify_one();
            return std::nullopt;
        }
        m_lru.splice(m_lru.begin(), m_lru, it->lru); // most recently used
        value = it->value;
        ++m_stats.hits;
    }
    return deserialize(value);
}

void ResponseCache::put(const QByteArray &key, const CachedAnswer &answer, qint64 expiresAtMs)
{
    QByteArray value = serialize(answer);
    {
        std::lock_guard lock(m_mutex);
        insertLocked(key, std::move(value), expiresAtMs, m_running, answer.storedAtMs);
    }
    m_wake.notify_one();
}

void ResponseCache::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_running)
        return;
    const qint64 target = m_opsQueued;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_opsDone >= target || !m_running; });
}

ResponseCache::Stats ResponseCache::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats s = m_stats;
    s.entries = m_entries.size();
    s.bytes = m_bytes;
    return s;
}

void ResponseCache::run()
{
    Db db(m_path);
    QString error;
    const bool ok = db.open(&error);
    if (!ok)
        qCWarning(lcCache) << "response cache not persisted:" << error;
    std::vector<Op> batch;
    while (true) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_ops.empty(); });
            batch.swap(m_ops);
            stopping = m_stopping;
        }
        if (ok && !batch.empty()) {
            db.db().transaction();
            QSqlQuery put(db.db());
            put.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO cache (key, expires_at, stored_at, value) VALUES (?,?,?,?)"));
            QSqlQuery del(db.db());
            del.prepare(QStringLiteral("DELETE FROM cache WHERE key = ?"));
            for (const Op &op : batch) {
                if (op.value.isEmpty()) {
                    del.bindValue(0, op.key);
                    del.exec();
                } else {
                    put.bindValue(0, op.key);
                    put.bindValue(1, op.expiresAtMs);
                    put.bindValue(2, op.storedAtMs);
                    put.bindValue(3, op.value);
                    put.exec();
                }
            }
            db.db().commit();
        }
        {
            std::lock_guard lock(m_mutex);
            m_opsDone += qint64(batch.size());
        }
        batch.clear();
        m_flushed.notify_all();
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_ops.empty())
                break;
        }
    }
    m_flushed.notify_all();
}

} // namespace Switchyard::Cache
