// SPDX-License-Identifier: GPL-3.0-or-later
// The response cache on its own: hits and misses, expiry, least-recently-used eviction under the
// size cap, durability across a restart (a real SQLite file), and the canonical JSON it stores.

#include "cache/responsecache.h"
#include "llm/canonicaljson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchyard;

namespace {

Cache::CachedAnswer answer(const QString &text, qint64 storedAt = 1000)
{
    Cache::CachedAnswer a;
    a.response.id = QStringLiteral("msg_1");
    a.response.model = QStringLiteral("claude-sonnet-4-5");
    Llm::Part thinking;
    thinking.kind = Llm::Part::Kind::Thinking;
    thinking.text = QStringLiteral("hmm");
    thinking.signature = QStringLiteral("sig/+==");
    a.response.content.append(thinking);
    a.response.content.append(Llm::Part::makeText(text));
    Llm::Part call;
    call.kind = Llm::Part::Kind::ToolCall;
    call.id = QStringLiteral("toolu_1");
    call.name = QStringLiteral("get_weather");
    call.arguments = QStringLiteral("{\"city\":\"Paris\"}");
    call.signature = QStringLiteral("gsig");
    a.response.content.append(call);
    a.response.finishReason = Llm::FinishReason::ToolCalls;
    a.response.usage.inputTokens = 19;
    a.response.usage.cachedReadTokens = 5;
    a.response.usage.outputTokens = 7;
    a.response.usage.known = true;
    a.costMicros = 151;
    a.provider = QStringLiteral("claude");
    a.providerKind = QStringLiteral("anthropic");
    a.model = QStringLiteral("claude-sonnet-4-5");
    a.storedAtMs = storedAt;
    return a;
}

QByteArray key(int i)
{
    return Cache::ResponseCache::key(QStringLiteral("route"), QByteArray::number(i));
}

} // namespace

class TestResponseCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalJsonRoundTrip()
    {
        const Cache::CachedAnswer a = answer(QStringLiteral("Hello"));
        const std::optional<Llm::Response> back = Llm::responseFromJson(Llm::responseToJson(a.response));
        QVERIFY(back);
        QCOMPARE(back->content.size(), 3);
        QCOMPARE(back->content[0].signature, QStringLiteral("sig/+==")); // byte for byte
        QCOMPARE(back->content[2].arguments, a.response.content[2].arguments);
        QCOMPARE(back->content[2].signature, QStringLiteral("gsig"));
        QCOMPARE(back->finishReason, Llm::FinishReason::ToolCalls);
        QCOMPARE(back->usage, a.response.usage);
    }

    void normalizedRequestIgnoresStreamAndUser()
    {
        Llm::Request a;
        a.model = QStringLiteral("smart");
        Llm::Message m;
        m.parts.append(Llm::Part::makeText(QStringLiteral("hi")));
        a.messages.append(m);
        a.temperature = 0.0;
        Llm::Request b = a;
        b.stream = true;
        b.streamUsage = true;
        b.user = QStringLiteral("someone");
        QCOMPARE(Llm::normalizedRequest(a), Llm::normalizedRequest(b));
        b.temperature = 0.5;
        QVERIFY(Llm::normalizedRequest(a) != Llm::normalizedRequest(b));
        b = a;
        b.messages[0].parts[0].text = QStringLiteral("hi!");
        QVERIFY(Llm::normalizedRequest(a) != Llm::normalizedRequest(b));
    }

    void hitMissExpiry()
    {
        Cache::ResponseCache cache({}, 1 << 20);
        QString error;
        QVERIFY(cache.start(&error));
        QVERIFY(!cache.get(key(1), 1000));
        cache.put(key(1), answer(QStringLiteral("one")), 5000);
        const auto hit = cache.get(key(1), 4999);
        QVERIFY(hit);
        QCOMPARE(hit->response.content[1].text, QStringLiteral("one"));
        QCOMPARE(*hit->costMicros, 151);
        QVERIFY(!cache.get(key(1), 5000)); // expired at its deadline
        QCOMPARE(cache.stats().entries, 0);
        QCOMPARE(cache.stats().hits, 1);
        QCOMPARE(cache.stats().misses, 2);
    }

    void leastRecentlyUsedEvicted()
    {
        const qsizetype entrySize = QJsonDocument(Llm::responseToJson(answer(QStringLiteral("x")).response))
                                        .toJson(QJsonDocument::Compact)
                                        .size();
        // Room for about three entries.
        Cache::ResponseCache cache({}, 3 * (entrySize + 200));
        QString error;
        QVERIFY(cache.start(&error));
        for (int i = 0; i < 3; ++i)
            cache.put(key(i), answer(QStringLiteral("x")), 1'000'000);
        QCOMPARE(cache.stats().entries, 3);
        QVERIFY(cache.get(key(0), 1)); // 0 is now the most recently used; 1 the least
        cache.put(key(3), answer(QStringLiteral("x")), 1'000'000);
        QCOMPARE(cache.stats().entries, 3);
        QCOMPARE(cache.stats().evictions, 1);
        QVERIFY(!cache.get(key(1), 1));
        QVERIFY(cache.get(key(0), 1));
        QVERIFY(cache.get(key(2), 1));
        QVERIFY(cache.get(key(3), 1));
        QVERIFY(cache.stats().bytes <= 3 * (entrySize + 200));
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            Cache::ResponseCache cache(path, 1 << 20);
            QString error;
            QVERIFY2(cache.start(&error), qPrintable(error));
            cache.put(key(1), answer(QStringLiteral("kept"), now), now + 60'000);
            cache.put(key(2), answer(QStringLiteral("expired"), now), now + 1);
            cache.put(key(3), answer(QStringLiteral("replaced"), now), now + 60'000);
            cache.put(key(3), answer(QStringLiteral("replacement"), now), now + 60'000);
            cache.flush();
        }
        QTest::qWait(5);
        Cache::ResponseCache cache(path, 1 << 20);
        QString error;
        QVERIFY2(cache.start(&error), qPrintable(error));
        const auto kept = cache.get(key(1), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(kept);
        QCOMPARE(kept->response.content[1].text, QStringLiteral("kept"));
        QCOMPARE(kept->provider, QStringLiteral("claude"));
        QVERIFY(!cache.get(key(2), QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(cache.get(key(3), QDateTime::currentMSecsSinceEpoch())->response.content[1].text,
                 QStringLiteral("replacement"));
    }
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
