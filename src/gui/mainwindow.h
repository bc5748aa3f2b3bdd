// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Switchyard {

class Gateway;

namespace Gui {

// The desktop shell around the gateway: shows where the endpoint listens and what it is doing.
// Reads the engine's counters on a timer; never touches the network or blocks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Gateway *gateway, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setStartupError(const QString &error);
    // The config could not be loaded: say which file and every problem in it.
    static QString invalidConfigMessage(const QString &path, const QStringList &errors);
    // Shows the startup error in a dialog (after the window is up).
    void reportStartupError();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void copyBaseUrl();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Gateway *m_gateway;
    QString m_startupError;
};

} // namespace Gui
} // namespace Switchyard
