// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunwizard.h"

#include "appcontroller.h"
#include "clientsetup.h"
#include "config/accesstokens.h"
#include "gateway.h"
#include "providerprobe.h"
#include "providers/presets.h"
#include "secrets/keyring.h"
#include "secrets/keystore.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>

namespace Switchyard::Gui {

namespace {

// A page whose Next follows a condition the wizard owns: QWizardPage's mandatory fields cannot say
// "not while the keychain write runs".
class Page final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    [[nodiscard]] bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

// As on the Providers & Keys page: the masked hint it shows for a key in the keychain.
QString hintKey(const QString &keyRef)
{
    return QStringLiteral("providers/keyHints/") + keyRef;
}

QString maskedHint(const QByteArray &key)
{
    return key.size() >= 12 ? QStringLiteral("…") + QString::fromLatin1(key.right(4)) : QString();
}

// `base`, else base-2, base-3…: the first name `taken` says is free.
QString freeName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

// A sensible default among a provider's models: a current, cheap, capable chat model where the
// list has one (exact name first, then a dated version of it), else the first.
int preferredModel(const QStringList &ids)
{
    static const QStringList preferred{
        QStringLiteral("gpt-4o-mini"),        QStringLiteral("gpt-4.1-mini"),
        QStringLiteral("claude-sonnet-4-5"),  QStringLiteral("claude-3-5-haiku"),
        QStringLiteral("gemini-2.5-flash"),   QStringLiteral("gemini-2.0-flash"),
        QStringLiteral("llama-3.3-70b"),      QStringLiteral("mistral-small-latest"),
        QStringLiteral("deepseek-chat"),      QStringLiteral("grok-3-mini"),
        QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    };
    for (const QString &want : preferred) {
        if (const qsizetype exact = ids.indexOf(want); exact >= 0)
            return int(exact);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids[i].startsWith(want))
                return int(i);
        }
    }
    return 0;
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    return label;
}

QProgressBar *busyBar(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0); // busy: the keychain and providers do not report progress
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

} // namespace

FirstRunWizard::FirstRunWizard(AppController *controller, QWidget *parent)
    : QWizard(parent), m_controller(controller), m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Switchyard"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(600, 460);
    buildWelcomePage();
    buildKeyPage();
    buildModelPage();
    buildDonePage();
    setButtonText(QWizard::CommitButton, tr("&Create"));
    const struct
    {
        QWizard::WizardButton which;
        const char *name;
        QString accessible;
    } buttons[] = {{QWizard::BackButton, "firstRunBackButton", tr("Back to the previous step")},
                   {QWizard::NextButton, "firstRunNextButton", tr("Next step")},
                   {QWizard::CommitButton, "firstRunCommitButton",
                    tr("Create the provider, the default route and the app token")},
                   {QWizard::FinishButton, "firstRunFinishButton", tr("Finish and close the welcome")},
                   {QWizard::CancelButton, "firstRunCancelButton", tr("Cancel the welcome")}};
    for (const auto &b : buttons) {
        button(b.which)->setObjectName(QLatin1StringView(b.name));
        button(b.which)->setAccessibleName(b.accessible);
    }
    presetChosen();
}

FirstRunWizard::~FirstRunWizard()
{
    // Closed without finishing (the app quit): the key must not stay behind in the keychain.
    if (!m_committed && !m_storedName.isEmpty())
        m_controller->keyStore()->remove(m_storedName, [](const Secrets::KeyStore::Result &) {});
}

bool FirstRunWizard::isNeeded(const Config::Config &config)
{
    if (!config.tokens.isEmpty())
        return false;
    for (const Config::Provider &p : config.providers) {
        if (!p.keyRef.isEmpty())
            return false;
        if (!p.apiKeyEnv.isEmpty() && !qEnvironmentVariableIsEmpty(p.apiKeyEnv.toLocal8Bit().constData()))
            return false;
        const Providers::Preset *preset = Providers::findPreset(p.preset);
        if (preset && preset->local && !config.server.requireToken)
            return false;
    }
    return true;
}

void FirstRunWizard::buildWelcomePage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("firstRunWelcomePage"));
    page->setTitle(tr("Welcome to Switchyard"));
    page->setSubTitle(tr("One local endpoint for your scripts and tools, in front of every AI provider. "
                         "Three steps: choose a provider, add its key, and copy a ready-to-use snippet."));
    auto *layout = new QVBoxLayout(page);
    auto *presetLabel = new QLabel(tr("&Which provider do you want to use first?"), page);
    presetLabel->setObjectName(QStringLiteral("firstRunPresetLabel"));
    m_presetList = new QListWidget(page);
    m_presetList->setObjectName(QStringLiteral("firstRunPresetListWidget"));
    m_presetList->setAccessibleName(tr("Provider"));
    presetLabel->setBuddy(m_presetList);
    for (const Providers::Preset &p : Providers::presets()) {
        auto *item = new QListWidgetItem(
            p.local ? tr("%1 (on this computer, no key needed)").arg(p.displayName) : p.displayName,
            m_presetList);
        item->setData(Qt::UserRole, p.id);
    }
    m_presetList->setCurrentRow(0);
    layout->addWidget(presetLabel);
    layout->addWidget(m_presetList, 1);
    auto *form = new QFormLayout;
    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setObjectName(QStringLiteral("firstRunBaseUrlLineEdit"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    form->addRow(tr("&Base URL:"), m_baseUrl);
    layout->addLayout(form);
    m_presetHint = wrappedLabel(QStringLiteral("firstRunPresetHintLabel"), page);
    layout->addWidget(m_presetHint);
    page->complete = [this] {
        const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
        return preset() && url.isValid() &&
               (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
               !url.host().isEmpty();
    };
    connect(m_presetList, &QListWidget::currentRowChanged, this, &FirstRunWizard::presetChosen);
    connect(m_presetList, &QListWidget::itemActivated, this, [this] {
        if (currentId() == WelcomePage)
            next();
    });
    connect(m_baseUrl, &QLineEdit::textChanged, page, &Page::changed);
    setPage(WelcomePage, page);
}

void FirstRunWizard::buildKeyPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("firstRunKeyPage"));
    page->setSubTitle(tr("Switchyard keeps it in your system keychain, never in a file, and will not show "
                         "it again."));
    auto *layout = new QVBoxLayout(page);
    m_keyHint = wrappedLabel(QStringLiteral("firstRunKeyHintLabel"), page);
    m_keyHint->setOpenExternalLinks(true);
    layout->addWidget(m_keyHint);
    auto *form = new QFormLayout;
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("firstRunKeyLineEdit"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key here"));
    form->addRow(tr("API &key:"), m_key);
    layout->addLayout(form);
    m_keyProgress = busyBar(QStringLiteral("firstRunKeyProgressBar"), tr("Storing the key"), page);
    layout->addWidget(m_keyProgress);
    m_keyMessage = wrappedLabel(QStringLiteral("firstRunKeyMessageLabel"), page);
    m_keyMessage->setAccessibleName(tr("Key status"));
    layout->addWidget(m_keyMessage);
    layout->addStretch(1);
    page->complete = [this] { return !m_busy && !m_key->text().trimmed().isEmpty(); };
    connect(m_key, &QLineEdit::textChanged, page, &Page::changed);
    setPage(KeyPage, page);
}

void FirstRunWizard::buildModelPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("firstRunModelPage"));
    page->setTitle(tr("Test the connection"));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_testProgress = busyBar(QStringLiteral("firstRunTestProgressBar"), tr("Testing the connection"), page);
    layout->addWidget(m_testProgress);
    m_testMessage = wrappedLabel(QStringLiteral("firstRunTestMessageLabel"), page);
    m_testMessage->setAccessibleName(tr("Connection test result"));
    layout->addWidget(m_testMessage);
    m_retryTest = new QPushButton(tr("&Test again"), page);
    m_retryTest->setObjectName(QStringLiteral("firstRunRetryTestButton"));
    m_retryTest->setAccessibleName(tr("Test the connection again"));
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retryTest);
    retryRow->addStretch(1);
    layout->addLayout(retryRow);
    auto *form = new QFormLayout;
    m_model = new QComboBox(page);
    m_model->setObjectName(QStringLiteral("firstRunModelComboBox"));
    m_model->setAccessibleName(tr("Default model"));
    m_model->setEditable(true); // a provider without a model list: type the name
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("Default &model:"), m_model);
    layout->addLayout(form);
    auto *explain = wrappedLabel(QStringLiteral("firstRunModelExplainLabel"), page);
    explain->setText(tr("“Create” adds the provider, a route named “default” that sends requests to this "
                        "model, and a token for your first app."));
    layout->addWidget(explain);
    layout->addStretch(1);
    page->complete = [this] { return !m_busy && !m_model->currentText().trimmed().isEmpty(); };
    connect(m_model, &QComboBox::currentTextChanged, page, &Page::changed);
    connect(m_retryTest, &QPushButton::clicked, this, &FirstRunWizard::startTest);
    setPage(ModelPage, page);
}

void FirstRunWizard::buildDonePage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("firstRunDonePage"));
    page->setTitle(tr("Ready to go"));
    auto *layout = new QVBoxLayout(page);
    m_doneMessage = wrappedLabel(QStringLiteral("firstRunDoneMessageLabel"), page);
    layout->addWidget(m_doneMessage);
    auto *tokenLabel = new QLabel(tr("App &token (copy it now: Switchyard keeps only a hash of it and "
                                     "cannot show it again):"),
                                  page);
    tokenLabel->setObjectName(QStringLiteral("firstRunTokenLabel"));
    tokenLabel->setWordWrap(true);
    layout->addWidget(tokenLabel);
    auto *tokenRow = new QHBoxLayout;
    m_tokenEdit = new QLineEdit(page);
    m_tokenEdit->setObjectName(QStringLiteral("firstRunTokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("App token"));
    m_tokenEdit->setReadOnly(true);
    tokenLabel->setBuddy(m_tokenEdit);
    auto *copyToken = new QPushButton(tr("Cop&y token"), page);
    copyToken->setObjectName(QStringLiteral("firstRunCopyTokenButton"));
    copyToken->setAccessibleName(tr("Copy the app token"));
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(copyToken);
    layout->addLayout(tokenRow);
    auto *clientRow = new QHBoxLayout;
    auto *clientLabel = new QLabel(tr("Use it &from:"), page);
    clientLabel->setObjectName(QStringLiteral("firstRunClientLabel"));
    m_client = new QComboBox(page);
    m_client->setObjectName(QStringLiteral("firstRunClientComboBox"));
    m_client->setAccessibleName(tr("Client"));
    clientLabel->setBuddy(m_client);
    for (const ClientSetup &c : clientSetups({}, {}, {}))
        m_client->addItem(c.name, c.id);
    m_client->setCurrentIndex(qMax(0, m_client->findData(QStringLiteral("curl"))));
    auto *copySnippet = new QPushButton(tr("Copy &snippet"), page);
    copySnippet->setObjectName(QStringLiteral("firstRunCopySnippetButton"));
    copySnippet->setAccessibleName(tr("Copy the snippet"));
    clientRow->addWidget(clientLabel);
    clientRow->addWidget(m_client, 1);
    clientRow->addWidget(copySnippet);
    layout->addLayout(clientRow);
    m_snippet = new QPlainTextEdit(page);
    m_snippet->setObjectName(QStringLiteral("firstRunSnippetPlainTextEdit"));
    m_snippet->setAccessibleName(tr("Snippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_snippet, 1);
    m_snippetNote = wrappedLabel(QStringLiteral("firstRunSnippetNoteLabel"), page);
    layout->addWidget(m_snippetNote);
    connect(copyToken, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_tokenEdit->text()); });
    connect(copySnippet, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_snippet->toPlainText()); });
    connect(m_client, &QComboBox::currentIndexChanged, this, &FirstRunWizard::updateSnippet);
    setPage(DonePage, page);
}

const Providers::Preset *FirstRunWizard::preset() const
{
    const QListWidgetItem *item = m_presetList->currentItem();
    return item ? Providers::findPreset(item->data(Qt::UserRole).toString()) : nullptr;
}

Config::Provider FirstRunWizard::provider() const
{
    const Providers::Preset *p = preset();
    Config::Provider provider;
    provider.id = m_providerId;
    provider.kind = p ? p->kind : QString();
    provider.preset = p ? p->id : QString();
    provider.baseUrl = QUrl(m_baseUrl->text().trimmed());
    if (p && !p->local)
        provider.keyRef = m_providerId; // as the Providers & Keys page names keychain entries
    return provider;
}

void FirstRunWizard::presetChosen()
{
    const Providers::Preset *p = preset();
    if (!p)
        return;
    m_baseUrl->setText(p->baseUrl);
    const bool azure = p->kind == QLatin1String("azure");
    m_baseUrl->setPlaceholderText(!p->baseUrl.isEmpty() ? QString()
                                  : azure               ? tr("https://<your resource>.openai.azure.com")
                                                        : tr("https://<the service>/v1"));
    m_presetHint->setText(
        p->baseUrl.isEmpty()
            ? (azure ? tr("Enter your resource's endpoint, as shown in the Azure portal.")
                     : tr("Enter the service's base URL, up to and including its version (often /v1)."))
        : p->local ? tr("Start %1 first; change the URL if it listens elsewhere.").arg(p->displayName)
                   : tr("Leave the URL as it is unless you reach %1 through a proxy.").arg(p->displayName));
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePage: {
        const Providers::Preset *p = preset();
        return p && p->local ? ModelPage : KeyPage;
    }
    case KeyPage: return ModelPage;
    case ModelPage: return DonePage;
    default: return -1;
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case WelcomePage: {
        const Providers::Preset *p = preset();
        if (!p)
            return false;
        const Config::Config &config = m_controller->config();
        m_providerId =
            freeName(p->id, [&config](const QString &id) { return config.provider(id) != nullptr; });
        return true;
    }
    case KeyPage: {
        const QByteArray key = m_key->text().trimmed().toUtf8();
        if (!key.isEmpty() && m_storedName == m_providerId && m_storedKey == key)
            return true; // already in the keychain (back and forth)
        storeKey();
        return false; // the write's callback moves on
    }
    case ModelPage: return commit();
    default: return QWizard::validateCurrentPage();
    }
}

void FirstRunWizard::storeKey()
{
    const QByteArray key = m_key->text().trimmed().toUtf8();
    const QString name = m_providerId;
    if (key.isEmpty() || name.isEmpty() || m_busy)
        return;
    if (!m_storedName.isEmpty() && m_storedName != name) {
        // Another provider was chosen after a key was stored: that entry is not needed any more.
        m_controller->keyStore()->remove(m_storedName, [](const Secrets::KeyStore::Result &) {});
        m_storedName.clear();
        m_storedKey.clear();
    }
    setBusy(true);
    button(QWizard::BackButton)->setEnabled(false);
    m_keyProgress->show();
    m_keyMessage->setText(tr("Storing the key in the system keychain…"));
    QPointer<FirstRunWizard> self(this);
    m_controller->keyStore()->write(name, key, [self, name, key](const Secrets::KeyStore::Result &result) {
        if (!self)
            return;
        self->m_keyProgress->hide();
        self->setBusy(false);
        if (!result.ok()) {
            self->m_keyMessage->setText(
                tr("The key could not be stored in the system keychain, so nothing was added: %1\n"
                   "Unlock the keychain (or start its service), then press “Next” to try again.")
                    .arg(result.message));
            return;
        }
        self->m_storedName = name;
        self->m_storedKey = key;
        self->m_keyMessage->setText(tr("The key is in the keychain."));
        if (self->currentId() == KeyPage)
            self->next();
    });
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    const Providers::Preset *p = preset();
    const QString name = p ? p->displayName : QString();
    switch (id) {
    case KeyPage:
        page(KeyPage)->setTitle(tr("Add your %1 key").arg(name));
        m_keyHint->setText(p && !p->docsUrl.isEmpty()
                               ? tr("Create a key in your %1 account, or copy an existing one (see <a "
                                    "href=\"%2\">%2</a>), and paste it below.")
                                     .arg(name.toHtmlEscaped(), p->docsUrl.toHtmlEscaped())
                               : tr("Paste your %1 key below.").arg(name.toHtmlEscaped()));
        m_keyMessage->clear();
        break;
    case ModelPage:
        page(ModelPage)->setSubTitle(
            tr("Switchyard asks %1 for its models. Choose the one your scripts get by default.").arg(name));
        startTest();
        break;
    case DonePage:
        m_doneMessage->setText(
            tr("Done. Requests for the model “%1” now go to %2 at %3. Your app signs in with the token "
               "below; the snippet is ready to paste into a terminal or your code. Switchyard's endpoint is "
               "%4.")
                .arg(m_routeName, m_model->currentText().trimmed(), name, m_controller->endpointRoot()));
        m_tokenEdit->setText(m_token);
        updateSnippet();
        break;
    default: break;
    }
}

void FirstRunWizard::cleanupPage(int id)
{
    // Back from the test: a request still running is of no use any more.
    if (id == ModelPage) {
        abortTest();
        m_testProgress->hide();
        m_retryTest->setEnabled(true);
        m_busy = false;
    }
    QWizard::cleanupPage(id);
}

void FirstRunWizard::abortTest()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void FirstRunWizard::startTest()
{
    abortTest();
    const Config::Provider p = provider();
    const Providers::Preset *pre = preset();
    m_model->clear();
    setBusy(true);
    m_testProgress->show();
    m_retryTest->setEnabled(false);
    m_testMessage->setText(tr("Asking %1 for its models…").arg(pre ? pre->displayName : p.id));
    m_reply =
        m_network->get(ProviderProbe::modelsRequest(p, p.keyRef.isEmpty() ? QByteArray() : m_storedKey));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { testFinished(reply); });
}

void FirstRunWizard::testFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_testProgress->hide();
    m_retryTest->setEnabled(true);
    const Config::Provider p = provider();
    const Providers::Preset *pre = preset();
    const QString name = pre ? pre->displayName : p.id;
    const ProviderProbe::Models models =
        ProviderProbe::readModels(reply, name, p.keyRef.isEmpty() ? QByteArray() : m_storedKey);
    if (!models.ok) {
        const QString advice = pre && pre->local ? tr("Is %1 running? Start it or check the base URL "
                                                      "(“Back”), then press “Test again”. If you "
                                                      "know the model's name, you can also type it below.")
                                                       .arg(name)
                                                 : tr("Check the key or the base URL (“Back”), then press "
                                                      "“Test again”. If you know the model's "
                                                      "name, you can also type it below.");
        m_testMessage->setText(models.error + QLatin1Char('\n') + advice);
    } else if (models.ids.isEmpty()) {
        m_testMessage->setText(
            tr("%1 answered but listed no models. Type the name of the model to use below.").arg(name));
    } else {
        m_model->addItems(models.ids);
        m_model->setCurrentIndex(preferredModel(models.ids));
        m_testMessage->setText(
            tr("%1 answered: %n model(s) available. Choose the one your scripts get by default.", nullptr,
               int(models.ids.size()))
                .arg(name));
    }
    setBusy(false);
}

bool FirstRunWizard::commit()
{
    const Config::Provider p = provider();
    const QString model = m_model->currentText().trimmed();
    if (m_busy || model.isEmpty() || p.id.isEmpty())
        return false;
    Config::Config next = m_controller->config();
    if (next.provider(p.id)) {
        m_testMessage->setText(
            tr("There is already a provider named '%1'; go back to the first step and start again.")
                .arg(p.id));
        return false;
    }
    next.providers.append(p);
    Config::Route route;
    route.name = freeName(QStringLiteral("default"),
                          [&next](const QString &name) { return next.route(name) != nullptr; });
    route.strategy = QStringLiteral("fallback");
    Config::RouteTarget target;
    target.provider = p.id;
    target.model = model;
    route.targets.append(target);
    next.routes.append(route);
    const QString tokenName = freeName(QStringLiteral("first-app"), [&next](const QString &name) {
        return std::any_of(next.tokens.cbegin(), next.tokens.cend(),
                           [&name](const Config::AccessToken &t) { return t.name == name; });
    });
    QString error;
    const std::optional<QByteArray> secret = Config::AccessTokens::create(next, tokenName, {}, &error);
    if (!secret) {
        m_testMessage->setText(tr("Could not create the app token: %1").arg(error));
        return false;
    }
    // One apply: the provider, its route and the token arrive together or not at all.
    QStringList errors;
    if (!m_controller->apply(next, &errors)) {
        m_testMessage->setText(tr("Could not save the setup: %1").arg(errors.join(QLatin1Char('\n'))));
        return false;
    }
    m_committed = true;
    if (!p.keyRef.isEmpty()) {
        if (Gateway *gateway = m_controller->gateway())
            gateway->keys().setKey(p.id, m_storedKey); // used from the next request on
        QSettings().setValue(hintKey(p.keyRef), maskedHint(m_storedKey));
    } else if (!m_storedName.isEmpty()) {
        // A key stored for another preset before a local one was chosen.
        m_controller->keyStore()->remove(m_storedName, [](const Secrets::KeyStore::Result &) {});
    }
    m_storedName.clear();
    m_storedKey.clear();
    m_key->clear();
    m_routeName = route.name;
    m_token = QString::fromLatin1(*secret);
    return true;
}

void FirstRunWizard::updateSnippet()
{
    const QString id = m_client->currentData().toString();
    for (const ClientSetup &c : clientSetups(m_controller->endpointRoot(), m_token, m_routeName)) {
        if (c.id != id)
            continue;
        m_snippet->setPlainText(c.snippet);
        m_snippetNote->setText(c.note);
        m_snippetNote->setVisible(!c.note.isEmpty());
    }
}

void FirstRunWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (auto *p = dynamic_cast<Page *>(currentPage()))
        p->changed();
}

void FirstRunWizard::reject()
{
    abortTest();
    if (!m_committed && !m_storedName.isEmpty()) {
        m_controller->keyStore()->remove(m_storedName, [](const Secrets::KeyStore::Result &) {});
        m_storedName.clear();
        m_storedKey.clear();
    }
    QWizard::reject();
}

} // namespace Switchyard::Gui
