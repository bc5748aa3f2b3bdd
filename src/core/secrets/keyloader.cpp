// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyloader.h"

#include "keyring.h"

#include <QPointer>

#include <memory>

namespace Switchyard::Secrets {

KeyLoader::KeyLoader(KeyStore *store, KeyRing *ring, QObject *parent)
    : QObject(parent), m_store(store), m_ring(ring)
{
}

void KeyLoader::load(const Config::Config &config, Done done)
{
    struct State
    {
        int pending = 0;
        QList<Problem> problems;
        Done done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QList<Config::Provider> wanted;
    for (const Config::Provider &p : config.providers) {
        if (!p.keyRef.isEmpty())
            wanted.append(p);
    }
    if (wanted.isEmpty()) {
        state->done({});
        return;
    }
    state->pending = int(wanted.size());
    QPointer<KeyLoader> self(this);
    for (const Config::Provider &p : wanted) {
        m_store->read(p.keyRef, [self, state, p](const KeyStore::Result &r) {
            if (r.ok() && self)
                self->m_ring->setKey(p.id, r.secret);
            else if (!r.ok())
                state->problems.append(Problem{p.id, p.keyRef, r});
            if (--state->pending == 0)
                state->done(state->problems);
        });
    }
}

bool KeyLoader::isKeychainFailure(const Problem &problem)
{
    return problem.result.error != KeyStore::Error::NotFound;
}

QString KeyLoader::describe(const Problem &problem)
{
    if (problem.result.error == KeyStore::Error::NotFound)
        return QStringLiteral(
                   "provider '%1': no key stored under '%2' (store one with `switchyardd key set %2`, "
                   "or add it in Switchyard's Providers page)")
            .arg(problem.providerId, problem.keyRef);
    return QStringLiteral("provider '%1': %2").arg(problem.providerId, problem.result.message);
}

} // namespace Switchyard::Secrets
