// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpparser.h"

#include <QTest>

using Switchyard::Http::HttpParser;

class TestHttpParser final : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int messages = 0;
        int errorStatus = 0;
        QList<QByteArray> methods;
        QList<QByteArray> targets;
        QList<QByteArray> bodies;
        QList<bool> keepAlive;
        QByteArray lastHost;
    };

    // Feeds `input` in pieces of `step` bytes, as a connection would, handling pauses.
    static Outcome parse(const QByteArray &input, qsizetype step, HttpParser::Limits limits = {})
    {
        Outcome out;
        HttpParser parser(HttpParser::Mode::Request, limits);
        QByteArray pending;
        qsizetype offset = 0;
        while (offset < input.size() || !pending.isEmpty()) {
            if (offset < input.size()) {
                pending += input.mid(offset, step);
                offset += step;
            }
            qsizetype pos = 0;
            bool stalled = false;
            while (pos < pending.size()) {
                qsizetype consumed = 0;
                const auto r = parser.feed(pending.constData() + pos, pending.size() - pos, &consumed);
                pos += consumed;
                if (r == HttpParser::Result::Error) {
                    out.errorStatus = parser.errorStatus();
                    return out;
                }
                if (r == HttpParser::Result::MessageComplete) {
                    ++out.messages;
                    out.methods.append(parser.method());
                    out.targets.append(parser.target());
                    out.bodies.append(parser.takeBody());
                    out.keepAlive.append(parser.keepAlive());
                    out.lastHost = parser.headers().value("host");
                    parser.reset();
                    continue;
                }
                if (r == HttpParser::Result::NeedMore) {
                    stalled = true;
                    break;
                }
            }
            pending.remove(0, pos);
            if (stalled && offset >= input.size())
                break;
        }
        return out;
    }

private Q_SLOTS:
    void wellFormed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("messages");
        QTest::addColumn<QByteArray>("lastBody");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("get") << QByteArray("GET /v1/models HTTP/1.1\r\nHost: localhost\r\n\r\n") << 1
                             << QByteArray() << true;
        QTest::newRow("content-length")
            << QByteArray(
                   "POST /v1/chat/completions HTTP/1.1\r\nHost: a\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
            << 1 << QByteArray("{\"a\":1}") << true;
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n")
                                 << 1 << QByteArray("{\"a\":1}") << true;
        QTest::newRow("chunked-ext-trailer")
            << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n2;ext=1\r\nhi\r\n0\r\nX-Trailer: v\r\n\r\n")
            << 1 << QByteArray("hi") << true;
        QTest::newRow("connection-close")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << 1 << QByteArray()
            << false;
        QTest::newRow("http10") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << QByteArray() << false;
        QTest::newRow("http10-keepalive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 1 << QByteArray() << true;
        QTest::newRow("pipelined")
            << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nHost: b\r\nContent-Length: "
                          "2\r\n\r\nokGET /c HTTP/1.1\r\nHost: c\r\n\r\n")
            << 3 << QByteArray() << true;
        QTest::newRow("expect-100")
            << QByteArray(
                   "POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi")
            << 1 << QByteArray("hi") << true;
        QTest::newRow("utf8-body")
            << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n\xc3\xa9t\xc3\xa9") << 1
            << QByteArray("\xc3\xa9t\xc3\xa9") << true;
    }

    void wellFormed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, messages);
        QFETCH(QByteArray, lastBody);
        QFETCH(bool, keepAlive);
        // Every split, from one byte at a time to all at once, must give the same result.
        for (qsizetype step :
             {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64), input.size()}) {
            const Outcome out = parse(input, step);
            QCOMPARE(out.errorStatus, 0);
            QCOMPARE(out.messages, messages);
            QCOMPARE(out.bodies.last(), lastBody);
            QCOMPARE(out.keepAlive.last(), keepAlive);
        }
    }

    void pipelinedOrder()
    {
        const QByteArray input("GET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nHost: "
                               "b\r\nContent-Length: 2\r\n\r\nokGET /c HTTP/1.1\r\nHost: c\r\n\r\n");
        for (qsizetype step : {qsizetype(1), qsizetype(5), input.size()}) {
            const Outcome out = parse(input, step);
            QCOMPARE(out.targets, (QList<QByteArray>{"/a", "/b", "/c"}));
            QCOMPARE(out.methods, (QList<QByteArray>{"GET", "POST", "GET"}));
            QCOMPARE(out.bodies.at(1), QByteArray("ok"));
            QCOMPARE(out.lastHost, QByteArray("c"));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 501;
        QTest::newRow("bad-version") << QByteArray("GET / HTTP/9.9x\r\n\r\n") << 505;
        QTest::newRow("space-in-header-name")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n") << 400;
        QTest::newRow("bad-chunk-size")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("bad-content-length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n") << 400;
        QTest::newRow("double-content-length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400;
        QTest::newRow("te-and-cl") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: "
                                                 "3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400;
        QTest::newRow("body-too-large-cl")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n") << 413;
        QTest::newRow("body-too-large-chunked")
            << (QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n") +
                QByteArray(4096, 'x') + "\r\n1000\r\n" + QByteArray(4096, 'x'))
            << 413;
        QTest::newRow("headers-too-large")
            << (QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Big: ") + QByteArray(3000, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("upgrade")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
            << 400;
    }

    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        const HttpParser::Limits limits{2048, 4096};
        for (qsizetype step : {qsizetype(1), qsizetype(4), input.size()}) {
            const Outcome out = parse(input, step, limits);
            QCOMPARE(out.errorStatus, status);
        }
    }

    void response()
    {
        // Upstream responses: chunked SSE delivered to the sink as it arrives.
        HttpParser parser(HttpParser::Mode::Response, {});
        QByteArray sunk;
        parser.setBodySink([&](const char *d, qsizetype n) { sunk.append(d, n); });
        const QByteArray input(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            "f\r\ndata: {\"a\":1}\n\n\r\ne\r\ndata: [DONE]\n\n\r\n0\r\n\r\n");
        qsizetype pos = 0;
        bool headers = false;
        bool done = false;
        while (pos < input.size() && !done) {
            qsizetype consumed = 0;
            const auto r =
                parser.feed(input.constData() + pos, qMin<qsizetype>(5, input.size() - pos), &consumed);
            pos += consumed;
            headers = headers || r == HttpParser::Result::HeadersComplete;
            done = r == HttpParser::Result::MessageComplete;
            QVERIFY2(r != HttpParser::Result::Error, parser.errorText().constData());
        }
        QVERIFY(headers);
        QVERIFY(done);
        QCOMPARE(parser.statusCode(), 200);
        QCOMPARE(sunk, QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n"));
        QVERIFY(parser.keepAlive());
    }

    void responseUntilClose()
    {
        HttpParser parser(HttpParser::Mode::Response, {});
        const QByteArray input("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello");
        qsizetype consumed = 0;
        QCOMPARE(parser.feed(input.constData(), input.size(), &consumed),
                 HttpParser::Result::HeadersComplete);
        qsizetype more = 0;
        QCOMPARE(parser.feed(input.constData() + consumed, input.size() - consumed, &more),
                 HttpParser::Result::NeedMore);
        QCOMPARE(parser.feed(nullptr, 0, &more), HttpParser::Result::MessageComplete);
        QCOMPARE(parser.body(), QByteArray("hello"));
        QVERIFY(!parser.keepAlive());
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
