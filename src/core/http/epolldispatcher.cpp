// SPDX-License-Identifier: GPL-3.0-or-later
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <cerrno>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Switchyard::Http {

namespace {

constexpr int kMaxEvents = 256;

qint64 nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll >= 0 && m_wakeFd >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = m_wakeFd;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

quint32 EpollEventDispatcher::desiredEvents(const FdEntry &e)
{
    quint32 events = 0;
    if (e.read && e.read->isEnabled())
        events |= EPOLLIN | EPOLLRDHUP;
    if (e.write && e.write->isEnabled())
        events |= EPOLLOUT;
    if (e.exception && e.exception->isEnabled())
        events |= EPOLLPRI;
    return events;
}

void EpollEventDispatcher::markDirty(int fd, FdEntry &e)
{
    if (!e.dirty) {
        e.dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    FdEntry &e = m_fds[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read: e.read = notifier; break;
    case QSocketNotifier::Write: e.write = notifier; break;
    case QSocketNotifier::Exception: e.exception = notifier; break;
    }
    markDirty(fd, e);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    FdEntry &e = *it;
    if (e.read == notifier)
        e.read = nullptr;
    else if (e.write == notifier)
        e.write = nullptr;
    else if (e.exception == notifier)
        e.exception = nullptr;
    if (!e.read && !e.write && !e.exception) {
        // Removed at once, not lazily: Qt closes the descriptor right after, and a new socket may
        // get the same number before the next pass.
        if (e.applied != 0)
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_fds.erase(it);
        return;
    }
    markDirty(fd, e);
}

void EpollEventDispatcher::applyInterest()
{
    for (const int fd : m_dirty) {
        auto it = m_fds.find(fd);
        if (it == m_fds.end())
            continue;
        it->dirty = false;
        const quint32 desired = desiredEvents(*it);
        if (desired == it->applied)
            continue;
        epoll_event ev{};
        ev.events = desired;
        ev.data.fd = fd;
        int op = EPOLL_CTL_MOD;
        if (it->applied == 0)
            op = EPOLL_CTL_ADD;
        else if (desired == 0)
            op = EPOLL_CTL_DEL;
        if (epoll_ctl(m_epoll, op, fd, &ev) != 0) {
            // The kernel forgot a descriptor closed behind our back; start over with it.
            if (errno == ENOENT && op == EPOLL_CTL_MOD)
                epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
            else if (errno == EEXIST && op == EPOLL_CTL_ADD)
                epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
        }
        it->applied = desired;
    }
    m_dirty.clear();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    m_timers.push_back(Timer{timerId, interval, timerType, object, nowMs() + interval, false});
}

EpollEventDispatcher::Timer *EpollEventDispatcher::findTimer(int id)
{
    for (Timer &t : m_timers) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    for (size_t i = 0; i < m_timers.size(); ++i) {
        if (m_timers[i].id == timerId) {
            m_timers[i] = m_timers.back();
            m_timers.pop_back();
            return true;
        }
    }
    return false;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const Timer &t : m_timers) {
        if (t.object == object)
            list.append(TimerInfo(t.id, int(t.interval), t.type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const Timer *t = findTimer(timerId);
    if (!t)
        return -1;
    return int(qMax<qint64>(0, t->deadline - nowMs()));
}

int EpollEventDispatcher::timeoutForNextTimer(qint64 now) const
{
    qint64 next = -1;
    for (const Timer &t : m_timers) {
        if (t.inEvent)
            continue;
        const qint64 wait = qMax<qint64>(0, t.deadline - now);
        if (next < 0 || wait < next)
            next = wait;
    }
    return next < 0 ? -1 : int(qMin<qint64>(next, 24 * 3600 * 1000));
}

int EpollEventDispatcher::dispatchTimers()
{
    const qint64 now = nowMs();
    QVarLengthArray<int, 16> due;
    for (const Timer &t : m_timers) {
        if (!t.inEvent && t.deadline <= now)
            due.append(t.id);
    }
    int fired = 0;
    for (const int id : due) {
        Timer *t = findTimer(id); // an earlier handler may have stopped it
        if (!t || t->inEvent)
            continue;
        t->deadline = now + t->interval;
        t->inEvent = true;
        QObject *object = t->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        if (Timer *again = findTimer(id))
            again->inEvent = false;
    }
    return fired;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.store(false, std::memory_order_relaxed);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool canWait =
        !m_interrupt.load(std::memory_order_relaxed) && (flags & QEventLoop::WaitForMoreEvents);
    int timeout = 0;
    if (canWait)
        timeout = (flags & QEventLoop::X11ExcludeTimers) ? -1 : timeoutForNextTimer(nowMs());

    applyInterest();
    if (canWait)
        Q_EMIT aboutToBlock();
    epoll_event events[kMaxEvents];
    int n = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (n < 0)
        n = 0; // EINTR
    if (canWait)
        Q_EMIT awake();

    int handled = 0;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        const quint32 got = events[i].events;
        if (fd == m_wakeFd) {
            eventfd_t value = 0;
            eventfd_read(m_wakeFd, &value);
            m_wakePending.store(false, std::memory_order_release);
            ++handled;
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue;
        // Look the descriptor up again before each activation: a handler may remove notifiers.
        QEvent activation(QEvent::SockAct);
        auto entry = m_fds.constFind(fd);
        const bool readable = got & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR);
        if (readable && entry != m_fds.constEnd() && entry->read && entry->read->isEnabled()) {
            QCoreApplication::sendEvent(entry->read, &activation);
            ++handled;
            entry = m_fds.constFind(fd);
        }
        const bool writable =
            got & (EPOLLOUT | EPOLLERR) || ((got & EPOLLHUP) && entry != m_fds.constEnd() && !entry->read);
        if (writable && entry != m_fds.constEnd() && entry->write && entry->write->isEnabled()) {
            QCoreApplication::sendEvent(entry->write, &activation);
            ++handled;
            entry = m_fds.constFind(fd);
        }
        if ((got & EPOLLPRI) && entry != m_fds.constEnd() && entry->exception &&
            entry->exception->isEnabled()) {
            QCoreApplication::sendEvent(entry->exception, &activation);
            ++handled;
        }
    }
    if (!(flags & QEventLoop::X11ExcludeTimers))
        handled += dispatchTimers();
    return handled > 0;
}

void EpollEventDispatcher::wakeUp()
{
    // Many posts in one pass need one write(2).
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.store(true, std::memory_order_relaxed);
    wakeUp();
}

} // namespace Switchyard::Http
