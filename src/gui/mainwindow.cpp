// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gateway.h"
#include "http/httpserver.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace Switchyard::Gui {

MainWindow::MainWindow(Gateway *gateway, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_gateway(gateway)
{
    m_ui->setupUi(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MainWindow::copyBaseUrl);
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    refresh();
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
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
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
