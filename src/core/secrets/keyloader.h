// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "keystore.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Switchyard::Secrets {

class KeyRing;

// Reads the keychain entries the config's providers name (keyRef) into the key ring, all at once,
// asynchronously, and reports what could not be read.
class KeyLoader final : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString providerId;
        QString keyRef;
        KeyStore::Result result;
    };
    using Done = std::function<void(const QList<Problem> &problems)>;

    KeyLoader(KeyStore *store, KeyRing *ring, QObject *parent = nullptr);
    void load(const Config::Config &config, Done done);

    // A problem that means the keychain itself cannot be used (not just one missing entry).
    static bool isKeychainFailure(const Problem &problem);
    static QString describe(const Problem &problem);

private:
    KeyStore *m_store;
    KeyRing *m_ring;
};

} // namespace Switchyard::Secrets
