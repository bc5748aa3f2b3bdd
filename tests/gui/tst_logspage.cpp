// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs page driven through its real widgets (offscreen) on a seeded usage store: lazy loading a
// page at a time, every filter giving exactly the rows it should, the detail pane of the selected
// request, and the CSV export of what the filters match.

#include "appcontroller.h"
#include "config/accesstokens.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "logspage.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"
#include "usagelogmodel.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchyard;

namespace {

constexpr int kRows = 3000;

// Row i (0 = the newest) started i minutes and 30 s ago: app "vscode" when i % 3 == 0, a 502 when
// i % 10 == 0, a cache hit when i % 7 == 0, unpriced when i % 4 == 0, else it cost i × 1000 µ$.
bool seed(const QString &path, qint64 now)
{
    Usage::UsageStore store;
    QString error;
    if (!store.open(path, &error))
        return false;
    QList<Usage::UsageRecord> records;
    QList<std::optional<qint64>> costs;
    for (int i = 0; i < kRows; ++i) {
        Usage::UsageRecord r;
        r.requestId = "req_" + QByteArray::number(i);
        r.startedAtMs = now - 30'000 - qint64(i) * 60'000;
        r.app = i % 3 == 0 ? QStringLiteral("vscode") : QStringLiteral("scripts");
        r.endpoint = QStringLiteral("chat");
        r.dialect = QStringLiteral("openai-chat");
        r.requestedModel = QStringLiteral("smart");
        r.route = QStringLiteral("smart");
        r.provider = QStringLiteral("openai");
        r.providerKind = QStringLiteral("openai");
        r.model = QStringLiteral("gpt-4o");
        r.status = i % 10 == 0 ? 502 : 200;
        r.errorCode = i % 10 == 0 ? QStringLiteral("upstream_error") : QString();
        r.cacheHit = i % 7 == 0;
        r.savedMicros = r.cacheHit ? 2500 : 0;
        r.usage.inputTokens = 100 + i;
        r.usage.outputTokens = 20;
        r.usage.known = true;
        r.latencyMs = 120;
        r.firstByteMs = 45;
        r.tags = i == 2 ? QStringLiteral("a,\"b\"") : QString();
        r.attempts.append(Usage::Attempt{r.provider, r.model, r.status, r.errorCode, r.latencyMs});
        if (i == 1) { // the one request logged with its bodies
            r.bodiesLogged = true;
            r.requestBody = R"({"model":"smart","messages":[{"role":"user","content":"hello"}]})";
            r.responseBody = R"({"choices":[{"message":{"content":"Hi there"}}]})";
            r.requestHeaders = "Content-Type: application/json\nAuthorization: [redacted]\n";
            r.upstreamHeaders = "x-request-id: req_abc\n";
        }
        records.append(r);
        costs.append(i % 4 == 0 ? std::nullopt : std::optional<qint64>(qint64(i) * 1000));
    }
    return store.insert(records, costs, &error);
}

// Fetches every page of the current filter; the row count, or -1 when a page did not come.
int loadAll(Gui::UsageLogModel *model)
{
    for (;;) {
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 10'000))
            return -1;
        if (!model->canFetchMore({}))
            return model->rowCount();
        model->fetchMore({});
    }
}

} // namespace

class TestLogsPage final : public QObject
{
    Q_OBJECT

private:
    static void choose(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void browseFilterAndExport()
    {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("usage.sqlite"));
        QVERIFY(seed(storePath, QDateTime::currentMSecsSinceEpoch()));

        Config::Config config = Config::ConfigLoader::embeddedDefault();
        QString error;
        for (const QString &app : {QStringLiteral("vscode"), QStringLiteral("scripts")})
            QVERIFY2(Config::AccessTokens::create(config, app, {}, &error), qPrintable(error));
        Gateway gateway; // not started: the page gets its store from setStorePath
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(config);
        Gui::LogsPage page(&controller);
        Gui::UsageLogModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *status = child<QLabel>(page, "logsStatusLabel");
        auto *progress = child<QProgressBar>(page, "loadingProgressBar");
        auto *table = child<QTableView>(page, "logsTableView");
        QCOMPARE(model->rowCount(), 0);

        // The first page, then one more on demand; "Loading…" while one is on its way.
        QSignalSpy loading(model, &Gui::UsageLogModel::loadingChanged);
        page.setStorePath(storePath);
        QVERIFY(model->isLoading());
        QCOMPARE(status->text(), QStringLiteral("Loading…"));
        QVERIFY(progress->isVisible());
        QTRY_COMPARE(model->rowCount(), Gui::UsageLogModel::kPageSize);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(!progress->isVisible());
        QVERIFY(loading.count() >= 2);
        QVERIFY(model->canFetchMore({}));
        QVERIFY2(status->text().startsWith(QLatin1String("Requests shown: 200. Scroll for more.")),
                 qPrintable(status->text()));
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 2 * Gui::UsageLogModel::kPageSize);
        QCOMPARE(loadAll(model), kRows);
        QCOMPARE(model->index(0, Gui::UsageLogModel::AppColumn).data().toString(), QStringLiteral("vscode"));

        // Each filter reloads from the top and gives exactly the rows it should.
        auto *app = child<QComboBox>(page, "appComboBox");
        auto *statusFilter = child<QComboBox>(page, "statusComboBox");
        auto *cached = child<QCheckBox>(page, "cachedCheckBox");
        auto *time = child<QComboBox>(page, "timeComboBox");
        QCOMPARE(app->itemText(0), QStringLiteral("All"));
        choose(app, QStringLiteral("vscode"));
        QVERIFY(model->rowCount() <= Gui::UsageLogModel::kPageSize);
        QCOMPARE(loadAll(model), 1000);
        statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("Errors")));
        QCOMPARE(loadAll(model), 100); // i % 30 == 0
        choose(app, QString());
        QCOMPARE(loadAll(model), 300);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, Gui::UsageLogModel::StatusColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("502")));
        statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("Succeeded")));
        QCOMPARE(loadAll(model), 2700);
        statusFilter->setCurrentIndex(0);
        cached->setChecked(true);
        QCOMPARE(loadAll(model), 429); // i % 7 == 0 for i < 3000
        cached->setChecked(false);
        time->setCurrentIndex(time->findText(QStringLiteral("Last 24 hours")));
        QCOMPARE(loadAll(model), 1440);
        time->setCurrentIndex(time->findText(QStringLiteral("Last hour")));
        QCOMPARE(loadAll(model), 60);
        time->setCurrentIndex(time->findText(QStringLiteral("All time")));
        QCOMPARE(loadAll(model), kRows);

        // The newest request: an unpriced failed cache hit, shown as such — never "$0".
        table->setCurrentIndex(model->index(0, 0));
        QCOMPARE(model->index(0, Gui::UsageLogModel::CostColumn).data().toString(),
                 QStringLiteral("unpriced"));
        QCOMPARE(child<QLabel>(page, "requestIdValueLabel")->text(), QStringLiteral("req_0"));
        QCOMPARE(child<QLabel>(page, "costValueLabel")->text(), QStringLiteral("unpriced"));
        QCOMPARE(child<QLabel>(page, "statusDetailValueLabel")->text(),
                 QStringLiteral("502, upstream_error"));
        QCOMPARE(child<QLabel>(page, "attemptsValueLabel")->text(),
                 QStringLiteral("1. openai/gpt-4o: 502 upstream_error, 120 ms"));
        QCOMPARE(child<QLabel>(page, "routingValueLabel")->text(),
                 QStringLiteral("smart → smart → openai/gpt-4o"));
        QCOMPARE(child<QLabel>(page, "tokensValueLabel")->text(),
                 QStringLiteral("100 in (0 cached read, 0 cache write), 20 out (0 reasoning)"));
        QCOMPARE(child<QLabel>(page, "timingValueLabel")->text(),
                 QStringLiteral("120 ms total, first byte after 45 ms"));
        QCOMPARE(child<QLabel>(page, "cacheValueLabel")->text(), QStringLiteral("Hit, saved $0.002500"));
        // A priced one.
        table->setCurrentIndex(model->index(1, 0));
        QCOMPARE(child<QLabel>(page, "requestIdValueLabel")->text(), QStringLiteral("req_1"));
        QCOMPARE(child<QLabel>(page, "costValueLabel")->text(), QStringLiteral("$0.001000"));
        QCOMPARE(model->index(1, Gui::UsageLogModel::CostColumn).data().toString(),
                 QStringLiteral("$0.001000"));
        QCOMPARE(child<QLabel>(page, "cacheValueLabel")->text(), QStringLiteral("Miss"));
        QCOMPARE(model->index(1, Gui::UsageLogModel::TokensColumn).data().toString(),
                 QStringLiteral("101 / 20"));

        // Export: every matching row (not only the loaded ones), one CRLF-terminated line each plus the
        // header, fields quoted per RFC 4180.
        QSignalSpy exported(model, &Gui::UsageLogModel::exportFinished);
        const QString all = dir.filePath(QStringLiteral("all.csv"));
        page.exportCsv(all);
        QVERIFY(!child<QPushButton>(page, "exportCsvButton")->isEnabled());
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toLongLong(), kRows);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(child<QPushButton>(page, "exportCsvButton")->isEnabled());
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        file.close();
        QCOMPARE(csv.count("\r\n"), kRows + 1);
        QVERIFY(csv.startsWith("request_id,started_at,app,"));
        QVERIFY(csv.contains(",\"a,\"\"b\"\"\"\r\n"));
        // Row 0 is unpriced: an empty cost, not 0; row 1 cost $0.001.
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY2(lines[1].startsWith("req_0,"), lines[1].constData());
        QVERIFY2(lines[1].contains(",502,upstream_error,0,1,100,20,0,0,0,0,,0.002500,120,45,"),
                 lines[1].constData());
        QVERIFY2(lines[2].contains(",200,,0,0,101,20,0,0,0,0,0.001000,0.000000,120,45,"),
                 lines[2].constData());

        statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("Errors")));
        const QString errors = dir.filePath(QStringLiteral("errors.csv"));
        page.exportCsv(errors);
        QTRY_COMPARE(exported.count(), 2);
        QFile errorsFile(errors);
        QVERIFY(errorsFile.open(QIODevice::ReadOnly));
        QCOMPARE(errorsFile.readAll().count("\r\n"), 301);
        QVERIFY2(status->text().contains(QLatin1String("Export finished: 300 rows written.")),
                 qPrintable(status->text()));
    }

    void csvEscaping_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("gpt-4o") << QStringLiteral("gpt-4o");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    }

    void csvEscaping()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(Gui::UsageLogWorker::csvField(field), expected);
    }

    // The detail pane shows what body logging kept, read off the GUI thread, and says when nothing was.
    void bodiesInTheDetailPane()
    {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("usage.sqlite"));
        QVERIFY(seed(storePath, QDateTime::currentMSecsSinceEpoch()));
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(Config::ConfigLoader::embeddedDefault());
        Gui::LogsPage page(&controller);
        page.setStorePath(storePath);
        QTRY_COMPARE(page.model()->rowCount(), Gui::UsageLogModel::kPageSize);
        auto *table = child<QTableView>(page, "logsTableView");
        auto *bodies = child<QPlainTextEdit>(page, "logsBodiesPlainTextEdit");
        table->setCurrentIndex(page.model()->index(1, 0));
        QTRY_VERIFY(bodies->toPlainText().startsWith(
            QLatin1String("Request headers (credentials redacted):\nContent-Type: "
                          "application/json\nAuthorization: [redacted]\n\n"
                          "Request:\n{")));
        QVERIFY(bodies->toPlainText().contains(
            QLatin1String("The provider's response headers:\nx-request-id: req_abc\n\nResponse:\n")));
        QVERIFY2(bodies->toPlainText().contains(QLatin1String("\"content\": \"hello\"")),
                 qPrintable(bodies->toPlainText())); // indented for reading
        QVERIFY(bodies->toPlainText().endsWith(
            QLatin1String("Response:\n{\"choices\":[{\"message\":{\"content\":\"Hi there\"}}]}")));
        table->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(bodies->toPlainText().isEmpty());
        QTRY_VERIFY(bodies->placeholderText().contains(QLatin1String("body logging is off")));
    }

    // Requests served while the page is open show up on their own — unless a row is selected (the person
    // is reading it); showing the page again brings them in.
    void newRequestsShowUp()
    {
        qputenv("SY_LOGS_KEY", "sk-logs");
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        QStringList errors;
        const std::optional<Config::Config> config =
            Config::ConfigLoader::fromJson(upstream.switchyardConfig("oa", "SY_LOGS_KEY"), &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.enableUsageStore(dir.filePath(QStringLiteral("usage.sqlite")), 90, &error),
                 qPrintable(error));
        QVERIFY2(gateway.start(*config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(*config);
        Gui::LogsPage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto chat = [&] {
            TestClient client(gateway.port());
            return client.connect()
                       ? client
                             .roundTrip(TestClient::post(
                                 "/v1/chat/completions",
                                 "{\"model\":\"oa/m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                                 QByteArray()))
                             .status
                       : 0;
        };
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(chat(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 8000);

        auto *table = child<QTableView>(page, "logsTableView");
        table->selectRow(0);
        QCOMPARE(chat(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.usageWriter()->written(), 2, 5000);
        QTest::qWait(2500); // a follow-up tick passes: the row being read stays put
        QCOMPARE(page.model()->rowCount(), 1);
        page.hide();
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 5000);
        gateway.shutdown(1000);
    }

    void noStoreSaysSo()
    {
        Gui::LogsPage page(nullptr);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.model()->canFetchMore({}));
        QVERIFY(
            child<QLabel>(page, "logsStatusLabel")->text().startsWith(QLatin1String("No usage database")));
    }

    void unreadableStoreSaysSo()
    {
        QTemporaryDir dir;
        Gui::LogsPage page(nullptr);
        page.setStorePath(dir.filePath(QStringLiteral("missing/dir/usage.sqlite")));
        QTRY_VERIFY(!page.model()->isLoading());
        QVERIFY2(child<QLabel>(page, "logsStatusLabel")->text().startsWith(QLatin1String("Could not read")),
                 qPrintable(child<QLabel>(page, "logsStatusLabel")->text()));
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
