// SPDX-License-Identifier: GPL-3.0-or-later
#include "logspage.h"

#include "appcontroller.h"
#include "gateway.h"
#include "ui_logspage.h"
#include "usage/usagewriter.h"
#include "usagelogmodel.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QSet>
#include <QTimer>

namespace Switchyard::Gui {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kCustomRange = -1; // the time choice's data for an exact range from showFilter()

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toInteger();
}

// Empty values read as a dash, so a blank label is never mistaken for "not loaded".
QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

LogsPage::LogsPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LogsPage>()), m_controller(controller),
      m_model(new UsageLogModel(this))
{
    m_ui->setupUi(this);
    m_ui->logsTableView->setModel(m_model);
    m_ui->logsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->logsTableView->horizontalHeader()->resizeSection(UsageLogModel::TimeColumn, 150);
    // Fixed row heights: the view never measures a million rows.
    m_ui->logsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->logsSplitter->setStretchFactor(0, 3);
    m_ui->logsSplitter->setStretchFactor(1, 2);

    m_ui->timeComboBox->addItem(tr("Last hour"), kHourMs);
    m_ui->timeComboBox->addItem(tr("Last 24 hours"), 24 * kHourMs);
    m_ui->timeComboBox->addItem(tr("Last 7 days"), 7 * 24 * kHourMs);
    m_ui->timeComboBox->addItem(tr("Last 30 days"), 30 * 24 * kHourMs);
    m_ui->timeComboBox->addItem(tr("All time"), qint64(0));
    m_ui->timeComboBox->setCurrentIndex(m_ui->timeComboBox->count() - 1);
    m_ui->statusComboBox->addItem(tr("All"), int(Usage::RowFilter::Status::All));
    m_ui->statusComboBox->addItem(tr("Succeeded"), int(Usage::RowFilter::Status::Ok));
    m_ui->statusComboBox->addItem(tr("Errors"), int(Usage::RowFilter::Status::Errors));
    fillFilters();

    for (QComboBox *box : {m_ui->timeComboBox, m_ui->appComboBox, m_ui->routeComboBox, m_ui->providerComboBox,
                           m_ui->modelFilterComboBox, m_ui->statusComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilters);
    connect(m_ui->cachedCheckBox, &QCheckBox::toggled, this, &LogsPage::applyFilters);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &LogsPage::chooseExportFile);
    connect(m_ui->logsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogsPage::showDetails);
    connect(m_model, &UsageLogModel::bodiesFetched, this, &LogsPage::showBodies);
    // New requests show up on their own while the page is open (see followNewRows()).
    auto *follow = new QTimer(this);
    follow->setInterval(2000);
    connect(follow, &QTimer::timeout, this, [this] { followNewRows(false); });
    follow->start();
    connect(m_model, &UsageLogModel::loadingChanged, this, &LogsPage::updateStatus);
    connect(m_model, &UsageLogModel::loadFailed, this, [this](const QString &error) {
        m_loadError = tr("Could not read the usage database: %1. Check the data folder's permissions, or "
                         "the database URL in Settings.")
                          .arg(error);
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_loadError.clear(); });
    connect(m_model, &UsageLogModel::exportFinished, this, [this](qint64 rows, const QString &error) {
        m_ui->exportCsvButton->setEnabled(true);
        m_exportMessage = error.isEmpty() ? tr("Export finished: %L1 rows written.").arg(rows)
                                          : tr("The export failed: %1").arg(error);
        updateStatus();
    });
    if (m_controller) {
        connect(m_controller, &AppController::configChanged, this, &LogsPage::fillFilters);
        // The store opens with the endpoint (after the keys are read at startup): follow it.
        auto followStore = [this] {
            Gateway *gateway = m_controller->gateway();
            const auto writer = gateway ? gateway->usageWriter() : nullptr;
            if (writer && writer->path() != m_storePath) {
                m_storePath = writer->path();
                setStorePath(m_storePath);
            }
        };
        connect(m_controller, &AppController::endpointStateChanged, this, followStore);
        followStore();
    }
    updateStatus();
}

LogsPage::~LogsPage() = default;

void LogsPage::setStorePath(const QString &path)
{
    m_model->setStorePath(path);
    applyFilters();
}

// The choices come from the config; "All" (no data) first. The current choice is kept when it is
// still there.
void LogsPage::fillFilters()
{
    QSet<QString> apps, routes, providers, models;
    if (m_controller) {
        const Config::Config &config = m_controller->config();
        for (const Config::AccessToken &t : config.tokens)
            apps.insert(t.name);
        for (const Config::Provider &p : config.providers)
            providers.insert(p.id);
        for (const Config::Route &r : config.routes) {
            routes.insert(r.name);
            for (const Config::RouteTarget &t : r.targets) {
                if (!t.model.isEmpty())
                    models.insert(t.model);
            }
        }
    }
    const std::pair<QComboBox *, const QSet<QString> *> boxes[] = {{m_ui->appComboBox, &apps},
                                                                   {m_ui->routeComboBox, &routes},
                                                                   {m_ui->providerComboBox, &providers},
                                                                   {m_ui->modelFilterComboBox, &models}};
    for (const auto &[box, values] : boxes) {
        const QString current = box->currentData().toString();
        QStringList sorted(values->cbegin(), values->cend());
        sorted.sort(Qt::CaseInsensitive);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("All"), QString());
        for (const QString &v : std::as_const(sorted))
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
    applyFilters();
}

void LogsPage::applyFilters()
{
    Usage::RowFilter filter;
    const qint64 range = m_ui->timeComboBox->currentData().toLongLong();
    if (range == kCustomRange) {
        filter.fromMs = m_customFromMs;
        filter.toMs = m_customToMs;
    } else if (range > 0) {
        filter.fromMs = QDateTime::currentMSecsSinceEpoch() - range;
    }
    filter.app = m_ui->appComboBox->currentData().toString();
    filter.route = m_ui->routeComboBox->currentData().toString();
    filter.provider = m_ui->providerComboBox->currentData().toString();
    filter.model = m_ui->modelFilterComboBox->currentData().toString();
    filter.status = Usage::RowFilter::Status(m_ui->statusComboBox->currentData().toInt());
    filter.cachedOnly = m_ui->cachedCheckBox->isChecked();
    m_seenWritten = writtenRows();
    m_model->setFilter(filter);
}

qint64 LogsPage::writtenRows() const
{
    Gateway *gateway = m_controller ? m_controller->gateway() : nullptr;
    const auto writer = gateway ? gateway->usageWriter() : nullptr;
    return writer && writer->path() == m_storePath ? writer->written() : -1;
}

// Reloads when the gateway's writer has stored rows since the last load — unless the person is reading
// (a row selected, or scrolled down), which a reload would pull from under them; showing the page again
// reloads in any case.
void LogsPage::followNewRows(bool always)
{
    const qint64 written = writtenRows();
    if (written < 0 || written == m_seenWritten || !isVisible())
        return;
    const bool reading = m_ui->logsTableView->selectionModel()->hasSelection() ||
                         m_ui->logsTableView->verticalScrollBar()->value() > 0;
    if (reading && !always)
        return;
    m_seenWritten = written;
    m_model->reload();
}

void LogsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followNewRows(true);
}

void LogsPage::showFilter(const Usage::RowFilter &filter)
{
    const QSignalBlocker blockTime(m_ui->timeComboBox), blockApp(m_ui->appComboBox),
        blockRoute(m_ui->routeComboBox), blockProvider(m_ui->providerComboBox),
        blockModel(m_ui->modelFilterComboBox), blockStatus(m_ui->statusComboBox),
        blockCached(m_ui->cachedCheckBox);
    int time = m_ui->timeComboBox->findData(kCustomRange);
    if (filter.fromMs > 0 || filter.toMs > 0) {
        m_customFromMs = filter.fromMs;
        m_customToMs = filter.toMs;
        const QString label =
            tr("%1 – %2").arg(filter.fromMs > 0 ? UsageLogModel::formatTime(filter.fromMs) : QString(),
                              filter.toMs > 0 ? UsageLogModel::formatTime(filter.toMs) : QString());
        if (time < 0) {
            m_ui->timeComboBox->addItem(label, kCustomRange);
            time = m_ui->timeComboBox->count() - 1;
        }
        m_ui->timeComboBox->setItemText(time, label);
    } else {
        time = m_ui->timeComboBox->findData(qint64(0)); // all time
    }
    m_ui->timeComboBox->setCurrentIndex(time);
    // A value the config no longer names (a removed provider) is still one to filter by.
    for (const auto &[box, value] :
         {std::pair{m_ui->appComboBox, filter.app}, std::pair{m_ui->routeComboBox, filter.route},
          std::pair{m_ui->providerComboBox, filter.provider},
          std::pair{m_ui->modelFilterComboBox, filter.model}}) {
        if (!value.isEmpty() && box->findData(value) < 0)
            box->addItem(value, value);
        box->setCurrentIndex(qMax(0, box->findData(value)));
    }
    m_ui->statusComboBox->setCurrentIndex(qMax(0, m_ui->statusComboBox->findData(int(filter.status))));
    m_ui->cachedCheckBox->setChecked(filter.cachedOnly);
    applyFilters();
}

void LogsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export requests"), QDir::home().filePath(QStringLiteral("switchyard-requests.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void LogsPage::exportCsv(const QString &path)
{
    m_ui->exportCsvButton->setEnabled(false);
    m_exportMessage = tr("Exporting to %1…").arg(QDir::toNativeSeparators(path));
    updateStatus();
    m_model->exportCsv(path);
}

void LogsPage::updateStatus()
{
    const bool loading = m_model->isLoading() || m_model->isExporting();
    m_ui->loadingProgressBar->setVisible(loading);
    QString status;
    if (!m_loadError.isEmpty())
        status = m_loadError;
    else if (m_model->storePath().isEmpty())
        status = tr("No usage database: turn on usage storage in Settings to see requests here.");
    else if (m_model->isLoading())
        status = tr("Loading…");
    else
        status = tr("Requests shown: %L1.").arg(m_model->rowCount()) +
                 (m_model->canFetchMore({}) ? QString(QLatin1Char(' ') + tr("Scroll for more.")) : QString());
    if (!m_exportMessage.isEmpty())
        status += QLatin1Char(' ') + m_exportMessage;
    m_ui->logsStatusLabel->setText(status);
}

void LogsPage::showDetails()
{
    const QModelIndex current = m_ui->logsTableView->selectionModel()->currentIndex();
    const QList<QLabel *> values{
        m_ui->requestIdValueLabel, m_ui->timeValueLabel,         m_ui->endpointValueLabel,
        m_ui->routingValueLabel,   m_ui->statusDetailValueLabel, m_ui->attemptsValueLabel,
        m_ui->tokensValueLabel,    m_ui->costValueLabel,         m_ui->timingValueLabel,
        m_ui->bytesValueLabel,     m_ui->cacheValueLabel,        m_ui->tagsValueLabel};
    m_ui->detailGroupBox->setEnabled(current.isValid());
    m_ui->logsBodiesPlainTextEdit->clear();
    if (!current.isValid()) {
        for (QLabel *label : values)
            label->clear();
        return;
    }
    const QJsonObject row = m_model->row(current.row());
    m_ui->logsBodiesPlainTextEdit->setPlaceholderText(tr("Loading…"));
    m_model->fetchBodies(text(row, "requestId").toLatin1());
    const qint64 startedAt = number(row, "startedAt");
    m_ui->requestIdValueLabel->setText(text(row, "requestId"));
    m_ui->timeValueLabel->setText(
        UsageLogModel::formatTime(startedAt) + QStringLiteral(" (") +
        QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC).toString(Qt::ISODateWithMs) + QLatin1Char(')'));
    m_ui->endpointValueLabel->setText(tr("%1, %2 dialect%3")
                                          .arg(orDash(text(row, "endpoint")), orDash(text(row, "dialect")),
                                               number(row, "stream") ? tr(", streamed") : QString()));
    const QString target = text(row, "provider").isEmpty()
                               ? QStringLiteral("—")
                               : QString(text(row, "provider") + QLatin1Char('/') + text(row, "model"));
    m_ui->routingValueLabel->setText(tr("%1 → %2 → %3%4")
                                         .arg(orDash(text(row, "requestedModel")), orDash(text(row, "route")),
                                              target,
                                              number(row, "translated") ? tr(" (translated)") : QString()));
    m_ui->statusDetailValueLabel->setText(
        text(row, "errorCode").isEmpty()
            ? QString::number(number(row, "status"))
            : tr("%1, %2").arg(number(row, "status")).arg(text(row, "errorCode")));
    QStringList attempts;
    const QJsonArray list = row.value(QLatin1StringView("attempts")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject a = list[i].toObject();
        const QString error = a.value(QLatin1StringView("error")).toString();
        const int status = a.value(QLatin1StringView("status")).toInt();
        attempts << tr("%1. %2/%3: %4%5, %6 ms")
                        .arg(i + 1)
                        .arg(a.value(QLatin1StringView("provider")).toString(),
                             a.value(QLatin1StringView("model")).toString(),
                             status ? QString::number(status) : tr("no response"),
                             error.isEmpty() ? QString() : QString(QStringLiteral(" ") + error))
                        .arg(a.value(QLatin1StringView("latencyMs")).toInteger());
    }
    m_ui->attemptsValueLabel->setText(attempts.isEmpty() ? tr("none (not sent upstream)")
                                                         : attempts.join(QLatin1Char('\n')));
    const QString tokens = tr("%1 in (%2 cached read, %3 cache write), %4 out (%5 reasoning)")
                               .arg(number(row, "inputTokens"))
                               .arg(number(row, "cachedReadTokens"))
                               .arg(number(row, "cacheWriteTokens"))
                               .arg(number(row, "outputTokens"))
                               .arg(number(row, "reasoningTokens"));
    m_ui->tokensValueLabel->setText(!number(row, "usageKnown") ? tr("not reported")
                                    : number(row, "usageEstimated")
                                        ? QString(tokens + QLatin1Char(' ') + tr("(estimated)"))
                                        : tokens);
    m_ui->costValueLabel->setText(UsageLogModel::formatCost(row.value(QLatin1StringView("costMicros"))));
    const qint64 firstByte = number(row, "firstByteMs");
    m_ui->timingValueLabel->setText(
        firstByte >= 0
            ? tr("%1 ms total, first byte after %2 ms").arg(number(row, "latencyMs")).arg(firstByte)
            : tr("%1 ms total").arg(number(row, "latencyMs")));
    m_ui->bytesValueLabel->setText(tr("%1 in, %2 out")
                                       .arg(QLocale().formattedDataSize(number(row, "bytesIn")),
                                            QLocale().formattedDataSize(number(row, "bytesOut"))));
    m_ui->cacheValueLabel->setText(
        number(row, "cacheHit")
            ? tr("Hit, saved %1").arg(UsageLogModel::formatCost(row.value(QLatin1StringView("savedMicros"))))
            : tr("Miss"));
    m_ui->tagsValueLabel->setText(orDash(text(row, "tags")));
}

// The bodies come from the store off the GUI thread; shown if the request is still the one selected.
void LogsPage::showBodies(const QByteArray &requestId, bool found, const QByteArray &request,
                          const QByteArray &response, const QByteArray &requestHeaders,
                          const QByteArray &upstreamHeaders)
{
    const QModelIndex current = m_ui->logsTableView->selectionModel()->currentIndex();
    if (!current.isValid() || text(m_model->row(current.row()), "requestId").toLatin1() != requestId)
        return;
    if (!found) {
        m_ui->logsBodiesPlainTextEdit->clear();
        m_ui->logsBodiesPlainTextEdit->setPlaceholderText(
            tr("No bodies were kept for this request: body logging is off (it can be turned on in Settings; "
               "secrets are redacted)."));
        return;
    }
    // A JSON request reads better indented; a stream stays as it was sent.
    const QJsonDocument json = QJsonDocument::fromJson(request);
    const QString shownRequest =
        json.isNull() ? QString::fromUtf8(request) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    QString text = tr("Request headers (credentials redacted):\n%1\n\nRequest:\n%2\n\n")
                       .arg(QString::fromUtf8(requestHeaders).trimmed(), shownRequest.trimmed());
    if (!upstreamHeaders.isEmpty())
        text +=
            tr("The provider's response headers:\n%1\n\n").arg(QString::fromUtf8(upstreamHeaders).trimmed());
    text += tr("Response:\n%1").arg(QString::fromUtf8(response).trimmed());
    m_ui->logsBodiesPlainTextEdit->setPlainText(text);
}

} // namespace Switchyard::Gui
