// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagelogmodel.h"

#include "csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Switchyard::Gui {

namespace {

constexpr int kExportPageSize = 1000;

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toInteger();
}

std::optional<Usage::RowPosition> positionOf(const QJsonObject &row)
{
    return Usage::RowPosition{number(row, "startedAt"), number(row, "id")};
}

// Micro-dollars as an exact decimal in dollars, without a float in between.
QString dollars(qint64 micros)
{
    return QString::number(micros / 1'000'000) + QLatin1Char('.') +
           QStringLiteral("%1").arg(micros % 1'000'000, 6, 10, QLatin1Char('0'));
}

} // namespace

UsageLogWorker::UsageLogWorker() = default;
UsageLogWorker::~UsageLogWorker() = default;

bool UsageLogWorker::ensureOpen(const QString &path, QString *error)
{
    if (m_store && m_path == path && m_store->isOpen())
        return true;
    m_store = std::make_unique<Usage::UsageStore>();
    m_path = path;
    if (m_store->open(path, error))
        return true;
    m_store.reset();
    return false;
}

void UsageLogWorker::load(quint64 generation, const QString &path, const Usage::RowFilter &filter,
                          const std::optional<Usage::RowPosition> &after, int limit)
{
    QString error;
    QList<QJsonObject> rows;
    if (ensureOpen(path, &error))
        rows = m_store->rows(filter, after, limit, &error);
    Q_EMIT loaded(generation, rows, error);
}

std::optional<Usage::LoggedBodies> UsageLogWorker::bodiesNow(const QString &path, const QByteArray &requestId)
{
    QString error;
    return ensureOpen(path, &error) ? m_store->bodies(requestId) : std::nullopt;
}

void UsageLogWorker::fetchBodies(const QString &path, const QByteArray &requestId)
{
    const std::optional<Usage::LoggedBodies> bodies = bodiesNow(path, requestId);
    const Usage::LoggedBodies none;
    const Usage::LoggedBodies &b = bodies ? *bodies : none;
    Q_EMIT bodiesFetched(requestId, bodies.has_value(), b.request, b.response, b.requestHeaders,
                         b.upstreamHeaders);
}

QString UsageLogWorker::csvField(const QString &value)
{
    return Csv::field(value);
}

QString UsageLogWorker::csvHeader()
{
    return QStringLiteral("request_id,started_at,app,endpoint,dialect,requested_model,route,provider,model,"
                          "status,error_code,stream,cache_hit,input_tokens,output_tokens,cached_read_tokens,"
                          "cache_write_tokens,reasoning_tokens,tokens_estimated,cost_usd,saved_usd,"
                          "latency_ms,first_byte_ms,bytes_in,bytes_out,attempts,tags\r\n");
}

QString UsageLogWorker::csvLine(const QJsonObject &row)
{
    const QJsonValue cost = row.value(QLatin1StringView("costMicros"));
    const QStringList fields{
        text(row, "requestId"),
        QDateTime::fromMSecsSinceEpoch(number(row, "startedAt"), Qt::UTC).toString(Qt::ISODateWithMs),
        text(row, "app"),
        text(row, "endpoint"),
        text(row, "dialect"),
        text(row, "requestedModel"),
        text(row, "route"),
        text(row, "provider"),
        text(row, "model"),
        QString::number(number(row, "status")),
        text(row, "errorCode"),
        QString::number(number(row, "stream")),
        QString::number(number(row, "cacheHit")),
        QString::number(number(row, "inputTokens")),
        QString::number(number(row, "outputTokens")),
        QString::number(number(row, "cachedReadTokens")),
        QString::number(number(row, "cacheWriteTokens")),
        QString::number(number(row, "reasoningTokens")),
        QString::number(number(row, "usageEstimated")),
        cost.isNull() ? QString() : dollars(cost.toInteger()), // empty: unpriced (unknown, not zero)
        dollars(number(row, "savedMicros")),
        QString::number(number(row, "latencyMs")),
        QString::number(number(row, "firstByteMs")),
        QString::number(number(row, "bytesIn")),
        QString::number(number(row, "bytesOut")),
        QString::fromUtf8(
            QJsonDocument(row.value(QLatin1StringView("attempts")).toArray()).toJson(QJsonDocument::Compact)),
        text(row, "tags"),
    };
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << csvField(f);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n"); // RFC 4180 §2.1: CRLF
}

void UsageLogWorker::exportCsv(const QString &path, const Usage::RowFilter &filter, const QString &file)
{
    QString error;
    qint64 written = 0;
    QSaveFile out(file);
    auto finish = [&] { Q_EMIT exported(written, error); };
    if (!ensureOpen(path, &error))
        return finish();
    if (!out.open(QIODevice::WriteOnly)) {
        error = out.errorString();
        return finish();
    }
    out.write(csvHeader().toUtf8());
    std::optional<Usage::RowPosition> after;
    for (;;) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            error = tr("The export was cancelled.");
            return finish(); // QSaveFile discards the partial file
        }
        const QList<QJsonObject> page = m_store->rows(filter, after, kExportPageSize, &error);
        if (!error.isEmpty())
            return finish();
        QByteArray chunk;
        for (const QJsonObject &row : page)
            chunk += csvLine(row).toUtf8();
        if (out.write(chunk) != chunk.size()) {
            error = out.errorString();
            return finish();
        }
        written += page.size();
        if (page.size() < kExportPageSize)
            break;
        after = positionOf(page.last());
    }
    if (!out.commit())
        error = out.errorString();
    finish();
}

UsageLogModel::UsageLogModel(QObject *parent) : QAbstractTableModel(parent), m_worker(new UsageLogWorker)
{
    m_thread.setObjectName(QStringLiteral("usage-log"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &UsageLogWorker::loaded, this, &UsageLogModel::onLoaded);
    connect(m_worker, &UsageLogWorker::bodiesFetched, this, &UsageLogModel::bodiesFetched);
    m_thread.start();
}

UsageLogModel::~UsageLogModel()
{
    if (m_exportThread) {
        m_exportThread->requestInterruption();
        m_exportThread->quit();
        m_exportThread->wait();
    }
    m_thread.quit();
    m_thread.wait();
}

void UsageLogModel::setStorePath(const QString &path)
{
    m_path = path;
    reload();
}

void UsageLogModel::setFilter(const Usage::RowFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void UsageLogModel::fetchBodies(const QByteArray &requestId)
{
    if (m_path.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path = m_path, requestId] { worker->fetchBodies(path, requestId); },
        Qt::QueuedConnection);
}

void UsageLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    m_hasMore = !m_path.isEmpty();
    m_loading = false;
    endResetModel();
    if (m_hasMore)
        fetchMore({});
    else
        setLoading(false);
}

void UsageLogModel::setLoading(bool loading)
{
    // Emitted on every page, so the page can show progress even when one load follows another.
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int UsageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UsageLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void UsageLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    const std::optional<Usage::RowPosition> after =
        m_rows.isEmpty() ? std::nullopt : positionOf(m_rows.last());
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, path = m_path, filter = m_filter, after] {
            worker->load(generation, path, filter, after, kPageSize);
        },
        Qt::QueuedConnection);
}

void UsageLogModel::onLoaded(quint64 generation, const QList<QJsonObject> &rows, const QString &error)
{
    if (generation != m_generation)
        return; // a page of a filter that is no longer shown
    if (!error.isEmpty()) {
        m_hasMore = false;
        setLoading(false);
        Q_EMIT loadFailed(error);
        return;
    }
    m_hasMore = rows.size() == kPageSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    setLoading(false);
}

void UsageLogModel::exportCsv(const QString &file)
{
    if (m_exportThread) {
        Q_EMIT exportFinished(0, tr("An export is already running."));
        return;
    }
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("usage-export"));
    auto *worker = new UsageLogWorker;
    worker->moveToThread(thread);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(worker, &UsageLogWorker::exported, this, [this, thread](qint64 rows, const QString &error) {
        thread->quit();
        Q_EMIT exportFinished(rows, error);
    });
    m_exportThread = thread;
    thread->start();
    QMetaObject::invokeMethod(
        worker, [worker, path = m_path, filter = m_filter, file] { worker->exportCsv(path, filter, file); },
        Qt::QueuedConnection);
}

QString UsageLogModel::formatCost(const QJsonValue &costMicros)
{
    if (costMicros.isNull() || costMicros.isUndefined())
        return tr("unpriced");
    return tr("$%1").arg(dollars(costMicros.toInteger()));
}

QString UsageLogModel::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant UsageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows[index.row()];
    if (role == RowRole)
        return row;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case TokensColumn:
        case CostColumn:
        case LatencyColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return formatTime(number(row, "startedAt"));
    case AppColumn: return text(row, "app");
    case RouteColumn: return text(row, "route");
    case TargetColumn:
        return text(row, "provider").isEmpty()
                   ? QString()
                   : QString(text(row, "provider") + QLatin1Char('/') + text(row, "model"));
    case StatusColumn:
        return text(row, "errorCode").isEmpty() ? QString::number(number(row, "status"))
                                                : QString(QString::number(number(row, "status")) +
                                                          QLatin1Char(' ') + text(row, "errorCode"));
    case TokensColumn:
        return (number(row, "usageEstimated") ? tr("~%1 / %2") : tr("%1 / %2"))
            .arg(number(row, "inputTokens"))
            .arg(number(row, "outputTokens"));
    case CostColumn: return formatCost(row.value(QLatin1StringView("costMicros")));
    case LatencyColumn: return tr("%1 ms").arg(number(row, "latencyMs"));
    case CacheColumn: return number(row, "cacheHit") ? tr("Hit") : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant UsageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case AppColumn: return tr("App");
    case RouteColumn: return tr("Route");
    case TargetColumn: return tr("Provider/model");
    case StatusColumn: return tr("Status");
    case TokensColumn: return tr("Tokens in/out");
    case CostColumn: return tr("Cost");
    case LatencyColumn: return tr("Latency");
    case CacheColumn: return tr("Cache");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Switchyard::Gui
