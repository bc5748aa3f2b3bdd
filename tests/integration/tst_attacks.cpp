// SPDX-License-Identifier: GPL-3.0-or-later
// Abuse of the local endpoint over real sockets: connection churn, header floods, slowloris and
// pipelining floods. Each must be refused with the right status while the gateway keeps serving,
// gives every connection back and does not grow. (DNS rebinding, foreign Origin, CSRF-style simple
// requests, bad/revoked/expired tokens, route limits, oversized bodies and slow bodies are covered in
// tst_gateway.)

#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "http/httpserver.h"
#include "testclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <memory>
#include <vector>

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestAttacks final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;
    std::unique_ptr<Switchyard::Gateway> m_gateway;
    quint16 m_port = 0;

    bool stillServes()
    {
        TestClient client(m_port);
        if (!client.connect())
            return false;
        return client
                   .roundTrip(
                       TestClient::post("/v1/chat/completions", "{\"model\":\"smart\",\"messages\":[]}"))
                   .status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_upstream.start());
        const QByteArray json =
            "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0,\"workers\":2,\"headerTimeoutMs\":"
            "500,"
            "\"maxConnections\":2000},"
            "\"providers\":[{\"id\":\"fake\",\"kind\":\"openai\",\"baseUrl\":\"" +
            m_upstream.baseUrl() +
            "\"}],"
            "\"routes\":[{\"name\":\"smart\",\"targets\":[{\"provider\":\"fake\",\"model\":\"gpt-test\"}]}],"
            "\"tokens\":[{\"name\":\"t\",\"hash\":\"sha256:" +
            QCryptographicHash::hash("sy-test-token", QCryptographicHash::Sha256).toHex() + "\"}]}";
        QStringList errors;
        const auto config = Switchyard::Config::ConfigLoader::fromJson(json, &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        m_gateway = std::make_unique<Switchyard::Gateway>();
        QString error;
        QVERIFY2(m_gateway->start(*config, &error), qPrintable(error));
        m_port = m_gateway->port();
        QVERIFY(stillServes());
    }

    void cleanupTestCase() { m_gateway.reset(); }

    void tenThousandConnectionsOpenedAndDropped()
    {
        // The exact check for leaks is LeakSanitizer (the test command runs this suite under ASan with
        // leak detection); this bound catches gross growth in ordinary builds too.
        // Memory is compared between the middle and the end, once allocator arenas and pools have
        // warmed up: a leaked connection (a socket and its buffers, several KiB) would show as tens of MB
        // over the second half.
        qint64 before = 0;
        for (int i = 0; i < 10'000; ++i) {
            if (i == 5'000) {
                QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->connectionCount(), 0, 10000);
                before = residentKiB();
            }
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (!s.waitForConnected(2000))
                QFAIL("connect failed");
            if (i % 3 == 1)
                s.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
            else if (i % 3 == 2)
                s.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            if (s.bytesToWrite() > 0)
                s.waitForBytesWritten(100);
            s.abort(); // reset, without waiting for any answer
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->connectionCount(), 0, 10000);
        QCOMPARE(m_gateway->server()->inFlightCount(), 0);
        QVERIFY(stillServes());
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory in quarantine (256 MB), so resident size says nothing.
        Q_UNUSED(before);
#else
        const qint64 grown = residentKiB() - before;
        QVERIFY2(
            grown < 16 * 1024,
            qPrintable(QStringLiteral("resident memory grew by %1 KiB over 5,000 connections").arg(grown)));
        qInfo("resident memory grew by %lld KiB over the last 5,000 connections", grown);
#endif
    }

    void headerFlood()
    {
        // Thousands of small header fields: refused by size, before any handler runs.
        QByteArray raw = "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 10'000; ++i)
            raw += "X-Flood-" + QByteArray::number(i) + ": y\r\n";
        raw += "\r\n";
        TestClient client(m_port);
        QVERIFY(client.connect());
        const TestResponse r = client.roundTrip(raw);
        QCOMPARE(r.status, 431);
        QVERIFY(client.waitForClosed(3000));
        // One enormous header line is refused the same way.
        TestClient big(m_port);
        QVERIFY(big.connect());
        QCOMPARE(big.roundTrip("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + QByteArray(200 * 1024, 'c') +
                               "\r\n\r\n")
                     .status,
                 431);
        QVERIFY(stillServes());
    }

    void slowloris()
    {
        // Many clients that dribble a request header one byte at a time: each is cut off with 408
        // at the header deadline, and real clients are served all along.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 200; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(s->waitForConnected(2000));
            s->write("P");
            slow.push_back(std::move(s));
        }
        QElapsedTimer t;
        t.start();
        const QByteArray rest = "OST /v1/chat/completions HTTP/1.1\r\n";
        int next = 0;
        while (t.elapsed() < 400) {
            for (auto &s : slow) {
                if (next < rest.size())
                    s->write(rest.mid(next, 1));
                s->flush();
            }
            ++next;
            QVERIFY(stillServes());
            QTest::qWait(50);
        }
        int cutOff = 0;
        for (auto &s : slow) {
            QDeadlineTimer deadline(3000);
            QByteArray got;
            while (!got.contains("\r\n\r\n") && !deadline.hasExpired() &&
                   s->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                got += s->readAll();
            if (got.startsWith("HTTP/1.1 408 "))
                ++cutOff;
        }
        QCOMPARE(cutOff, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->connectionCount(), 0, 5000);
        QVERIFY(stillServes());
    }

    void pipelineFlood()
    {
        // 2,000 pipelined requests in one write: answered in order, none lost. (While a request is
        // in flight, unparsed bytes are buffered up to maxHeaderBytes + maxBodyBytes, then left in
        // the kernel.)
        QByteArray raw;
        for (int i = 0; i < 2000; ++i)
            raw += TestClient::get("/healthz", "");
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send(raw);
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(client.read(5000).status, 200);
        QVERIFY(stillServes());
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
