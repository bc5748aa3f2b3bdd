// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/usagestore.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

namespace Switchyard::Gui {

// Runs the usage store's queries on its own thread, with its own connection (a Qt Sql connection
// belongs to the thread that opened it), opened on first use.
class UsageLogWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLogWorker)

public:
    UsageLogWorker();
    ~UsageLogWorker() override;

    void load(quint64 generation, const QString &path, const Usage::RowFilter &filter,
              const std::optional<Usage::RowPosition> &after, int limit);
    // The bodies logged with one request (body logging), or found = false.
    void fetchBodies(const QString &path, const QByteArray &requestId);
    // The same, answered at once: for work already running on this worker's thread.
    std::optional<Usage::LoggedBodies> bodiesNow(const QString &path, const QByteArray &requestId);
    // Every row matching `filter`, page by page, as CSV (RFC 4180) to `file`, replaced atomically.
    void exportCsv(const QString &path, const Usage::RowFilter &filter, const QString &file);

    static QString csvField(const QString &value); // RFC 4180 §2: quoted when it holds , " CR or LF
    static QString csvHeader();
    static QString csvLine(const QJsonObject &row);

Q_SIGNALS:
    void loaded(quint64 generation, const QList<QJsonObject> &rows, const QString &error);
    void exported(qint64 rows, const QString &error);
    void bodiesFetched(const QByteArray &requestId, bool found, const QByteArray &request,
                       const QByteArray &response, const QByteArray &requestHeaders,
                       const QByteArray &upstreamHeaders);

private:
    bool ensureOpen(const QString &path, QString *error);

    std::unique_ptr<Usage::UsageStore> m_store;
    QString m_path;
};

// The raw usage rows for the Logs page: a thin adapter over the store that loads a page at a time
// through canFetchMore()/fetchMore() off the GUI thread, so a million rows scroll smoothly.
class UsageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLogModel)

public:
    enum Column
    {
        TimeColumn,
        AppColumn,
        RouteColumn,
        TargetColumn, // provider/model
        StatusColumn,
        TokensColumn, // in / out
        CostColumn,
        LatencyColumn,
        CacheColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int RowRole = Qt::UserRole; // the whole row as a QJsonObject

    explicit UsageLogModel(QObject *parent = nullptr);
    ~UsageLogModel() override;

    // Both reload from the top.
    void setStorePath(const QString &path);
    void setFilter(const Usage::RowFilter &filter);
    [[nodiscard]] QString storePath() const { return m_path; }
    [[nodiscard]] const Usage::RowFilter &filter() const { return m_filter; }
    void reload();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QJsonObject row(int row) const { return m_rows.value(row); }
    // Writes every row matching the filter to `file` on a thread of its own; exportFinished() tells.
    void exportCsv(const QString &file);
    // Reads the bodies logged with `requestId` off the GUI thread; bodiesFetched() answers.
    void fetchBodies(const QByteArray &requestId);
    [[nodiscard]] bool isExporting() const { return !m_exportThread.isNull(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // How the table and the detail pane show values.
    static QString formatCost(const QJsonValue &costMicros); // "unpriced" for null, never $0
    static QString formatTime(qint64 ms);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    void exportFinished(qint64 rows, const QString &error);
    void bodiesFetched(const QByteArray &requestId, bool found, const QByteArray &request,
                       const QByteArray &response, const QByteArray &requestHeaders,
                       const QByteArray &upstreamHeaders);

private:
    void onLoaded(quint64 generation, const QList<QJsonObject> &rows, const QString &error);
    void setLoading(bool loading);

    QThread m_thread;
    UsageLogWorker *m_worker; // lives on m_thread
    QPointer<QThread> m_exportThread;
    QString m_path;
    Usage::RowFilter m_filter;
    QList<QJsonObject> m_rows;
    quint64 m_generation = 0; // bumped by every reload: pages of an older one are dropped
    bool m_loading = false;
    bool m_hasMore = false;
};

} // namespace Switchyard::Gui
