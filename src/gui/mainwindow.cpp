// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appspage.h"
#include "gateway.h"
#include "logspage.h"
#include "overviewpage.h"
#include "playgroundpage.h"
#include "providerspage.h"
#include "routespage.h"
#include "rulespage.h"
#include "settingspage.h"
#include "trayicon.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>

namespace Switchyard::Gui {

MainWindow::MainWindow(Gateway *gateway, AppController *controller, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_gateway(gateway)
{
    m_ui->setupUi(this);
    // The shell: the sidebar picks a page of the stack.
    auto *shell = new QWidget(this);
    auto *layout = new QHBoxLayout(shell);
    m_sidebar = new QListWidget(shell);
    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setMaximumWidth(200);
    m_pages = new QStackedWidget(shell);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(shell);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_overview = new OverviewPage(gateway, controller, m_pages);
    connect(m_overview, &OverviewPage::baseUrlCopied, this,
            [this] { statusBar()->showMessage(tr("Base URL copied"), 3000); });
    connect(m_overview, &OverviewPage::logsRequested, this, &MainWindow::showLogs);
    addPage(m_overview, tr("Overview"), QStringLiteral("overviewPage"));
    if (controller) {
        addPage(new ProvidersPage(controller, m_pages), tr("Providers & Keys"),
                QStringLiteral("providersPage"));
        addPage(new RoutesPage(controller, m_pages), tr("Routes"), QStringLiteral("routesPage"));
        addPage(new RulesPage(controller, m_pages), tr("Rules"), QStringLiteral("rulesPage"));
        addPage(new AppsPage(controller, m_pages), tr("Apps"), QStringLiteral("appsPage"));
        addPage(new LogsPage(controller, m_pages), tr("Logs"), QStringLiteral("logsPage"));
        addPage(new PlaygroundPage(controller, m_pages), tr("Playground"), QStringLiteral("playgroundPage"));
        addPage(new SettingsPage(controller, m_pages), tr("Settings"), QStringLiteral("settingsPage"));
        m_tray = new TrayIcon(controller, this, this);
    }
    // As wide as the longest page name (in whatever language), no wider.
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 24);
    setMinimumSize(720, 480);
    // Room for the route graph and the charts beside their forms, within the screen; restoreGeometry()
    // below wins when there is a saved size.
    const QSize room = screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(1240, 820);
    resize(QSize(1240, 820).boundedTo(room).expandedTo(minimumSize()));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_sidebar->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("mainWindow/page")).toInt(), m_pages->count() - 1));
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &objectName)
{
    if (!objectName.isEmpty())
        page->setObjectName(objectName);
    page->setAccessibleName(title);
    m_pages->addWidget(page);
    m_sidebar->addItem(title);
    // Ctrl+1, Ctrl+2…: straight to a page from the keyboard.
    const int index = m_pages->count() - 1;
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
    connect(shortcut, &QShortcut::activated, this, [this, index] { m_sidebar->setCurrentRow(index); });
}

MainWindow::~MainWindow() = default;

void MainWindow::setStartupError(const QString &error)
{
    m_startupError = error;
    m_overview->setStartupError(error);
}

void MainWindow::showLogs(const Usage::RowFilter &filter)
{
    auto *logs = m_pages->findChild<LogsPage *>();
    if (!logs)
        return; // no controller, no Logs page
    logs->showFilter(filter);
    m_sidebar->setCurrentRow(m_pages->indexOf(logs));
}

QString MainWindow::invalidConfigMessage(const QString &path, const QStringList &errors)
{
    return tr("The config %1 is invalid:\n%2").arg(path, errors.join(QLatin1Char('\n')));
}

void MainWindow::reportStartupError()
{
    if (!m_startupError.isEmpty())
        QMessageBox::warning(this, tr("Switchyard could not start the endpoint"), m_startupError);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    // With a tray, closing the window keeps the endpoint serving (the tray's Quit ends it); said once.
    if (m_tray && m_tray->isAvailable() && settings.value(QStringLiteral("ui/closeToTray"), true).toBool()) {
        settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
        hide();
        event->ignore();
        if (!settings.value(QStringLiteral("ui/closeToTrayExplained")).toBool()) {
            settings.setValue(QStringLiteral("ui/closeToTrayExplained"), true);
            Q_EMIT m_tray->alert(tr("Switchyard keeps running"),
                                 tr("The endpoint still serves your apps. Quit from the tray icon's menu."));
        }
        return;
    }
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), m_sidebar->currentRow());
    QMainWindow::closeEvent(event);
}

} // namespace Switchyard::Gui
