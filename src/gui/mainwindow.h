// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace Switchyard {

class Gateway;
namespace Usage {
struct RowFilter;
}

namespace Gui {

class AppController;
class OverviewPage;
class TrayIcon;

// The desktop shell around the gateway: a sidebar of pages (Overview: where the endpoint listens, what
// it is doing and what it costs; Apps: access tokens and client setup…) in a stack. Never touches the
// network or blocks. Pages that change the config do it through the AppController (none without one).
// A chart's bar on the Overview opens the Logs page filtered to the requests it counts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Gateway *gateway, AppController *controller = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setStartupError(const QString &error);
    [[nodiscard]] TrayIcon *tray() const { return m_tray; }
    [[nodiscard]] OverviewPage *overview() const { return m_overview; }
    // The config could not be loaded: say which file and every problem in it.
    static QString invalidConfigMessage(const QString &path, const QStringList &errors);
    // Shows the startup error in a dialog (after the window is up).
    void reportStartupError();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showLogs(const Usage::RowFilter &filter);
    void addPage(QWidget *page, const QString &title, const QString &objectName);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Gateway *m_gateway;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    TrayIcon *m_tray = nullptr;
    QString m_startupError;
};

} // namespace Gui
} // namespace Switchyard
