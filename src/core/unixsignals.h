// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Switchyard {

// Turns SIGINT/SIGTERM (and SIGHUP) into Qt signals through a self-pipe (the only safe thing a
// handler can do).
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signal);
    void reloadRequested(); // SIGHUP

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Switchyard
