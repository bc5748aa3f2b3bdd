// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainkeystore.h"

#include "config/configlocation.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace Switchyard::Secrets {

namespace {

QString entryKey(const QString &name)
{
    return QStringLiteral("provider/") + name;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, QString indexPath, int timeoutMs, QObject *parent)
    : KeyStore(parent), m_service(std::move(service)), m_indexPath(std::move(indexPath)),
      m_timeoutMs(timeoutMs)
{
}

QString KeychainKeyStore::defaultIndexPath()
{
    return QDir(Config::configDir()).filePath(QStringLiteral("keychain-index.json"));
}

void KeychainKeyStore::read(const QString &name, Callback done)
{
    run(Op::Read, name, {}, std::move(done), false);
}

void KeychainKeyStore::write(const QString &name, const QByteArray &secret, Callback done)
{
    run(Op::Write, name, secret, std::move(done), false);
}

void KeychainKeyStore::remove(const QString &name, Callback done)
{
    run(Op::Remove, name, {}, std::move(done), false);
}

KeyStore::Result KeychainKeyStore::classify(Op op, int error, const QString &errorString, const QString &name)
{
    Result r;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError: return r;
    case QKeychain::EntryNotFound:
        r.error = Error::NotFound;
        r.message = QStringLiteral("no key named '%1' in the keychain (or the keychain is locked)").arg(name);
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = Error::Locked;
        r.message =
            QStringLiteral("the keychain refused access (it is probably locked; unlock it and try again): %1")
                .arg(errorString);
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = Error::Unavailable;
        r.message = QStringLiteral("no keychain service is available: %1").arg(errorString);
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    // QtKeychain 0.13 reports most Linux failures as OtherError; tell them apart by their text
    // (see toolchain-debian12.md §4b for the cases observed).
    if (errorString.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        errorString.contains(QLatin1String("dbus-launch")) ||
        errorString.contains(QLatin1String("ServiceUnknown")) ||
        errorString.contains(QLatin1String("Unknown error"))) {
        r.error = Error::Unavailable;
        r.message = QStringLiteral("no keychain service is available (is a desktop session with "
                                   "gnome-keyring or KWallet running?): %1")
                        .arg(errorString);
    } else if (errorString.contains(QLatin1String("collection/login")) ||
               errorString.contains(QLatin1String("locked"))) {
        r.error = Error::Locked;
        r.message =
            QStringLiteral("the keychain is locked or has no login keyring; unlock it and try again: %1")
                .arg(errorString);
    } else {
        r.error = Error::Other;
        r.message = QStringLiteral("the keychain could not %1 '%2': %3")
                        .arg(op == Op::Read    ? QStringLiteral("read")
                             : op == Op::Write ? QStringLiteral("store")
                                               : QStringLiteral("delete"),
                             name, errorString);
    }
    return r;
}

void KeychainKeyStore::run(Op op, const QString &name, const QByteArray &secret, Callback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    if (op == Op::Read) {
        job = new QKeychain::ReadPasswordJob(m_service);
    } else if (op == Op::Write) {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(secret);
        job = w;
    } else {
        job = new QKeychain::DeletePasswordJob(m_service);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(entryKey(name));

    // The callback runs once: on the job's answer or on the timeout, whichever comes first.
    auto pending = std::make_shared<Callback>(std::move(done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    QPointer<QKeychain::Job> guardedJob(job);
    connect(timer, &QTimer::timeout, this, [this, pending, guardedJob, timer, name] {
        timer->deleteLater();
        if (guardedJob)
            guardedJob->disconnect(this); // it finishes and deletes itself later; its answer is ignored
        if (Callback cb = std::exchange(*pending, nullptr)) {
            Result r;
            r.error = Error::Timeout;
            r.message =
                QStringLiteral("the keychain did not answer within %1 s for '%2' (is it waiting for an "
                               "unlock prompt?)")
                    .arg(m_timeoutMs / 1000.0)
                    .arg(name);
            cb(r);
        }
    });
    connect(job, &QKeychain::Job::finished, this,
            [this, op, name, secret, pending, timer, isRetry](QKeychain::Job *j) {
                timer->stop();
                timer->deleteLater();
                Callback cb = std::exchange(*pending, nullptr);
                if (!cb)
                    return;
                Result r = classify(op, j->error(), j->errorString(), name);
                if (!r.ok() && !isRetry && (r.error == Error::Unavailable || r.error == Error::Other)) {
                    // The secret service may still be starting (session start, D-Bus activation): once more.
                    QTimer::singleShot(1000, this,
                                       [this, op, name, secret, cb] { run(op, name, secret, cb, true); });
                    return;
                }
                if (op == Op::Read && r.ok())
                    r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
                if (r.ok() && op != Op::Read)
                    updateIndex(name, op == Op::Write);
                if (op == Op::Remove && r.error == Error::NotFound)
                    updateIndex(name, false);
                cb(r);
            });
    timer->start(m_timeoutMs);
    job->start();
}

QStringList KeychainKeyStore::entries() const
{
    QFile file(m_indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue &v : list)
        names.append(v.toString());
    return names;
}

void KeychainKeyStore::updateIndex(const QString &name, bool present)
{
    QStringList names = entries();
    if (present == names.contains(name))
        return;
    if (present)
        names.append(name);
    else
        names.removeAll(name);
    names.sort();
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    QSaveFile file(m_indexPath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject index{
        {QStringLiteral("comment"), QStringLiteral("Names of Switchyard's keychain entries; no secrets.")},
        {QStringLiteral("entries"), QJsonArray::fromStringList(names)}};
    file.write(QJsonDocument(index).toJson());
    file.commit();
}

} // namespace Switchyard::Secrets
