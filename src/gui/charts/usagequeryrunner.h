// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Switchyard::Usage {
class UsageStore;
}

namespace Switchyard::Gui {

// The charts' and the Overview's way to the usage store: queries run one after another on a thread of
// their own, with its own connection (a Qt Sql connection belongs to the thread that opened it), and
// their results are applied back on the GUI thread. Only rollups are read, so each query is quick.
class UsageQueryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageQueryWorker)

public:
    // Runs on the worker thread with the open store; returns what to do with the result on the GUI
    // thread.
    using Apply = std::function<void()>;
    using Job = std::function<Apply(Usage::UsageStore &store)>;

    UsageQueryWorker();
    ~UsageQueryWorker() override;

    void execute(quint64 ticket, const QString &path, const Job &job);

Q_SIGNALS:
    void finished(quint64 ticket, const Switchyard::Gui::UsageQueryWorker::Apply &apply,
                  const QString &error);

private:
    std::unique_ptr<Usage::UsageStore> m_store;
    QString m_path;
};

class UsageQueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageQueryRunner)

public:
    using Apply = UsageQueryWorker::Apply;
    using Job = UsageQueryWorker::Job;

    explicit UsageQueryRunner(QObject *parent = nullptr);
    ~UsageQueryRunner() override;

    // A SQLite path or PostgreSQL URL; empty: no store (run() reports that as an error).
    void setStorePath(const QString &path);
    [[nodiscard]] QString storePath() const { return m_path; }
    [[nodiscard]] bool hasStore() const { return !m_path.isEmpty(); }

    // Runs `job` off the GUI thread; then, if `receiver` still exists, calls what it returned, or
    // `failed` with the reason when the store could not be opened.
    void run(QObject *receiver, Job job, std::function<void(const QString &error)> failed = {});
    [[nodiscard]] bool isBusy() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void idle(); // every job run so far has been applied

private:
    struct Pending
    {
        QPointer<QObject> receiver;
        std::function<void(const QString &)> failed;
    };
    void onFinished(quint64 ticket, const Apply &apply, const QString &error);

    QThread m_thread;
    UsageQueryWorker *m_worker; // lives on m_thread
    QString m_path;
    quint64 m_nextTicket = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace Switchyard::Gui
