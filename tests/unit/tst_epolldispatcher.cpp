// SPDX-License-Identifier: GPL-3.0-or-later
// The serving threads' event dispatcher, in a real thread: timers, socket notifiers (including a
// descriptor number reused after close), posted events from other threads, and quitting.

#include "http/epolldispatcher.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using Switchyard::Http::EpollEventDispatcher;

struct Rounds final : QObject
{
    using QObject::QObject;
    std::function<void(int)> next;
};

class TestEpollDispatcher final : public QObject
{
    Q_OBJECT

private:
    // Runs fn inside a fresh thread driven by the epoll dispatcher and waits for it to call done().
    template<typename Fn> static bool runInThread(Fn fn, int timeoutMs = 5000)
    {
        QThread thread;
        auto *dispatcher = new EpollEventDispatcher;
        if (!dispatcher->isValid())
            return false;
        thread.setEventDispatcher(dispatcher);
        thread.start();
        std::atomic<bool> finished{false};
        auto *context = new QObject;
        context->moveToThread(&thread);
        QMetaObject::invokeMethod(
            context, [&] { fn(context, [&] { finished = true; }); }, Qt::QueuedConnection);
        QElapsedTimer t;
        t.start();
        while (!finished && t.elapsed() < timeoutMs)
            QThread::msleep(5);
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        thread.quit();
        const bool stopped = thread.wait(3000);
        return finished && stopped;
    }

private Q_SLOTS:
    void usedByThread()
    {
        QThread thread;
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance(&thread)));
        thread.quit();
        QVERIFY(thread.wait(3000));
    }

    void timersFireInOrderAndRepeat()
    {
        QList<QString> order;
        int ticks = 0;
        QVERIFY(runInThread([&](QObject *context, auto done) {
            QTimer::singleShot(60, context, [&] { order << QStringLiteral("60"); });
            QTimer::singleShot(20, context, [&] { order << QStringLiteral("20"); });
            auto *repeating = new QTimer(context);
            repeating->setInterval(10);
            QObject::connect(repeating, &QTimer::timeout, context, [&ticks, context, repeating, done] {
                if (++ticks == 10) {
                    repeating->stop();
                    QTimer::singleShot(80, context, done);
                }
            });
            repeating->start();
        }));
        QCOMPARE(order, (QList<QString>{QStringLiteral("20"), QStringLiteral("60")}));
        QCOMPARE(ticks, 10);
    }

    void stoppedTimerDoesNotFire()
    {
        bool fired = false;
        QVERIFY(runInThread([&](QObject *context, auto done) {
            auto *t = new QTimer(context);
            t->setSingleShot(true);
            QObject::connect(t, &QTimer::timeout, context, [&] { fired = true; });
            t->start(30);
            QTimer::singleShot(5, context, [t] { t->stop(); });
            QTimer::singleShot(100, context, done);
        }));
        QVERIFY(!fired);
    }

    void socketsAndReusedDescriptors()
    {
        // Echo over loopback, three times in a row: each new socket may get the number the
        // previous one had, which must not confuse the kernel's interest list.
        QByteArray echoed;
        QVERIFY(runInThread([&](QObject *context, auto done) {
            auto *server = new QTcpServer(context);
            server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(server, &QTcpServer::newConnection, context, [server] {
                QTcpSocket *peer = server->nextPendingConnection();
                QObject::connect(peer, &QTcpSocket::readyRead, peer,
                                 [peer] { peer->write(peer->readAll()); });
                QObject::connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
            });
            // The recursive step lives as long as `context` (a shared_ptr capturing itself would leak).
            auto *rounds = new Rounds(context);
            std::function<void(int)> *round = &rounds->next;
            *round = [&, server, context, done, round](int i) {
                if (i == 3) {
                    done();
                    return;
                }
                auto *client = new QTcpSocket(context);
                QObject::connect(client, &QTcpSocket::connected, client,
                                 [client, i] { client->write("ping" + QByteArray::number(i)); });
                QObject::connect(client, &QTcpSocket::readyRead, client, [&, client, round, i] {
                    echoed += client->readAll();
                    client->abort();
                    client->deleteLater();
                    (*round)(i + 1);
                });
                client->connectToHost(QHostAddress::LocalHost, server->serverPort());
            };
            (*round)(0);
        }));
        QCOMPARE(echoed, QByteArray("ping0ping1ping2"));
    }

    void postedEventsFromOtherThreadsWakeIt()
    {
        QThread thread;
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        QObject receiver;
        receiver.moveToThread(&thread);
        std::atomic<int> calls{0};
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i)
            QMetaObject::invokeMethod(
                &receiver, [&] { ++calls; }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            &receiver, [] {}, Qt::BlockingQueuedConnection);
        QCOMPARE(calls.load(), 100);
        // Blocked in epoll_wait with no timer, it must still have been woken at once.
        QVERIFY(t.elapsed() < 1000);
        receiver.moveToThread(QThread::currentThread());
        thread.quit();
        QVERIFY(thread.wait(3000));
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
