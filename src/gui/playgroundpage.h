// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/sse.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class PlaygroundPage;
}

namespace Switchyard {
class LocalCall;
namespace Usage {
struct UsageRecord;
}

namespace Gui {

class AppController;

// Playground: send a prompt to a route (or provider/model) and watch the reply stream in, with the
// rule, route and target that served it, its tokens, cost and latency. The request goes into the
// running engine in-process (Gateway::call), so it is routed, retried, cached and accounted exactly
// like an app's — it shows up in Logs under the app it was sent as.
class PlaygroundPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundPage)

public:
    explicit PlaygroundPage(AppController *controller, QWidget *parent = nullptr);
    ~PlaygroundPage() override;

    // The app name requests are counted for unless another app is picked.
    static QString defaultApp() { return QStringLiteral("playground"); }
    // The request body sent for a prompt (OpenAI Chat Completions), public for tests.
    static QByteArray requestBody(const QString &model, const QString &system, const QString &prompt,
                                  bool stream);

public Q_SLOTS:
    void send();
    void stop();

Q_SIGNALS:
    // Done with a Send: the answer is complete and shown, or failed, was stopped, or was refused before
    // anything was sent (the status line says which).
    void replyFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshChoices();
    void onHead();
    void onData(const QByteArray &bytes);
    void onFinished();
    void showUsage(const QJsonObject &usage);
    void showError(const QByteArray &body);
    void showRecord();
    void setBusy(bool busy);
    void clearDetails();

    std::unique_ptr<Ui::PlaygroundPage> m_ui;
    AppController *m_controller;
    QPointer<LocalCall> m_call;
    Llm::SseParser m_sse;
    QElapsedTimer m_clock;
    qint64 m_sentAtMs = 0;
    qint64 m_firstTokenMs = -1;
    QString m_app;
    int m_recordTries = 0;
};

} // namespace Gui
} // namespace Switchyard
