// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QtGlobal>

#include <memory>

#include <atomic>

namespace Switchyard::Http {

struct ServerLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int maxConnections = 1024;
    int headerTimeoutMs = 10'000;        // whole header section, from its first byte
    int bodyTimeoutMs = 60'000;          // whole body, from the end of the headers
    int idleTimeoutMs = 75'000;          // keep-alive connection with no request
    int writeTimeoutMs = 60'000;         // client reading nothing while a response is pending
    qint64 writeHighWater = 1024 * 1024; // back-pressure: stop producing above this many queued bytes
    qint64 writeLowWater = 256 * 1024;   // … and resume below this
    // Set: every connection is TLS (HTTPS) with this certificate and key.
    std::shared_ptr<const QSslConfiguration> tls;
};

// Shared between the acceptor and the workers.
struct ServerCounters
{
    std::atomic<int> connections{0};
    std::atomic<int> inFlight{0};
    std::atomic<quint64> requests{0};
};

} // namespace Switchyard::Http
