// SPDX-License-Identifier: GPL-3.0-or-later
// The Routes page driven through its real widgets (offscreen) in the main window, against a running
// Gateway and a fake upstream provider: a route built by drag and drop onto the graph (real drop
// events on the view, as a user's drag delivers them) and by the form, applied, and served by the
// expected target; invalid states marked on their nodes and refused at Apply with the reason; undo
// and redo giving back the exact drafts; applied versions listed and one restored.

#include "appcontroller.h"
#include "config/confighistory.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "routegraph.h"
#include "routegraphdrag.h"
#include "routepalettemodel.h"
#include "routespage.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Switchyard;
using Gui::RouteGraphView;
using namespace RouteGraphDrag;

namespace {

// Two OpenAI-style providers on the fake upstream, and one with the Anthropic preset (never called:
// it is there for the model catalog check).
QByteArray configJson(const QByteArray &origin)
{
    QByteArray json = R"({
      "version": 1,
      "server": {"host": "127.0.0.1", "port": 0, "requireToken": false, "workers": 1},
      "providers": [
        {"id": "alpha", "kind": "openai", "baseUrl": "@ORIGIN@/v1", "apiKeyEnv": "SY_ROUTES_KEY"},
        {"id": "beta", "kind": "openai", "baseUrl": "@ORIGIN@/v1", "apiKeyEnv": "SY_ROUTES_KEY"},
        {"id": "claude", "preset": "anthropic", "apiKeyEnv": "SY_ROUTES_KEY"}
      ],
      "routes": [
        {"name": "default", "targets": [{"provider": "alpha", "model": "first-choice"},
                                        {"provider": "beta", "model": "second-choice"}]}
      ],
      "rules": [{"name": "long prompts", "when": {"promptTokens": {"min": 100000}}, "then": {"route": "default"}}]
    })";
    return json.replace("@ORIGIN@", origin);
}

QStringList targetsOf(const Gui::RouteDraft &draft, const QString &route)
{
    QStringList out;
    for (const Config::Route &r : draft.routes) {
        if (r.name != route)
            continue;
        for (const Config::RouteTarget &t : r.targets)
            out << (t.route.isEmpty() ? QString(t.provider + QLatin1Char('/') + t.model)
                                      : QStringLiteral("route:") + t.route);
    }
    return out;
}

const Config::Route *routeOf(const Gui::RouteDraft &draft, const QString &name)
{
    for (const Config::Route &r : draft.routes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

Config::RouteTarget nested(const QString &route)
{
    Config::RouteTarget t;
    t.route = route;
    return t;
}

QMimeData *moveDrag(int index)
{
    auto *mime = new QMimeData;
    mime->setData(RouteGraphView::kMoveMimeType, QByteArray::number(index));
    return mime;
}

} // namespace

class TestRoutesPage final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;

    // One running endpoint with the Routes page open, per test.
    struct Fixture
    {
        QTemporaryDir dir;
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        std::unique_ptr<Config::ConfigHistory> history;
        std::unique_ptr<Gui::AppController> controller;
        std::unique_ptr<Gui::MainWindow> window;
        Gui::RoutesPage *page = nullptr;
        RouteGraphView *graph = nullptr;
        std::unique_ptr<QAbstractItemModelTester> tester;

        template<typename T> T *w(const char *name) { return child<T>(*window, name); }
        void click(const char *button) { QTest::mouseClick(w<QPushButton>(button), Qt::LeftButton); }
        void clickNode(int node)
        {
            QTest::mouseClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, pointOf(graph, node));
        }
        QString message() { return w<QLabel>("routesMessageLabel")->text(); }
        QString problemOf(int node)
        {
            QGraphicsItem *item = graph->nodeItem(node);
            return item ? item->data(RouteGraphView::ProblemKey).toString() : QString();
        }
        QGraphicsItem *strategyNode()
        {
            for (QGraphicsItem *i : graph->scene()->items()) {
                if (i->data(RouteGraphView::KindKey).toString() == QLatin1String("strategy"))
                    return i;
            }
            return nullptr;
        }
        void selectRoute(const QString &name)
        {
            auto *list = w<QListWidget>("routesListWidget");
            const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
            QVERIFY(found.size() == 1);
            list->setCurrentItem(found.first());
            QCOMPARE(page->selection().route, name);
        }
        // Types into an editable combo box as a user does: select all, then the keys.
        void type(const char *combo, const QString &text)
        {
            QLineEdit *edit = w<QComboBox>(combo)->lineEdit();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        }
    };

    std::unique_ptr<Fixture> start()
    {
        auto f = std::make_unique<Fixture>();
        QStringList errors;
        const std::optional<Config::Config> config =
            Config::ConfigLoader::fromJson(configJson(m_upstream.origin()), &errors);
        if (!config)
            qFatal("test config invalid: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        QString error;
        if (!f->gateway.start(*config, &error))
            qFatal("gateway: %s", qPrintable(error));
        f->history =
            std::make_unique<Config::ConfigHistory>(f->dir.filePath(QStringLiteral("config-history")));
        f->controller = std::make_unique<Gui::AppController>(&f->gateway, &f->keys,
                                                             f->dir.filePath(QStringLiteral("config.json")));
        f->controller->setInitialConfig(*config);
        f->controller->setHistory(f->history.get());
        f->window = std::make_unique<Gui::MainWindow>(&f->gateway, f->controller.get());
        f->window->resize(1600, 1000);
        f->window->show();
        if (!QTest::qWaitForWindowExposed(f->window.get()))
            qFatal("window not exposed");
        f->window->activateWindow();
        (void)QTest::qWaitForWindowActive(f->window.get());
        // The sidebar leads to the page.
        auto *sidebar = child<QListWidget>(*f->window, "sidebarListWidget");
        const QList<QListWidgetItem *> routes =
            sidebar->findItems(QStringLiteral("Routes"), Qt::MatchExactly);
        if (routes.size() != 1)
            qFatal("no Routes page in the sidebar");
        sidebar->setCurrentItem(routes.first());
        f->page = f->window->findChild<Gui::RoutesPage *>(QStringLiteral("routesPage"));
        if (!f->page || !f->page->isVisible())
            qFatal("the Routes page is not shown");
        f->graph = f->w<RouteGraphView>("routesGraphView");
        f->tester = std::make_unique<QAbstractItemModelTester>(
            f->page->paletteModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return f;
    }

    TestResponse chat(Fixture &f, const QString &model)
    {
        const QJsonObject body{
            {QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("Hello")}}}}};
        TestClient client(f.gateway.port());
        if (!client.connect())
            return {};
        return client.roundTrip(
            TestClient::post("/v1/chat/completions", QJsonDocument(body).toJson(QJsonDocument::Compact)),
            8000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SY_ROUTES_KEY", "sk-routes-upstream");
        QVERIFY(m_upstream.start());
    }

    void init() { m_upstream.clear(); }

    void objectNamesAreUniqueInTheWindow()
    {
        auto f = start();
        QSet<QString> seen;
        for (const QWidget *w : f->page->findChildren<QWidget *>()) {
            const QString name = w->objectName();
            if (!name.startsWith(QLatin1String("routes")))
                continue;
            QCOMPARE(f->window->findChildren<QWidget *>(name).size(), 1);
            seen.insert(name);
        }
        QVERIFY(seen.contains(QStringLiteral("routesApplyButton")));
        // Every control the user can reach has a name for assistive tools.
        for (const QWidget *w : f->page->findChildren<QWidget *>()) {
            if ((qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
                 qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w)) &&
                w->objectName().startsWith(QLatin1String("routes")))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void buildByDragAndDropAndFormThenServe()
    {
        auto f = start();
        QCOMPARE(f->w<QListWidget>("routesListWidget")->count(), 1);

        // A new route, named in the form.
        f->click("routesAddButton");
        QCOMPARE(f->page->selection().route, QStringLiteral("new-route"));
        auto *name = f->w<QLineEdit>("routesNameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("split"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(f->page->selection().route, QStringLiteral("split"));
        QVERIFY(routeOf(f->page->draft(), QStringLiteral("split")));
        QVERIFY(!routeOf(f->page->draft(), QStringLiteral("new-route")));
        QVERIFY(f->problemOf(-1).isEmpty()); // the entry node; the strategy node says "no targets"
        QVERIFY(f->strategyNode()
                    ->data(RouteGraphView::ProblemKey)
                    .toString()
                    .contains(QLatin1String("no targets")));

        // Models dragged from the palette onto the graph: the first into the empty graph, the second
        // dropped on the upper half of the first, so it goes before it.
        Gui::RoutePaletteModel *palette = f->page->paletteModel();
        QVERIFY(drop(f->graph,
                     paletteDrag(palette, model(QStringLiteral("beta"), QStringLiteral("second-choice"))),
                     pointOf(f->graph, 0), Qt::CopyAction));
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("split")),
                 QStringList{QStringLiteral("beta/second-choice")});
        QVERIFY(drop(f->graph,
                     paletteDrag(palette, model(QStringLiteral("alpha"), QStringLiteral("first-choice"))),
                     aboveTheMiddleOf(f->graph, 0), Qt::CopyAction));
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("split")),
                 (QStringList{QStringLiteral("alpha/first-choice"), QStringLiteral("beta/second-choice")}));
        // The dropped target is selected, and the form beside the graph edits it.
        QCOMPARE(f->page->selection().node, 0);
        QCOMPARE(f->w<QStackedWidget>("routesFormStackedWidget")->currentWidget()->objectName(),
                 QStringLiteral("routesTargetFormPage"));
        QCOMPARE(f->w<QComboBox>("routesTargetModelComboBox")->currentText(), QStringLiteral("first-choice"));
        // Each target shows its health, latency and price (unpriced: the catalog does not know these).
        const QString tip = f->graph->nodeItem(0)->toolTip();
        QVERIFY2(tip.contains(QLatin1String("no requests yet")) && tip.contains(QLatin1String("unpriced")),
                 qPrintable(tip));

        // Reordered by dragging the first target below the second.
        QVERIFY(drop(f->graph, moveDrag(0), pointOf(f->graph, 2), Qt::MoveAction));
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("split")),
                 (QStringList{QStringLiteral("beta/second-choice"), QStringLiteral("alpha/first-choice")}));

        // The form: click the first target on the graph, type another model (one undo step however
        // many keys), and give the second target a total timeout.
        f->clickNode(0);
        QCOMPARE(f->page->selection().node, 0);
        const int steps = f->page->undoStack()->count();
        f->type("routesTargetModelComboBox", QStringLiteral("fail-500"));
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("split")).first(),
                 QStringLiteral("beta/fail-500"));
        QCOMPARE(f->page->undoStack()->count(), steps + 1);
        f->clickNode(1);
        QCOMPARE(f->page->selection().node, 1);
        f->w<QSpinBox>("routesTargetTotalSpinBox")->setValue(5000);
        f->w<QSpinBox>("routesTargetRpmSpinBox")->setValue(600);
        QCOMPARE(routeOf(f->page->draft(), QStringLiteral("split"))->targets[1].timeouts.totalMs, 5000);
        QCOMPARE(routeOf(f->page->draft(), QStringLiteral("split"))->targets[1].requestsPerMinute, 600);

        // The strategy, from its list with its explanation; weights on sliders show their shares.
        f->clickNode(-1);
        QCOMPARE(f->w<QStackedWidget>("routesFormStackedWidget")->currentWidget()->objectName(),
                 QStringLiteral("routesRouteFormPage"));
        auto *strategy = f->w<QComboBox>("routesStrategyComboBox");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("weighted")));
        QVERIFY(f->w<QLabel>("routesStrategyHelpLabel")->text().contains(QLatin1String("by weight")));
        QVERIFY(f->w<QGroupBox>("routesWeightsGroupBox")->isVisible());
        f->w<QSlider>("routesWeight0Slider")->setValue(3);
        QCOMPARE(f->w<QLabel>("routesWeight0PercentLabel")->text(), QStringLiteral("75%"));
        QCOMPARE(f->w<QLabel>("routesWeight1PercentLabel")->text(), QStringLiteral("25%"));
        QVERIFY2(f->graph->nodeItem(0)->toolTip().contains(QLatin1String("75%")),
                 qPrintable(f->graph->nodeItem(0)->toolTip()));
        // Back to fallback, so which target answers is certain: the first fails (500), the second takes it.
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("fallback")));
        QVERIFY(!f->w<QGroupBox>("routesWeightsGroupBox")->isVisible());

        // Nothing served yet: the draft is only a draft.
        QCOMPARE(chat(*f, QStringLiteral("split")).status, 404);

        f->click("routesApplyButton");
        QVERIFY2(f->message().startsWith(QLatin1String("Applied")), qPrintable(f->message()));
        const Config::Route *served = f->controller->config().route(QStringLiteral("split"));
        QVERIFY(served);
        QCOMPARE(*served, *routeOf(f->page->draft(), QStringLiteral("split")));
        QCOMPARE(served->targets[1].timeouts.totalMs, 5000);

        const TestResponse r = chat(*f, QStringLiteral("split"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-route"), QByteArray("split"));
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("alpha"));
        QVERIFY2(r.body.contains("Hello from first-choice!"), r.body.constData());
        QStringList asked;
        for (const FakeUpstream::Request &req : m_upstream.requests())
            asked << QJsonDocument::fromJson(req.body).object().value(QLatin1String("model")).toString();
        QCOMPARE(asked, (QStringList{QStringLiteral("fail-500"), QStringLiteral("first-choice")}));

        // The graph follows the traffic: the failed target's health, the other's p50 latency.
        QTRY_VERIFY_WITH_TIMEOUT(
            f->graph->nodeItem(0)->toolTip().contains(QLatin1String("failing: 1 failure")), 5000);
        QVERIFY2(f->graph->nodeItem(1)->toolTip().contains(QLatin1String("p50 ")) &&
                     f->graph->nodeItem(1)->toolTip().contains(QLatin1String("(1 request")),
                 qPrintable(f->graph->nodeItem(1)->toolTip()));

        // Applied means versioned: the config it replaced and the new one.
        QCOMPARE(f->w<QListWidget>("routesVersionsListWidget")->count(), 2);
        QVERIFY(f->w<QListWidget>("routesVersionsListWidget")
                    ->item(0)
                    ->text()
                    .contains(QLatin1String("added 'split'")));
        QVERIFY(!f->w<QPushButton>("routesApplyButton")->isEnabled());
    }

    void invalidStatesAreMarkedAndRefused()
    {
        auto f = start();
        const Config::Config before = f->controller->config();
        f->selectRoute(QStringLiteral("default"));
        // The rule that sends long prompts here is drawn in front of the entry.
        bool ruleShown = false;
        for (QGraphicsItem *i : f->graph->scene()->items())
            ruleShown = ruleShown || i->data(RouteGraphView::KindKey).toString() == QLatin1String("rule");
        QVERIFY(ruleShown);

        // An unknown provider, typed into the form: marked on the node, Apply refused with the reason.
        f->clickNode(0);
        f->type("routesTargetProviderComboBox", QStringLiteral("nosuch"));
        QVERIFY2(f->problemOf(0).contains(QLatin1String("unknown provider 'nosuch'")),
                 qPrintable(f->problemOf(0)));
        QVERIFY(f->graph->nodeItem(0)->toolTip().contains(QLatin1String("unknown provider 'nosuch'")));
        QVERIFY(f->w<QLabel>("routesTargetIssuesLabel")->text().contains(QLatin1String("unknown provider")));
        f->click("routesApplyButton");
        QVERIFY2(f->message().contains(QLatin1String(
                     "Route 'default', target 1 (nosuch/first-choice): unknown provider 'nosuch'")),
                 qPrintable(f->message()));
        QVERIFY(!f->w<QPushButton>("routesApplyAnywayButton")->isVisible());
        QCOMPARE(f->controller->config(), before);
        f->click("routesUndoButton");
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("default")).first(),
                 QStringLiteral("alpha/first-choice"));
        QVERIFY(f->problemOf(0).isEmpty());

        // A weighted route whose weights are all 0.
        f->clickNode(-1);
        auto *strategy = f->w<QComboBox>("routesStrategyComboBox");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("weighted")));
        f->w<QSlider>("routesWeight0Slider")->setValue(0);
        f->w<QSlider>("routesWeight1Slider")->setValue(0);
        QVERIFY(f->strategyNode()
                    ->data(RouteGraphView::ProblemKey)
                    .toString()
                    .contains(QLatin1String("every weight is 0")));
        f->click("routesApplyButton");
        QVERIFY2(f->message().contains(QLatin1String("Route 'default' is weighted, but every weight is 0")),
                 qPrintable(f->message()));
        QCOMPARE(f->controller->config(), before);
        f->click("routesRevertButton");
        QCOMPARE(f->page->draft(), Gui::RouteDraft::of(before));

        // A cycle through nested routes, built by dragging routes from the palette.
        f->click("routesAddButton"); // new-route
        f->click("routesAddButton"); // new-route-2
        f->selectRoute(QStringLiteral("new-route"));
        QVERIFY(drop(f->graph, paletteDrag(f->page->paletteModel(), nested(QStringLiteral("new-route-2"))),
                     pointOf(f->graph, 0), Qt::CopyAction));
        f->selectRoute(QStringLiteral("new-route-2"));
        QVERIFY(drop(f->graph, paletteDrag(f->page->paletteModel(), nested(QStringLiteral("new-route"))),
                     pointOf(f->graph, 0), Qt::CopyAction));
        QVERIFY2(f->problemOf(0).contains(QStringLiteral("cycle: new-route-2 → new-route → new-route-2")),
                 qPrintable(f->problemOf(0)));
        // The nested box draws the loop back too.
        bool loopDrawn = false;
        for (QGraphicsItem *i : f->graph->nodeItem(0)->childItems())
            loopDrawn =
                loopDrawn || i->data(RouteGraphView::KindKey).toString() == QLatin1String("nested-target");
        QVERIFY(loopDrawn);
        f->click("routesApplyButton");
        QVERIFY2(f->message().contains(QLatin1String("nested routes form a cycle")),
                 qPrintable(f->message()));
        QCOMPARE(f->controller->config(), before);
        f->click("routesRevertButton");

        // A model the catalog knows the provider does not offer: refused, and the user may insist.
        f->selectRoute(QStringLiteral("default"));
        f->clickNode(1);
        f->type("routesTargetProviderComboBox", QStringLiteral("claude"));
        f->type("routesTargetModelComboBox", QStringLiteral("claude-sonnet-4-5"));
        QVERIFY2(f->problemOf(1).isEmpty(), qPrintable(f->problemOf(1)));
        QVERIFY(f->w<QLabel>("routesTargetCatalogLabel")
                    ->text()
                    .startsWith(QLatin1String("listed for anthropic")));
        f->type("routesTargetModelComboBox", QStringLiteral("gpt-4o"));
        QVERIFY2(f->problemOf(1).contains(QLatin1String("does not offer 'gpt-4o'")),
                 qPrintable(f->problemOf(1)));
        // Where the catalog does not know the provider's models, it says so and flags nothing.
        f->clickNode(0);
        QVERIFY(f->w<QLabel>("routesTargetCatalogLabel")->text().startsWith(QLatin1String("unknown")));
        QVERIFY(f->problemOf(0).isEmpty());
        f->click("routesApplyButton");
        QVERIFY2(f->message().contains(QLatin1String("does not offer 'gpt-4o'")), qPrintable(f->message()));
        QCOMPARE(f->controller->config(), before);
        QVERIFY(f->w<QPushButton>("routesApplyAnywayButton")->isVisible());
        f->click("routesApplyAnywayButton");
        QVERIFY2(f->message().startsWith(QLatin1String("Applied")), qPrintable(f->message()));
        QCOMPARE(f->controller->config().route(QStringLiteral("default"))->targets[1].model,
                 QStringLiteral("gpt-4o"));

        // What only the config loader refuses comes back in its words.
        f->clickNode(-1);
        auto *name = f->w<QLineEdit>("routesNameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("has/slash"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(f->page->selection().route, QStringLiteral("has/slash"));
        const Config::Config applied = f->controller->config();
        f->click("routesApplyButton");
        QVERIFY2(f->message().contains(QLatin1String("$.routes[0].name: may hold only letters")),
                 qPrintable(f->message()));
        QCOMPARE(f->controller->config(), applied);
    }

    void undoRedoRestoreExactDrafts()
    {
        auto f = start();
        QList<Gui::RouteDraft> drafts{f->page->draft()};
        QList<Gui::RoutesPage::Selection> selections{f->page->selection()};
        const auto step = [&] {
            QVERIFY(f->page->draft() != drafts.last());
            drafts << f->page->draft();
            selections << f->page->selection();
        };
        f->click("routesAddButton");
        step();
        auto *name = f->w<QLineEdit>("routesNameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("mixed"));
        QTest::keyClick(name, Qt::Key_Return);
        step();
        QVERIFY(drop(f->graph,
                     paletteDrag(f->page->paletteModel(),
                                 model(QStringLiteral("alpha"), QStringLiteral("first-choice"))),
                     pointOf(f->graph, 0), Qt::CopyAction));
        step();
        QVERIFY(drop(f->graph, paletteDrag(f->page->paletteModel(), nested(QStringLiteral("default"))),
                     pointOf(f->graph, 1), Qt::CopyAction));
        step();
        QVERIFY(drop(f->graph, moveDrag(1), aboveTheMiddleOf(f->graph, 0), Qt::MoveAction));
        step();
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("mixed")),
                 (QStringList{QStringLiteral("route:default"), QStringLiteral("alpha/first-choice")}));
        f->clickNode(1);
        f->w<QSpinBox>("routesTargetWeightSpinBox")->setValue(7);
        step();
        f->w<QSpinBox>("routesTargetMaxConcurrentSpinBox")->setValue(4);
        step();
        f->clickNode(-1);
        auto *strategy = f->w<QComboBox>("routesStrategyComboBox");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("round-robin")));
        step();
        f->w<QSpinBox>("routesRetryAttemptsSpinBox")->setValue(2);
        step();
        f->w<QDoubleSpinBox>("routesBudgetDailySpinBox")->setValue(1.5);
        step();
        QCOMPARE(routeOf(f->page->draft(), QStringLiteral("mixed"))->budget.dailyMicros, 1'500'000);
        f->clickNode(0);
        QTest::keyClick(f->graph, Qt::Key_Delete);
        step();
        f->click("routesDuplicateButton");
        step();
        QCOMPARE(f->page->selection().route, QStringLiteral("mixed-copy"));
        // A rename of the live route: the rule that sends requests to it would follow at Apply.
        f->selectRoute(QStringLiteral("default"));
        f->w<QListWidget>("routesListWidget")->currentItem()->setText(QStringLiteral("main"));
        step();
        QCOMPARE(f->page->draft().renames.value(QStringLiteral("default")), QStringLiteral("main"));
        QCOMPARE(f->page->draftConfig().rules.first().action.route, QStringLiteral("main"));
        QCOMPARE(targetsOf(f->page->draft(), QStringLiteral("mixed-copy")).first(),
                 QStringLiteral("alpha/first-choice"));
        f->click("routesRemoveButton");
        step();
        QCOMPARE(f->page->undoStack()->count(), drafts.size() - 1);

        // Back through every step: Ctrl+Z from the graph, the button otherwise; each gives the exact
        // draft it had.
        f->graph->setFocus();
        for (qsizetype i = drafts.size() - 2; i >= 0; --i) {
            if (i % 2 == 0)
                QTest::keyClick(f->graph, Qt::Key_Z, Qt::ControlModifier);
            else
                f->click("routesUndoButton");
            QCOMPARE(f->page->draft(), drafts[i]);
            // The selection is the one the undone edit was made with: a route of that draft.
            QVERIFY(routeOf(drafts[i], f->page->selection().route));
        }
        QVERIFY(!f->w<QPushButton>("routesUndoButton")->isEnabled());
        QVERIFY(!f->w<QPushButton>("routesApplyButton")->isEnabled()); // back to what is served
        // And forward again: Ctrl+Shift+Z and the button, each with the selection the edit left.
        for (qsizetype i = 1; i < drafts.size(); ++i) {
            if (i % 2 == 0) {
                f->graph->setFocus();
                QTest::keyClick(f->graph, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            } else {
                f->click("routesRedoButton");
            }
            QCOMPARE(f->page->draft(), drafts[i]);
            QCOMPARE(f->page->selection(), selections[i]);
        }
        QVERIFY(!f->w<QPushButton>("routesRedoButton")->isEnabled());
    }

    void restoreAnAppliedVersion()
    {
        auto f = start();
        const Config::Config original = f->controller->config();
        QCOMPARE(chat(*f, QStringLiteral("default")).header("x-switchyard-provider"), QByteArray("alpha"));

        // Apply a change: beta first.
        f->selectRoute(QStringLiteral("default"));
        QVERIFY(drop(f->graph, moveDrag(1), aboveTheMiddleOf(f->graph, 0), Qt::MoveAction));
        f->click("routesApplyButton");
        QVERIFY2(f->message().startsWith(QLatin1String("Applied")), qPrintable(f->message()));
        QCOMPARE(chat(*f, QStringLiteral("default")).header("x-switchyard-provider"), QByteArray("beta"));
        auto *versions = f->w<QListWidget>("routesVersionsListWidget");
        QCOMPARE(versions->count(), 2);
        QVERIFY2(versions->item(0)->text().contains(QLatin1String("routes: changed 'default'")),
                 qPrintable(versions->item(0)->text()));

        // Restore the one before: served again, and itself the newest version.
        auto *restore = f->w<QPushButton>("routesRestoreButton");
        QVERIFY(!restore->isEnabled());
        versions->setCurrentRow(1);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY2(f->message().startsWith(QLatin1String("Restored")), qPrintable(f->message()));
        QCOMPARE(f->controller->config().routes, original.routes);
        QCOMPARE(f->page->draft(), Gui::RouteDraft::of(original));
        QCOMPARE(versions->count(), 3);
        QCOMPARE(f->history->versions().size(), 3);
        QCOMPARE(*f->history->load(f->history->versions().first().fileName, nullptr),
                 f->controller->config());
        QCOMPARE(chat(*f, QStringLiteral("default")).header("x-switchyard-provider"), QByteArray("alpha"));
    }
};

QTEST_MAIN(TestRoutesPage)
#include "tst_routespage.moc"
