// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Switchyard::Gui {

class AppController;

// The system tray: the endpoint's state and today's spend at a glance, pause/resume, show the window,
// quit; and desktop notifications when a provider goes down (its circuit opens) or spending passes a
// budget's warning threshold. Without a tray (no status notifier host, offscreen) nothing is shown,
// but the alerts are still worked out (alertsChanged()), so they can be tested.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(AppController *controller, QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] bool isAvailable() const; // a tray is there to close the window into
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    // Re-reads the state, and raises the alerts that are new since the last call.
    void refresh();

Q_SIGNALS:
    void alert(const QString &title, const QString &message);

private:
    void checkProviders(qint64 nowMs);
    void checkBudgets(qint64 nowMs);

    AppController *m_controller;
    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_statusAction;
    QAction *m_spendAction;
    QAction *m_pauseAction;
    QSet<QString> m_down;            // targets whose circuit is open, already announced
    QHash<QString, qint64> m_warned; // budget → the day (or month) it was announced for
};

} // namespace Switchyard::Gui
