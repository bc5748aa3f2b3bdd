// SPDX-License-Identifier: GPL-3.0-or-later
// SseParser against the HTML Living Standard §9.2.6 "Interpreting an event stream": the three line
// endings, multi-line data, comments, the event field, chunks that split anywhere (even a CRLF), the
// overflow guard, and the writer.
#include "llm/sse.h"

#include <QTest>

using Switchyard::Llm::SseEvent;
using Switchyard::Llm::sseEvent;
using Switchyard::Llm::SseParser;

namespace {

// "<event>|<data>" per event: compact, and QCOMPARE prints a readable diff.
QByteArrayList describe(const QList<SseEvent> &events)
{
    QByteArrayList out;
    for (const SseEvent &e : events)
        out.append(e.event + '|' + e.data);
    return out;
}

QByteArrayList parse(QByteArrayView input, const QList<qsizetype> &cuts = {})
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(input.sliced(from, cut - from), events);
        from = cut;
    }
    parser.feed(input.sliced(from), events);
    return describe(events);
}

QByteArrayList parseBytewise(QByteArrayView input)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < input.size(); ++i)
        parser.feed(input.sliced(i, 1), events);
    return describe(events);
}

// A stream that mixes every line ending, comments, names, unknown fields and multi-line data.
const QByteArray kMixedStream = QByteArray(": keep-alive\n"
                                           "event: message_start\n"
                                           "data: {\"a\":1}\n"
                                           "\n"
                                           "data:first\r\n"
                                           "data: second\r\n"
                                           "\r\n"
                                           "event:ping\r"
                                           "data: {}\r"
                                           "\r"
                                           "id: 7\n"
                                           "retry: 100\n"
                                           "data\n"
                                           "\n"
                                           ": comment\r\n"
                                           "event: e\r\n"
                                           "data: x:y\n"
                                           ": inner comment\r"
                                           "data:  two spaces\r\n"
                                           "\n"
                                           "data: [DONE]\r\n"
                                           "\r\n");
const QByteArrayList kMixedEvents = {
    "message_start|{\"a\":1}", "|first\nsecond", "ping|{}", "|", "e|x:y\n two spaces", "|[DONE]",
};

} // namespace

class TestSse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");

        QTest::newRow("lf") << QByteArray("data: a\n\n") << QByteArrayList{"|a"};
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\n") << QByteArrayList{"|a"};
        QTest::newRow("cr") << QByteArray("data: a\r\r") << QByteArrayList{"|a"};
        QTest::newRow("mixed-endings")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << QByteArrayList{"|a\nb\nc"};
        QTest::newRow("two-events") << QByteArray("data: a\n\ndata: b\n\n") << QByteArrayList{"|a", "|b"};
        QTest::newRow("multi-line-data")
            << QByteArray("data: a\ndata: b\ndata: c\n\n") << QByteArrayList{"|a\nb\nc"};
        QTest::newRow("empty-data-line-first") << QByteArray("data:\ndata: x\n\n") << QByteArrayList{"|\nx"};
        QTest::newRow("empty-data-dispatches") << QByteArray("data:\n\n") << QByteArrayList{"|"};
        QTest::newRow("bare-data-field") << QByteArray("data\n\n") << QByteArrayList{"|"};
        QTest::newRow("field-without-space") << QByteArray("event:e\ndata:x\n\n") << QByteArrayList{"e|x"};
        QTest::newRow("only-one-space-stripped") << QByteArray("data:  x \n\n") << QByteArrayList{"| x "};
        QTest::newRow("colon-in-value") << QByteArray("data: a:b: c\n\n") << QByteArrayList{"|a:b: c"};
        QTest::newRow("comment-only") << QByteArray(": keep-alive\n\n") << QByteArrayList{};
        QTest::newRow("comment-between-lines")
            << QByteArray("data: a\n: ignored\ndata: b\n\n") << QByteArrayList{"|a\nb"};
        QTest::newRow("comment-before-event") << QByteArray(":\n: x\ndata: y\n\n") << QByteArrayList{"|y"};
        QTest::newRow("event-field") << QByteArray("event: ping\ndata: {}\n\n") << QByteArrayList{"ping|{}"};
        QTest::newRow("event-last-wins")
            << QByteArray("event: a\nevent: b\ndata: x\n\n") << QByteArrayList{"b|x"};
        QTest::newRow("event-without-data-not-dispatched")
            << QByteArray("event: ping\n\ndata: x\n\n") << QByteArrayList{"|x"};
        QTest::newRow("event-reset-after-dispatch")
            << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << QByteArrayList{"a|1", "|2"};
        QTest::newRow("unknown-fields-ignored")
            << QByteArray("id: 1\nretry: 10\nfoo: bar\ndata: x\n\n") << QByteArrayList{"|x"};
        QTest::newRow("field-names-case-sensitive")
            << QByteArray("Data: x\nEVENT: y\n\n") << QByteArrayList{};
        QTest::newRow("leading-blank-lines") << QByteArray("\n\r\n\r\ndata: x\n\n") << QByteArrayList{"|x"};
        QTest::newRow("no-final-blank-line") << QByteArray("data: x\n") << QByteArrayList{};
        QTest::newRow("no-final-newline") << QByteArray("data: x") << QByteArrayList{};
        QTest::newRow("cr-cr-is-two-lines")
            << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList{"|a", "|b"};
        QTest::newRow("lf-cr-is-two-lines")
            << QByteArray("data: a\n\rdata: b\n\n") << QByteArrayList{"|a", "|b"};
        QTest::newRow("crlf-then-cr")
            << QByteArray("data: a\r\n\rdata: b\r\n\r\n") << QByteArrayList{"|a", "|b"};
        QTest::newRow("utf8-passthrough") << QByteArray("data: caf\xc3\xa9 \xe2\x82\xac\n\n")
                                          << QByteArrayList{"|caf\xc3\xa9 \xe2\x82\xac"};
        QTest::newRow("nul-byte") << QByteArray("data: a\0b\n\n", 11)
                                  << QByteArrayList{QByteArray("|a\0b", 4)};
        QTest::newRow("mixed-stream") << kMixedStream << kMixedEvents;
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(::parse(input), expected);
        QCOMPARE(parseBytewise(input), expected);
    }

    // Every split point of a multi-event stream, in two chunks, gives the same events as one piece.
    void everyTwoWaySplit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("mixed") << kMixedStream;
        QTest::newRow("crlf-only") << QByteArray("event: a\r\ndata: 1\r\n\r\ndata: 2\r\ndata: 3\r\n\r\n");
        QTest::newRow("cr-only") << QByteArray("event: a\rdata: 1\r\rdata: 2\rdata: 3\r\r");
    }

    void everyTwoWaySplit()
    {
        QFETCH(QByteArray, input);
        const QByteArrayList reference = ::parse(input);
        QVERIFY(!reference.isEmpty());
        for (qsizetype cut = 0; cut <= input.size(); ++cut)
            QVERIFY2(::parse(input, {cut}) == reference, qPrintable(QStringLiteral("split at %1").arg(cut)));
        QCOMPARE(parseBytewise(input), reference);
    }

    // Each event's endOffset cuts the stream just past its blank line, whatever the chunking: the
    // bytes between two offsets, parsed alone, are exactly that event (what a byte-forwarding proxy
    // relies on when it holds one event back).
    void endOffsets()
    {
        QFETCH(QByteArray, input);
        SseParser whole;
        QList<SseEvent> reference;
        whole.feed(input, reference);
        QVERIFY(!reference.isEmpty());
        qint64 from = 0;
        for (const SseEvent &e : reference) {
            QVERIFY(e.endOffset > from && e.endOffset <= input.size());
            const char last = input.at(e.endOffset - 1);
            QVERIFY(last == '\n' || last == '\r');
            SseParser alone;
            QList<SseEvent> one;
            alone.feed(QByteArrayView(input).sliced(from, e.endOffset - from), one);
            QCOMPARE(describe(one), describe({e}));
            from = e.endOffset;
        }
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            SseParser split;
            QList<SseEvent> events;
            split.feed(QByteArrayView(input).first(cut), events);
            split.feed(QByteArrayView(input).sliced(cut), events);
            QCOMPARE(events.size(), reference.size());
            for (qsizetype i = 0; i < events.size(); ++i)
                QCOMPARE(events[i].endOffset, reference[i].endOffset);
        }
    }
    void endOffsets_data() { everyTwoWaySplit_data(); }

    // And every pair of split points (three chunks, including empty ones).
    void everyThreeWaySplit()
    {
        const QByteArray input = kMixedStream;
        for (qsizetype a = 0; a <= input.size(); ++a) {
            for (qsizetype b = a; b <= input.size(); ++b) {
                if (::parse(input, {a, b}) != kMixedEvents)
                    QFAIL(qPrintable(QStringLiteral("split at %1 and %2").arg(a).arg(b)));
            }
        }
    }

    void crlfSplitBetweenCrAndLf()
    {
        // The LF after a CR that ended a line in the previous chunk is not a second (blank) line:
        // otherwise "a" would be dispatched alone and "b" would start a new event.
        SseParser parser;
        QList<SseEvent> events;
        parser.feed("data: a\r", events);
        QVERIFY(events.isEmpty());
        parser.feed("\ndata: b\r", events);
        QVERIFY(events.isEmpty());
        parser.feed("\n", events);
        QVERIFY(events.isEmpty());
        parser.feed("\r", events);
        QCOMPARE(describe(events), QByteArrayList{"|a\nb"});
        parser.feed("\n", events); // the LF of that last CRLF: still nothing new
        parser.feed("data: c\r", events);
        parser.feed("\r", events); // CR CR: a blank line, dispatches
        QCOMPARE(describe(events), (QByteArrayList{"|a\nb", "|c"}));
        QVERIFY(!parser.hasPartialEvent());
    }

    void emptyChunks()
    {
        SseParser parser;
        QList<SseEvent> events;
        parser.feed({}, events);
        parser.feed("data: a\r", events);
        parser.feed({}, events);
        parser.feed("\n\r\n", events);
        parser.feed({}, events);
        QCOMPARE(describe(events), QByteArrayList{"|a"});
    }

    void hasPartialEvent()
    {
        SseParser parser;
        QList<SseEvent> events;
        QVERIFY(!parser.hasPartialEvent());
        parser.feed("da", events);
        QVERIFY(parser.hasPartialEvent()); // half a line
        parser.feed("ta: x", events);
        QVERIFY(parser.hasPartialEvent());
        parser.feed("\n", events);
        QVERIFY(parser.hasPartialEvent()); // a data line, no blank line yet
        parser.feed("\n", events);
        QVERIFY(!parser.hasPartialEvent());
        QCOMPARE(events.size(), 1);

        parser.feed("event: e\n", events);
        QVERIFY(parser.hasPartialEvent()); // an event name waiting for data
        parser.feed("\n", events);
        QVERIFY(!parser.hasPartialEvent()); // dropped: no data
        parser.feed(": comment\n", events);
        QVERIFY(!parser.hasPartialEvent());
        parser.feed(": comm", events);
        QVERIFY(parser.hasPartialEvent()); // could still be anything
        parser.feed("ent\r\n", events);
        QVERIFY(!parser.hasPartialEvent());

        parser.feed("data: y\r\n\r", events);
        QVERIFY(!parser.hasPartialEvent()); // dispatched; a pending LF is not a partial event
        parser.feed("\n", events);
        QVERIFY(!parser.hasPartialEvent());
        QCOMPARE(describe(events), (QByteArrayList{"|x", "|y"}));
        QVERIFY(!parser.overflowed());
    }

    void overflowOneLine()
    {
        // An upstream that never ends a line: the parser stops buffering and says so.
        SseParser parser;
        QList<SseEvent> events;
        parser.feed("data: ", events);
        const QByteArray mib(1024 * 1024, 'x');
        for (qsizetype fed = 0; fed <= SseParser::kMaxEventBytes; fed += mib.size())
            parser.feed(mib, events);
        QVERIFY(parser.overflowed());
        QVERIFY(events.isEmpty());
    }

    void overflowManyLines()
    {
        // Many short data lines and never a blank line.
        SseParser parser;
        QList<SseEvent> events;
        QByteArray block;
        const QByteArray line = "data: " + QByteArray(1017, 'y') + '\n'; // 1 KiB a line, 1018 bytes of data
        for (int i = 0; i < 1024; ++i)
            block += line;
        // 1018 data bytes (with the joining LF) per KiB fed: 17 MiB fed is over the limit.
        for (int mib = 0; mib < 17; ++mib)
            parser.feed(block, events);
        QVERIFY(parser.overflowed());
        QVERIFY(events.isEmpty());
    }

    void largeEventBelowLimit()
    {
        SseParser parser;
        QList<SseEvent> events;
        const QByteArray payload(4 * 1024 * 1024, 'z');
        parser.feed("data: ", events);
        for (qsizetype i = 0; i < payload.size(); i += 65536)
            parser.feed(QByteArrayView(payload).sliced(i, 65536), events);
        parser.feed("\n\n", events);
        QVERIFY(!parser.overflowed());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), payload.size());
    }

    void writer()
    {
        QCOMPARE(sseEvent("ping", "{}"), QByteArray("event: ping\ndata: {}\n\n"));
        QCOMPARE(sseEvent({}, "[DONE]"), QByteArray("data: [DONE]\n\n"));
        QCOMPARE(sseEvent("", "x"), QByteArray("data: x\n\n"));
        // What the writer produces, the parser reads back.
        const QByteArray wire = sseEvent("message_start", "{\"type\":\"message_start\"}") + sseEvent({}, "") +
                                sseEvent("e", " leading space");
        QCOMPARE(::parse(wire),
                 (QByteArrayList{"message_start|{\"type\":\"message_start\"}", "|", "e| leading space"}));
    }
};

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
