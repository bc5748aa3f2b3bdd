// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appspage.h"
#include "gateway.h"
#include "http/httpserver.h"
#include "logspage.h"
#include "playgroundpage.h"
#include "providerspage.h"
#include "settingspage.h"
#include "trayicon.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>

namespace Switchyard::Gui {

MainWindow::MainWindow(Gateway *gateway, AppController *controller, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_gateway(gateway)
{
    m_ui->setupUi(this);
    // The shell: the sidebar picks a page of the stack; the form's own content is the Overview page.
    QWidget *overview = takeCentralWidget();
    overview->setObjectName(QStringLiteral("overviewPage"));
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
    addPage(overview, tr("Overview"), QString());
    if (controller) {
        addPage(new ProvidersPage(controller, m_pages), tr("Providers & Keys"),
                QStringLiteral("providersPage"));
        addPage(new AppsPage(controller, m_pages), tr("Apps"), QStringLiteral("appsPage"));
        addPage(new LogsPage(controller, m_pages), tr("Logs"), QStringLiteral("logsPage"));
        addPage(new PlaygroundPage(controller, m_pages), tr("Playground"), QStringLiteral("playgroundPage"));
        addPage(new SettingsPage(controller, m_pages), tr("Settings"), QStringLiteral("settingsPage"));
        m_tray = new TrayIcon(controller, this, this);
    }
    // As wide as the longest page name (in whatever language), no wider.
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 24);
    setMinimumSize(720, 480);
    resize(960, 680); // restoreGeometry() below wins when there is a saved size
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MainWindow::copyBaseUrl);
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_sidebar->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("mainWindow/page")).toInt(), m_pages->count() - 1));
    refresh();
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
    refresh();
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

void MainWindow::refresh()
{
    const bool running = m_gateway->isRunning();
    if (running) {
        m_ui->statusValueLabel->setText(tr("Running"));
        m_ui->baseUrlLineEdit->setText(m_gateway->baseUrl());
        const Http::HttpServer *server = m_gateway->server();
        m_ui->requestsValueLabel->setText(QLocale().toString(qulonglong(server->requestCount())));
        m_ui->inFlightValueLabel->setText(QLocale().toString(server->inFlightCount()));
        m_ui->connectionsValueLabel->setText(QLocale().toString(server->connectionCount()));
    } else {
        m_ui->statusValueLabel->setText(m_startupError.isEmpty() ? tr("Stopped")
                                                                 : tr("Not running: %1").arg(m_startupError));
        m_ui->baseUrlLineEdit->clear();
        m_ui->requestsValueLabel->setText(QStringLiteral("–"));
        m_ui->inFlightValueLabel->setText(QStringLiteral("–"));
        m_ui->connectionsValueLabel->setText(QStringLiteral("–"));
    }
    m_ui->copyButton->setEnabled(running);
}

void MainWindow::copyBaseUrl()
{
    QGuiApplication::clipboard()->setText(m_ui->baseUrlLineEdit->text());
    statusBar()->showMessage(tr("Base URL copied"), 3000);
}

} // namespace Switchyard::Gui
