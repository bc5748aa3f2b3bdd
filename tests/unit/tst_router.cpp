// SPDX-License-Identifier: GPL-3.0-or-later
// Target ordering by strategy: deterministic for round-robin and for given draws, and a statistical
// check (seeded) that weighted first picks converge to the weights.

#include "config/configloader.h"
#include "routing/router.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Switchyard;

namespace {

Config::Config config(const QByteArray &strategy, const QByteArray &targets)
{
    const QByteArray json = "{\"version\":1,\"providers\":["
                            "{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\"},"
                            "{\"id\":\"b\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:2/v1\"},"
                            "{\"id\":\"c\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:3/v1\"}],"
                            "\"routes\":[{\"name\":\"r\",\"strategy\":\"" +
                            strategy + "\",\"targets\":[" + targets + "]}]}";
    QStringList errors;
    auto c = Config::ConfigLoader::fromJson(json, &errors);
    if (!c)
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *c;
}

QString order(const Routing::Plan &plan)
{
    QString out;
    for (const Routing::Target &t : plan.targets)
        out += t.provider->id;
    return out;
}

const QByteArray kThree = "{\"provider\":\"a\",\"model\":\"m\",\"weight\":5},"
                          "{\"provider\":\"b\",\"model\":\"m\",\"weight\":3},"
                          "{\"provider\":\"c\",\"model\":\"m\",\"weight\":2}";

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallbackKeepsTheConfigOrder()
    {
        const Config::Config c = config("fallback", kThree);
        for (quint64 tick = 0; tick < 4; ++tick) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            QVERIFY(plan);
            Routing::Router::order(*plan, tick, 0.99);
            QCOMPARE(order(*plan), QStringLiteral("abc"));
        }
    }

    void roundRobinRotates()
    {
        const Config::Config c = config("round-robin", kThree);
        const QStringList expected{QStringLiteral("abc"), QStringLiteral("bca"), QStringLiteral("cab"),
                                   QStringLiteral("abc")};
        for (quint64 tick = 0; tick < 4; ++tick) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, tick, 0.0);
            QCOMPARE(order(*plan), expected[int(tick)]);
        }
    }

    void weightedPicksByDraw_data()
    {
        QTest::addColumn<double>("draw");
        QTest::addColumn<QString>("expected");
        // weights 5, 3, 2 of 10: [0, .5) a, [.5, .8) b, [.8, 1) c; the rest keep the config order
        QTest::newRow("0") << 0.0 << QStringLiteral("abc");
        QTest::newRow("0.49") << 0.49 << QStringLiteral("abc");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("bac");
        QTest::newRow("0.79") << 0.79 << QStringLiteral("bac");
        QTest::newRow("0.8") << 0.8 << QStringLiteral("cab");
        QTest::newRow("0.9999") << 0.9999 << QStringLiteral("cab");
    }

    void weightedPicksByDraw()
    {
        QFETCH(double, draw);
        QFETCH(QString, expected);
        const Config::Config c = config("weighted", kThree); // the plan points into it
        auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
        Routing::Router::order(*plan, 0, draw);
        QCOMPARE(order(*plan), expected);
    }

    void zeroWeightIsOnlyAFallback()
    {
        const Config::Config c = config("weighted", "{\"provider\":\"a\",\"model\":\"m\",\"weight\":0},"
                                                    "{\"provider\":\"b\",\"model\":\"m\",\"weight\":1}");
        for (double draw : {0.0, 0.3, 0.7, 0.9999}) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, 0, draw);
            QCOMPARE(order(*plan), QStringLiteral("ba"));
        }
    }

    void weightedConvergesToTheWeights()
    {
        const Config::Config c = config("weighted", kThree);
        QRandomGenerator random(42);
        QHash<QString, int> firsts;
        constexpr int kDraws = 100'000;
        for (int i = 0; i < kDraws; ++i) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, 0, random.generateDouble());
            ++firsts[plan->targets.first().provider->id];
        }
        // Within one percentage point of 50 / 30 / 20 (the standard error is about 0.16 points).
        QVERIFY(qAbs(firsts.value(QStringLiteral("a")) - 50'000) < 1'000);
        QVERIFY(qAbs(firsts.value(QStringLiteral("b")) - 30'000) < 1'000);
        QVERIFY(qAbs(firsts.value(QStringLiteral("c")) - 20'000) < 1'000);
    }

    void stickyKeysKeepTheirTarget()
    {
        const Config::Config c = config("weighted", kThree);
        QHash<QString, int> firsts;
        for (int session = 0; session < 300; ++session) {
            const QByteArray key = "session-" + QByteArray::number(session);
            QString first;
            for (int repeat = 0; repeat < 5; ++repeat) { // the same key, the same first target
                auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
                Routing::Router::orderSticky(*plan, key);
                if (repeat == 0)
                    first = plan->targets.first().provider->id;
                QCOMPARE(plan->targets.first().provider->id, first);
                QCOMPARE(plan->targets.size(), 3); // the others stay behind as fallback
            }
            ++firsts[first];
        }
        // Different sessions still spread by weight (5 / 3 / 2 of 300, loosely).
        QVERIFY(firsts.value(QStringLiteral("a")) > 110);
        QVERIFY(firsts.value(QStringLiteral("b")) > 50);
        QVERIFY(firsts.value(QStringLiteral("c")) > 30);
        // The hash is FNV-1a: fixed across runs and machines.
        QCOMPARE(Routing::Router::stickyHash("abc"), Q_UINT64_C(0xe71fa2190541574b));
    }

    void weightedNeedsSomeWeight()
    {
        QStringList errors;
        QVERIFY(!Config::ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://x/v1\"}],"
            "\"routes\":[{\"name\":\"r\",\"strategy\":\"weighted\",\"targets\":[{\"provider\":\"a\","
            "\"model\":\"m\","
            "\"weight\":0}]}]}",
            &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("weight above 0")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
