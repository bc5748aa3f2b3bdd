// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusReply>
#include <QStringList>
#include <QVariantList>

namespace Switchyard::Gui {

namespace {

const QString kInterface = QStringLiteral("org.freedesktop.Application");
// How long a second launch waits for the first to answer Activate.
constexpr int kActivateTimeoutMs = 10'000;

} // namespace

// org.freedesktop.Application (desktop-entry-spec, "D-Bus Activation"); the method names are the
// interface's, hence not lowerCamel.
class ApplicationAdaptor final : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
    Q_DISABLE_COPY_MOVE(ApplicationAdaptor)

public:
    explicit ApplicationAdaptor(SingleInstance *owner) : QDBusAbstractAdaptor(owner), m_owner(owner) {}

public Q_SLOTS:
    void Activate(const QVariantMap &platformData) { Q_EMIT m_owner->activationRequested(platformData); }
    // Switchyard opens no files or URIs and has no actions: both just bring the window up.
    void Open(const QStringList &uris, const QVariantMap &platformData)
    {
        Q_UNUSED(uris);
        Q_EMIT m_owner->activationRequested(platformData);
    }
    void ActivateAction(const QString &name, const QVariantList &parameter, const QVariantMap &platformData)
    {
        Q_UNUSED(name);
        Q_UNUSED(parameter);
        Q_EMIT m_owner->activationRequested(platformData);
    }

private:
    SingleInstance *m_owner;
};

SingleInstance::SingleInstance(QObject *parent) : QObject(parent)
{
    new ApplicationAdaptor(this);
}

SingleInstance::~SingleInstance()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(serviceName());
        bus.unregisterObject(objectPath());
    }
}

QString SingleInstance::serviceName()
{
    return QStringLiteral(SWITCHYARD_APP_ID);
}

QString SingleInstance::objectPath()
{
    // The app id as a path, as the spec derives it.
    return QLatin1Char('/') + serviceName().replace(QLatin1Char('.'), QLatin1Char('/'));
}

SingleInstance::Claim SingleInstance::claim(QString *message)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *message = QStringLiteral("no D-Bus session bus (%1); not checking for another window")
                       .arg(bus.lastError().message());
        return Claim::Unavailable;
    }
    // The object first, so that a launch racing us finds it as soon as the name is ours.
    if (!bus.registerObject(objectPath(), this, QDBusConnection::ExportAdaptors)) {
        *message = QStringLiteral("could not export %1 on the session bus; not checking for another window")
                       .arg(objectPath());
        return Claim::Unavailable;
    }
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus.interface()->registerService(serviceName(), QDBusConnectionInterface::DontQueueService,
                                         QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        m_registered = true;
        return Claim::Primary;
    }
    bus.unregisterObject(objectPath());
    if (!reply.isValid()) {
        *message =
            QStringLiteral("could not claim %1 on the session bus (%2); not checking for another window")
                .arg(serviceName(), reply.error().message());
        return Claim::Unavailable;
    }

    // Another process has the name: ask it to show its window, handing on this launch's startup
    // notification token so that the compositor lets it come to the front.
    QVariantMap platformData;
    if (const QString token = qEnvironmentVariable("XDG_ACTIVATION_TOKEN"); !token.isEmpty())
        platformData.insert(QStringLiteral("activation-token"), token);
    if (const QString id = qEnvironmentVariable("DESKTOP_STARTUP_ID"); !id.isEmpty())
        platformData.insert(QStringLiteral("desktop-startup-id"), id);
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), objectPath(), kInterface, QStringLiteral("Activate"));
    call << platformData;
    const QDBusMessage answer = bus.call(call, QDBus::Block, kActivateTimeoutMs);
    if (answer.type() == QDBusMessage::ReplyMessage)
        return Claim::Activated;
    *message = QStringLiteral("another Switchyard owns %1 on the session bus but did not answer (%2); "
                              "quit it (or end that process) and start Switchyard again")
                   .arg(serviceName(), answer.errorMessage());
    return Claim::NotAnswering;
}

} // namespace Switchyard::Gui

#include "singleinstance.moc"
