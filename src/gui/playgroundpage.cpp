// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundpage.h"

#include "appcontroller.h"
#include "gateway.h"
#include "localcall.h"
#include "ui_playgroundpage.h"
#include "usage/recentusage.h"
#include "usagelogmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>

namespace Switchyard::Gui {

namespace {
constexpr int kRecordTries = 20; // × 25 ms: the record is filed before the last byte leaves, so rarely needed
}

PlaygroundPage::PlaygroundPage(AppController *controller, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaygroundPage>()), m_controller(controller)
{
    m_ui->setupUi(this);
    connect(m_ui->playgroundSendButton, &QPushButton::clicked, this, &PlaygroundPage::send);
    connect(m_ui->playgroundStopButton, &QPushButton::clicked, this, &PlaygroundPage::stop);
    m_ui->playgroundPromptEdit->installEventFilter(this); // Ctrl+Enter sends
    connect(m_controller, &AppController::configChanged, this, &PlaygroundPage::refreshChoices);
    // A stopped endpoint cuts what it was serving: so is the request shown here.
    connect(m_controller, &AppController::endpointStateChanged, this, [this] {
        if (m_call && !m_controller->gateway()->isRunning())
            stop();
    });
    refreshChoices();
    clearDetails();
}

PlaygroundPage::~PlaygroundPage()
{
    if (m_call)
        m_call->cancel();
}

bool PlaygroundPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->playgroundPromptEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlaygroundPage::refreshChoices()
{
    const Config::Config &config = m_controller->config();
    const QString model = m_ui->playgroundModelComboBox->currentText();
    m_ui->playgroundModelComboBox->clear();
    QStringList direct;
    for (const Config::Route &route : config.routes) {
        m_ui->playgroundModelComboBox->addItem(route.name);
        for (const Config::RouteTarget &target : route.targets) {
            if (!target.provider.isEmpty() && !target.model.isEmpty())
                direct.append(target.provider + QLatin1Char('/') + target.model);
        }
    }
    direct.removeDuplicates();
    m_ui->playgroundModelComboBox->addItems(direct);
    if (!model.isEmpty())
        m_ui->playgroundModelComboBox->setCurrentText(model);

    const QString app = m_ui->playgroundAppComboBox->currentData().toString();
    m_ui->playgroundAppComboBox->clear();
    m_ui->playgroundAppComboBox->addItem(tr("Playground (no app's limits)"), defaultApp());
    for (const Config::AccessToken &token : config.tokens) {
        if (token.enabled)
            m_ui->playgroundAppComboBox->addItem(token.name, token.name);
    }
    const int index = m_ui->playgroundAppComboBox->findData(app);
    m_ui->playgroundAppComboBox->setCurrentIndex(qMax(0, index));
}

QByteArray PlaygroundPage::requestBody(const QString &model, const QString &system, const QString &prompt,
                                       bool stream)
{
    QJsonArray messages;
    if (!system.trimmed().isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), system}});
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt}});
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages}};
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        // The last chunk then carries the tokens, as it does for any OpenAI client that asks.
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void PlaygroundPage::clearDetails()
{
    for (QLabel *label : {m_ui->playgroundRuleLabel, m_ui->playgroundRouteLabel, m_ui->playgroundTargetLabel,
                          m_ui->playgroundTokensLabel, m_ui->playgroundCostLabel,
                          m_ui->playgroundLatencyLabel, m_ui->playgroundStatusLabel})
        label->setText(QStringLiteral("–"));
}

void PlaygroundPage::setBusy(bool busy)
{
    m_ui->playgroundSendButton->setEnabled(!busy);
    m_ui->playgroundStopButton->setEnabled(busy);
}

void PlaygroundPage::send()
{
    if (m_call)
        return;
    const QString model = m_ui->playgroundModelComboBox->currentText().trimmed();
    const QString prompt = m_ui->playgroundPromptEdit->toPlainText();
    clearDetails();
    if (model.isEmpty()) {
        m_ui->playgroundStatusLabel->setText(tr("Choose a route or a provider/model first."));
        m_ui->playgroundModelComboBox->setFocus();
        Q_EMIT replyFinished();
        return;
    }
    if (prompt.trimmed().isEmpty()) {
        m_ui->playgroundStatusLabel->setText(tr("Write a prompt first."));
        m_ui->playgroundPromptEdit->setFocus();
        Q_EMIT replyFinished();
        return;
    }
    Gateway *gateway = m_controller->gateway();
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    m_app = m_ui->playgroundAppComboBox->currentData().toString();
    const bool stream = m_ui->playgroundStreamCheckBox->isChecked();
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_call = gateway
                 ? gateway->call(QByteArrayLiteral("POST"), QByteArrayLiteral("/v1/chat/completions"),
                                 requestBody(model, m_ui->playgroundSystemLineEdit->text(), prompt, stream),
                                 headers, m_app, this)
                 : nullptr;
    if (!m_call) {
        m_ui->playgroundStatusLabel->setText(
            tr("The endpoint is stopped: start it in Settings (or from the tray) to send requests."));
        Q_EMIT replyFinished();
        return;
    }
    m_ui->playgroundReplyEdit->clear();
    m_sse = {};
    m_firstTokenMs = -1;
    m_recordTries = 0;
    m_clock.start();
    m_ui->playgroundStatusLabel->setText(tr("Waiting for the first byte…"));
    connect(m_call, &LocalCall::headReceived, this, &PlaygroundPage::onHead);
    connect(m_call, &LocalCall::dataReceived, this, &PlaygroundPage::onData);
    connect(m_call, &LocalCall::finished, this, &PlaygroundPage::onFinished);
    setBusy(true);
}

void PlaygroundPage::stop()
{
    if (!m_call)
        return;
    m_call->cancel();
    m_call->deleteLater();
    m_call = nullptr;
    setBusy(false);
    m_ui->playgroundStatusLabel->setText(tr("Stopped after %1 ms; the request is logged as cancelled (499).")
                                             .arg(QLocale().toString(m_clock.elapsed())));
    Q_EMIT replyFinished();
}

void PlaygroundPage::onHead()
{
    const Http::HttpHeaders &h = m_call->headers();
    auto text = [](const QByteArray &value) {
        return value.isEmpty() ? QStringLiteral("–") : QString::fromUtf8(value);
    };
    m_ui->playgroundRuleLabel->setText(text(h.value("x-switchyard-rule")));
    QString route = text(h.value("x-switchyard-route"));
    if (const QByteArray strategy = h.value("x-switchyard-strategy"); !strategy.isEmpty())
        route += tr(" (%1)").arg(QString::fromUtf8(strategy));
    m_ui->playgroundRouteLabel->setText(route);
    QString target =
        h.value("x-switchyard-provider").isEmpty()
            ? QStringLiteral("–")
            : QString::fromUtf8(h.value("x-switchyard-provider") + '/' + h.value("x-switchyard-model"));
    const QByteArray attempts = h.value("x-switchyard-attempts");
    if (!attempts.isEmpty() && attempts != "1")
        target += tr(", after %n attempt(s)", nullptr, attempts.toInt() - 1);
    if (h.value("x-switchyard-cache") == "hit")
        target += tr(" — from the response cache");
    m_ui->playgroundTargetLabel->setText(target);
    m_ui->playgroundStatusLabel->setText(m_call->status() < 400 ? tr("Receiving…")
                                                                : tr("HTTP %1").arg(m_call->status()));
}

void PlaygroundPage::onData(const QByteArray &bytes)
{
    if (!m_call->isStreamed() || m_call->status() >= 400)
        return; // the whole body is read at the end
    QList<Llm::SseEvent> events;
    m_sse.feed(bytes, events);
    for (const Llm::SseEvent &event : events) {
        if (event.data == "[DONE]")
            continue;
        const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        if (chunk.contains(QLatin1StringView("error"))) {
            showError(event.data);
            continue;
        }
        const QJsonArray choices = chunk.value(QLatin1StringView("choices")).toArray();
        if (!choices.isEmpty()) {
            const QString delta = choices.first()
                                      .toObject()
                                      .value(QLatin1StringView("delta"))
                                      .toObject()
                                      .value(QLatin1StringView("content"))
                                      .toString();
            if (!delta.isEmpty()) {
                if (m_firstTokenMs < 0)
                    m_firstTokenMs = m_clock.elapsed();
                QTextCursor cursor = m_ui->playgroundReplyEdit->textCursor();
                cursor.movePosition(QTextCursor::End);
                cursor.insertText(delta);
            }
        }
        if (const QJsonValue usage = chunk.value(QLatin1StringView("usage")); usage.isObject())
            showUsage(usage.toObject());
    }
}

void PlaygroundPage::showUsage(const QJsonObject &usage)
{
    const qint64 input = usage.value(QLatin1StringView("prompt_tokens")).toInteger();
    const qint64 output = usage.value(QLatin1StringView("completion_tokens")).toInteger();
    const qint64 cached = usage.value(QLatin1StringView("prompt_tokens_details"))
                              .toObject()
                              .value(QLatin1StringView("cached_tokens"))
                              .toInteger();
    const qint64 reasoning = usage.value(QLatin1StringView("completion_tokens_details"))
                                 .toObject()
                                 .value(QLatin1StringView("reasoning_tokens"))
                                 .toInteger();
    QString text = tr("%1 in, %2 out").arg(QLocale().toString(input), QLocale().toString(output));
    if (cached > 0)
        text += tr(", %1 of them cached").arg(QLocale().toString(cached));
    if (reasoning > 0)
        text += tr(", %1 reasoning").arg(QLocale().toString(reasoning));
    m_ui->playgroundTokensLabel->setText(text);
}

void PlaygroundPage::showError(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    const QString message = error.value(QLatin1StringView("message")).toString();
    const QString code = error.value(QLatin1StringView("code")).toString();
    m_ui->playgroundStatusLabel->setText(
        message.isEmpty() ? tr("HTTP %1: %2").arg(m_call->status()).arg(QString::fromUtf8(body.left(300)))
        : code.isEmpty()  ? tr("HTTP %1: %2").arg(m_call->status()).arg(message)
                          : tr("HTTP %1 (%2): %3").arg(m_call->status()).arg(code, message));
}

void PlaygroundPage::onFinished()
{
    const qint64 totalMs = m_clock.elapsed();
    const bool streamed = m_call->isStreamed();
    if (m_call->status() >= 400) {
        showError(m_call->body());
    } else {
        if (!streamed) {
            const QJsonObject answer = QJsonDocument::fromJson(m_call->body()).object();
            const QJsonArray choices = answer.value(QLatin1StringView("choices")).toArray();
            m_ui->playgroundReplyEdit->setPlainText(choices.isEmpty()
                                                        ? QString()
                                                        : choices.first()
                                                              .toObject()
                                                              .value(QLatin1StringView("message"))
                                                              .toObject()
                                                              .value(QLatin1StringView("content"))
                                                              .toString());
            showUsage(answer.value(QLatin1StringView("usage")).toObject());
        }
        if (!m_ui->playgroundStatusLabel->text().startsWith(QLatin1StringView("HTTP")))
            m_ui->playgroundStatusLabel->setText(tr("Done (HTTP %1)").arg(m_call->status()));
    }
    m_ui->playgroundLatencyLabel->setText(
        m_firstTokenMs >= 0 ? tr("%1 ms to the first token, %2 ms in all")
                                  .arg(QLocale().toString(m_firstTokenMs), QLocale().toString(totalMs))
                            : tr("%1 ms").arg(QLocale().toString(totalMs)));
    showRecord();
}

// The cost as it was accounted: the usage record the engine filed for this request (by its id; a request
// refused before routing carries none, then this app's newest since we sent it).
void PlaygroundPage::showRecord()
{
    if (!m_call)
        return;
    const QByteArray id = m_call->headers().value("x-switchyard-request-id");
    const QList<Usage::UsageRecord> records = m_controller->gateway()->recentUsage().records();
    const Usage::UsageRecord *found = nullptr;
    for (auto it = records.crbegin(); it != records.crend() && !found; ++it) {
        if ((!id.isEmpty() && it->requestId == id) || (it->app == m_app && it->startedAtMs >= m_sentAtMs))
            found = &*it;
    }
    if (!found && ++m_recordTries < kRecordTries) {
        QTimer::singleShot(25, this, &PlaygroundPage::showRecord);
        return;
    }
    if (found) {
        QString cost = found->costMicros ? UsageLogModel::formatCost(QJsonValue(*found->costMicros))
                                         : tr("unpriced (no known price for %1)").arg(found->model);
        if (found->cacheHit)
            cost = tr("%1 (cache hit; saved %2)")
                       .arg(cost, UsageLogModel::formatCost(QJsonValue(found->savedMicros)));
        if (found->usage.estimated)
            cost += tr(" — tokens estimated");
        m_ui->playgroundCostLabel->setText(cost);
    } else {
        m_ui->playgroundCostLabel->setText(tr("not found in the recent requests"));
    }
    m_call->deleteLater();
    m_call = nullptr;
    setBusy(false);
    Q_EMIT replyFinished();
}

} // namespace Switchyard::Gui
