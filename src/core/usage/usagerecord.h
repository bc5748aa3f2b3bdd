// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llm.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchyard::Usage {

// One upstream attempt of a request.
struct Attempt
{
    QString provider;
    QString model;
    int status = 0;    // upstream HTTP status, 0 when none came (connect error, timeout, missing key)
    QString errorCode; // why it failed, empty on success
    qint64 latencyMs = 0;

    bool operator==(const Attempt &) const = default;
};

// One client request, as it will be stored (issue: usage store) and shown: who asked, how it was
// routed, what every attempt did, and the tokens as the provider reported them (or estimated, and
// then marked so). Never holds a key or a token secret; holds a prompt only with body logging on.
struct UsageRecord
{
    QByteArray requestId;   // "req_sy_…", also sent to the client in a response header
    qint64 startedAtMs = 0; // wall clock, ms since epoch
    QString app;            // access token name, empty when tokens are off
    QString endpoint;       // chat, messages, responses, embeddings, completions, count_tokens
    QString dialect;        // inbound dialect (Llm::dialectName)
    QString requestedModel;
    QString route;
    QString provider;     // the provider that answered (or the last tried)
    QString providerKind; // its preset, else its kind: how the price catalog knows it
    QString model;        // the upstream model it was asked for
    QList<Attempt> attempts;
    int status = 0;    // the status the client got
    QString errorCode; // the client-facing error code, empty on success
    bool stream = false;
    bool translated = false; // dialects differed (no passthrough)
    bool cacheHit = false;   // answered from the response cache
    QString tags;            // comma-separated, from rules
    Llm::Usage usage;
    std::optional<qint64> costMicros; // micro-dollars; none: unpriced (set when the record is filed)
    qint64 savedMicros = 0;           // a cache hit: what the answer cost when it was fetched
    qint64 latencyMs = 0;
    qint64 firstByteMs = -1; // time to the first byte sent to the client, for streams
    qint64 bytesIn = 0;      // request body
    qint64 bytesOut = 0;     // response body sent
    // Only with body logging on (config usage.logBodies): what the client sent and what it got, each cut
    // at UsageSettings::kMaxLoggedBodyBytes. Secrets are redacted when the record is stored.
    bool bodiesLogged = false;
    QByteArray requestBody;
    QByteArray responseBody;
    QByteArray requestHeaders;  // as the client sent them, credentials replaced by [redacted]
    QByteArray upstreamHeaders; // the provider's last answer's, the same way

    bool operator==(const UsageRecord &) const = default;
};

// Where finished requests go. Called from serving threads: implementations must be thread-safe and
// must not block (hand the record to a queue).
class UsageSink
{
public:
    virtual ~UsageSink() = default;
    // Sinks that keep the record copy it; the others only read it.
    virtual void record(const UsageRecord &record) = 0;
};

} // namespace Switchyard::Usage
