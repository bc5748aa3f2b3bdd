// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "appcontroller.h"
#include "charts/charttable.h"
#include "gateway.h"
#include "routing/targethealth.h"
#include "usage/spendtracker.h"

#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace Switchyard::Gui {

namespace {

// To the cent, or exact below a cent: a day of small requests is not "$0.00".
QString usd(qint64 micros)
{
    return ChartTable::usdShort(micros);
}

} // namespace

TrayIcon::TrayIcon(AppController *controller, QWidget *window, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window), m_tray(new QSystemTrayIcon(this)),
      m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    auto *show = m_menu->addAction(tr("Show Switchyard"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, [this] {
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
    m_menu->addSeparator();
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("trayStatusAction"));
    m_statusAction->setEnabled(false);
    m_spendAction = m_menu->addAction(QString());
    m_spendAction->setObjectName(QStringLiteral("traySpendAction"));
    m_spendAction->setEnabled(false);
    m_pauseAction = m_menu->addAction(QString());
    m_pauseAction->setObjectName(QStringLiteral("trayPauseAction"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        Gateway *gateway = m_controller->gateway();
        if (gateway && gateway->isRunning())
            m_controller->stopEndpoint();
        else
            m_controller->startEndpoint();
    });
    m_menu->addSeparator();
    auto *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_tray->setIcon(QIcon(QStringLiteral(":/switchyard/icons/switchyard-64.png")));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [show](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            show->trigger();
    });
    connect(this, &TrayIcon::alert, this, [this](const QString &title, const QString &message) {
        if (m_tray->isVisible())
            m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    });
    connect(m_controller, &AppController::endpointStateChanged, this, &TrayIcon::refresh);
    auto *timer = new QTimer(this);
    timer->setInterval(5000);
    connect(timer, &QTimer::timeout, this, &TrayIcon::refresh);
    timer->start();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    refresh();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_tray->isVisible();
}

void TrayIcon::refresh()
{
    Gateway *gateway = m_controller->gateway();
    const bool running = gateway && gateway->isRunning();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_statusAction->setText(running ? tr("Listening on %1").arg(m_controller->endpointRoot())
                                    : tr("Endpoint stopped"));
    const qint64 today = gateway ? gateway->spend(Usage::SpendTracker::totalKey(), now).dayMicros : 0;
    m_spendAction->setText(tr("Spent today: %1").arg(usd(today)));
    m_pauseAction->setText(running ? tr("Pause the endpoint") : tr("Resume the endpoint"));
    m_tray->setToolTip(
        running
            ? tr("Switchyard: listening on %1, %2 spent today").arg(m_controller->endpointRoot(), usd(today))
            : tr("Switchyard: the endpoint is stopped"));
    if (!gateway)
        return;
    checkProviders(now);
    checkBudgets(now);
}

void TrayIcon::checkProviders(qint64 nowMs)
{
    const QHash<QString, Routing::TargetStats> all = m_controller->gateway()->health().all(nowMs);
    QSet<QString> down;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->cooldownUntilMs <= nowMs)
            continue;
        down.insert(it.key());
        if (!m_down.contains(it.key()))
            Q_EMIT alert(tr("%1 is down").arg(it.key()),
                         tr("%n failure(s) in a row; Switchyard sends its requests elsewhere for %1 s.",
                            nullptr, it->consecutiveFailures)
                             .arg((it->cooldownUntilMs - nowMs + 999) / 1000));
    }
    m_down = down; // announced again only after it recovered and failed anew
}

void TrayIcon::checkBudgets(qint64 nowMs)
{
    const Config::Config &config = m_controller->config();
    Gateway *gateway = m_controller->gateway();
    auto check = [&](const QString &who, const QString &key, const Config::Budget &budget) {
        if (!budget.isSet())
            return;
        const Usage::SpendTracker::Spend spent = gateway->spend(key, nowMs);
        struct Period
        {
            const char *name;
            qint64 limit;
            qint64 spent;
            qint64 index;
        };
        const Period periods[] = {
            {QT_TR_NOOP("daily"), budget.dailyMicros, spent.dayMicros, Usage::SpendTracker::dayIndex(nowMs)},
            {QT_TR_NOOP("monthly"), budget.monthlyMicros, spent.monthMicros,
             Usage::SpendTracker::monthIndex(nowMs)},
        };
        for (const Period &p : periods) {
            if (p.limit <= 0 || p.spent * 100 < p.limit * budget.warnAtPercent)
                continue;
            const QString id = key + QLatin1Char('|') + QLatin1StringView(p.name);
            if (m_warned.value(id, -1) == p.index)
                continue; // announced for this day (month) already
            m_warned.insert(id, p.index);
            Q_EMIT alert(
                tr("Budget warning: %1").arg(who),
                p.spent >= p.limit
                    ? tr("%1 has spent %2 of its %3 budget of %4: its requests are refused until it resets.")
                          .arg(who, usd(p.spent), tr(p.name), usd(p.limit))
                    : tr("%1 has spent %2 of its %3 budget of %4.")
                          .arg(who, usd(p.spent), tr(p.name), usd(p.limit)));
        }
    };
    for (const Config::AccessToken &t : config.tokens)
        check(tr("the app '%1'").arg(t.name), t.name, t.budget);
    for (const Config::Route &r : config.routes)
        check(tr("the route '%1'").arg(r.name), Usage::SpendTracker::routeKey(r.name), r.budget);
    check(tr("Switchyard"), Usage::SpendTracker::totalKey(), config.budget);
}

} // namespace Switchyard::Gui
