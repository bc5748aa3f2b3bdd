// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LogsPage;
}

namespace Switchyard::Usage {
struct RowFilter;
}

namespace Switchyard::Gui {

class AppController;
class UsageLogModel;

// Logs: every request from the usage store, newest first, loaded a page at a time off the GUI
// thread; filters by time, app, route, provider, model, status and cache; the selected request's
// details; and an export of what the filters match as CSV.
class LogsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsPage)

public:
    // Reads the store the gateway writes (its own connection, on its own thread).
    explicit LogsPage(AppController *controller, QWidget *parent = nullptr);
    ~LogsPage() override;

    // Another store (tests); reloads.
    void setStorePath(const QString &path);
    [[nodiscard]] UsageLogModel *model() const { return m_model; }
    // Sets the filter widgets to `filter` (an exact time range becomes one more time choice) and
    // reloads: how a chart's bar opens the requests it counts.
    void showFilter(const Usage::RowFilter &filter);

public Q_SLOTS:
    // Writes every row matching the filters to `path` in the background; the status line tells.
    void exportCsv(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    [[nodiscard]] qint64 writtenRows() const; // rows the gateway's writer stored in this store, -1: none
    void followNewRows(bool always);
    void applyFilters();
    void chooseExportFile();
    void showDetails();
    void showBodies(const QByteArray &requestId, bool found, const QByteArray &request,
                    const QByteArray &response, const QByteArray &requestHeaders,
                    const QByteArray &upstreamHeaders);
    void updateStatus();

    std::unique_ptr<Ui::LogsPage> m_ui;
    QString m_storePath; // the gateway's store last followed
    AppController *m_controller;
    UsageLogModel *m_model;
    QString m_exportMessage;
    qint64 m_seenWritten = -1; // writtenRows() at the last load
    QString m_loadError;       // of the current filter's last page
    qint64 m_customFromMs = 0; // the time choice showFilter() added
    qint64 m_customToMs = 0;
};

} // namespace Switchyard::Gui
