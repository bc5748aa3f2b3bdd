// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagequeryrunner.h"

#include "usage/usagestore.h"

namespace Switchyard::Gui {

UsageQueryWorker::UsageQueryWorker() = default;
UsageQueryWorker::~UsageQueryWorker() = default;

void UsageQueryWorker::execute(quint64 ticket, const QString &path, const Job &job)
{
    QString error;
    if (!m_store || m_path != path || !m_store->isOpen()) {
        m_store = std::make_unique<Usage::UsageStore>();
        m_path = path;
        if (path.isEmpty())
            error = tr("No usage database: turn on usage storage in Settings.");
        else if (!m_store->open(path, &error) && error.isEmpty())
            error = tr("The usage database could not be opened.");
        if (!error.isEmpty()) {
            m_store.reset();
            Q_EMIT finished(ticket, {}, error);
            return;
        }
    }
    Q_EMIT finished(ticket, job(*m_store), QString());
}

UsageQueryRunner::UsageQueryRunner(QObject *parent) : QObject(parent), m_worker(new UsageQueryWorker)
{
    m_thread.setObjectName(QStringLiteral("usage-charts"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &UsageQueryWorker::finished, this, &UsageQueryRunner::onFinished);
    m_thread.start();
}

UsageQueryRunner::~UsageQueryRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void UsageQueryRunner::setStorePath(const QString &path)
{
    m_path = path;
}

void UsageQueryRunner::run(QObject *receiver, Job job, std::function<void(const QString &error)> failed)
{
    const quint64 ticket = m_nextTicket++;
    m_pending.insert(ticket, Pending{receiver, std::move(failed)});
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, path = m_path, job = std::move(job)] {
            worker->execute(ticket, path, job);
        },
        Qt::QueuedConnection);
}

void UsageQueryRunner::onFinished(quint64 ticket, const Apply &apply, const QString &error)
{
    const Pending pending = m_pending.take(ticket);
    // A page closed while its query ran: nothing to apply the result to.
    if (pending.receiver) {
        if (!error.isEmpty()) {
            if (pending.failed)
                pending.failed(error);
        } else if (apply) {
            apply();
        }
    }
    if (m_pending.isEmpty())
        Q_EMIT idle();
}

} // namespace Switchyard::Gui
