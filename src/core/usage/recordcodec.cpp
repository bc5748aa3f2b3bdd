// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcodec.h"

#include <QtEndian>

#include <cstring>

namespace Switchyard::Usage::RecordCodec {

// A page: "SYU1", then records, each a 4-byte little-endian length and its fields in this order —
//   request id (bytes); started at; app, route, provider, model (text); status; flags (bit 0 stream,
//   1 translated, 2 cache hit, 3 usage known, 4 usage estimated, 5 priced, 6 bodies logged);
//   — the head, what a filtered read decides on — then endpoint, dialect, requested model, provider kind
//   (text); attempts: count, then each provider, model (text), status, error code (text), latency;
//   error code, tags (text); input, output, cached-read, cache-write, reasoning tokens; cost (only when
//   priced); saved; latency; first byte; bytes in; bytes out. Logged bodies and headers are not in the
//   page: they go, redacted, to their own table (UsageStore), and the flag says they are there.
// Integers are zigzag varints. Text is a varint (length << 1 | utf16) and then the length in Latin-1
// bytes, or in UTF-16LE code units. Bytes are a varint length and the bytes.

// UTF-16 text is copied as it lies in memory, which is little-endian on every platform Switchyard is
// built for; a big-endian build must swap it (pages are shared by daemons on PostgreSQL) and fails here
// until it does.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "RecordCodec copies UTF-16 text as UTF-16LE");

namespace {

constexpr quint64 Stream = 1 << 0;
constexpr quint64 Translated = 1 << 1;
constexpr quint64 CacheHit = 1 << 2;
constexpr quint64 UsageKnown = 1 << 3;
constexpr quint64 UsageEstimated = 1 << 4;
constexpr quint64 Priced = 1 << 5;
constexpr quint64 BodiesLogged = 1 << 6;

// Writes into room made for the whole record up front (one resize per record: appending value by value
// to the string was two thirds of the packing time), through a plain pointer.
class Writer
{
public:
    explicit Writer(char *p) : m_p(p) {}
    [[nodiscard]] char *position() const { return m_p; }

    void varint(quint64 v)
    {
        while (v >= 0x80) {
            *m_p++ = char(v | 0x80);
            v >>= 7;
        }
        *m_p++ = char(v);
    }
    void integer(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void bytes(const QByteArray &b)
    {
        varint(quint64(b.size()));
        std::memcpy(m_p, b.constData(), size_t(b.size()));
        m_p += b.size();
    }
    void text(const QString &t)
    {
        const qsizetype n = t.size();
        const char16_t *units = reinterpret_cast<const char16_t *>(t.constData());
        char *const start = m_p;
        varint(quint64(n) << 1);
        char16_t any = 0;
        for (qsizetype i = 0; i < n; ++i) {
            any |= units[i];
            m_p[i] = char(units[i]);
        }
        if (any <= 0xff) {
            m_p += n;
            return;
        }
        // Not Latin-1: as UTF-16 instead.
        m_p = start;
        varint((quint64(n) << 1) | 1);
        std::memcpy(m_p, units, size_t(n) * sizeof(char16_t));
        m_p += n * qsizetype(sizeof(char16_t));
    }

    // What text(t) may take at most.
    static size_t room(const QString &t) { return 10 + size_t(t.size()) * sizeof(char16_t); }

private:
    char *m_p;
};

class Reader
{
public:
    Reader(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] bool atEnd() const { return m_p == m_end; }

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                return fail();
            const auto byte = quint8(*m_p++);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        return fail();
    }
    qint64 integer()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    QByteArrayView byteView()
    {
        const quint64 n = varint();
        if (!m_ok || n > quint64(m_end - m_p)) {
            fail();
            return {};
        }
        const QByteArrayView view(m_p, qsizetype(n));
        m_p += n;
        return view;
    }
    QString text() { return textView().toString(); }
    TextView textView()
    {
        const quint64 head = varint();
        const quint64 n = head >> 1;
        const quint64 size = (head & 1) ? n * sizeof(char16_t) : n;
        if (!m_ok || n > quint64(m_end - m_p) || size > quint64(m_end - m_p)) {
            fail();
            return {};
        }
        TextView view{m_p, qsizetype(n), bool(head & 1)};
        m_p += size;
        return view;
    }
    // The next `n` bytes as a reader of their own.
    Reader sub(quint64 n)
    {
        if (n > quint64(m_end - m_p)) {
            fail();
            return {m_end, m_end};
        }
        Reader r(m_p, m_p + n);
        m_p += n;
        return r;
    }
    quint32 fixed32()
    {
        if (m_end - m_p < 4)
            return quint32(fail());
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v |= quint32(quint8(m_p[i])) << (8 * i);
        m_p += 4;
        return v;
    }

private:
    quint64 fail()
    {
        m_ok = false;
        m_p = m_end;
        return 0;
    }
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

bool readHead(Reader &in, RecordHead &h, quint64 &flags)
{
    h.startedAtMs = in.integer();
    h.app = in.textView();
    h.route = in.textView();
    h.provider = in.textView();
    h.model = in.textView();
    h.status = int(in.integer());
    flags = in.varint();
    h.cacheHit = flags & CacheHit;
    return in.ok();
}

bool readRest(Reader &in, const RecordHead &h, quint64 flags, UsageRecord &r)
{
    r.startedAtMs = h.startedAtMs;
    r.app = h.app.toString();
    r.route = h.route.toString();
    r.provider = h.provider.toString();
    r.model = h.model.toString();
    r.status = h.status;
    r.stream = flags & Stream;
    r.translated = flags & Translated;
    r.cacheHit = flags & CacheHit;
    r.usage.known = flags & UsageKnown;
    r.usage.estimated = flags & UsageEstimated;
    r.bodiesLogged = flags & BodiesLogged;
    r.endpoint = in.text();
    r.dialect = in.text();
    r.requestedModel = in.text();
    r.providerKind = in.text();
    const quint64 attempts = in.varint();
    if (!in.ok() || attempts > 10'000)
        return false;
    r.attempts.reserve(qsizetype(attempts));
    for (quint64 i = 0; i < attempts && in.ok(); ++i) {
        Attempt a;
        a.provider = in.text();
        a.model = in.text();
        a.status = int(in.integer());
        a.errorCode = in.text();
        a.latencyMs = in.integer();
        r.attempts.append(std::move(a));
    }
    r.errorCode = in.text();
    r.tags = in.text();
    r.usage.inputTokens = in.integer();
    r.usage.outputTokens = in.integer();
    r.usage.cachedReadTokens = in.integer();
    r.usage.cacheWriteTokens = in.integer();
    r.usage.reasoningTokens = in.integer();
    if (flags & Priced)
        r.costMicros = in.integer();
    r.savedMicros = in.integer();
    r.latencyMs = in.integer();
    r.firstByteMs = in.integer();
    r.bytesIn = in.integer();
    r.bytesOut = in.integer();
    return in.ok() && in.atEnd();
}

} // namespace

const std::string &header()
{
    static const std::string h("SYU1", 4);
    return h;
}

QString TextView::toString() const
{
    if (!utf16)
        return QString::fromLatin1(data, size);
    QString out(size, Qt::Uninitialized);
    std::memcpy(out.data(), data, size_t(size) * sizeof(char16_t));
    return out;
}

bool TextView::equals(const QString &s) const
{
    if (s.size() != size)
        return false;
    if (utf16)
        return std::memcmp(data, s.constData(), size_t(size) * sizeof(char16_t)) == 0;
    const char16_t *units = reinterpret_cast<const char16_t *>(s.constData());
    for (qsizetype i = 0; i < size; ++i) {
        if (units[i] != char16_t(quint8(data[i])))
            return false;
    }
    return true;
}

void append(std::string &out, const UsageRecord &r, const std::optional<qint64> &cost)
{
    if (out.empty())
        out = header();
    size_t room = 4 + 10 + size_t(r.requestId.size()) + 30 * 10;
    for (const QString *text : {&r.app, &r.route, &r.provider, &r.model, &r.endpoint, &r.dialect,
                                &r.requestedModel, &r.providerKind, &r.errorCode, &r.tags})
        room += Writer::room(*text);
    for (const Attempt &a : r.attempts)
        room += 3 * 10 + Writer::room(a.provider) + Writer::room(a.model) + Writer::room(a.errorCode);
    const size_t lengthAt = out.size();
    out.resize(lengthAt + room);
    Writer w(out.data() + lengthAt + 4);
    w.bytes(r.requestId);
    w.integer(r.startedAtMs);
    w.text(r.app);
    w.text(r.route);
    w.text(r.provider);
    w.text(r.model);
    w.integer(r.status);
    quint64 flags = 0;
    flags |= r.stream ? Stream : 0U;
    flags |= r.translated ? Translated : 0U;
    flags |= r.cacheHit ? CacheHit : 0U;
    flags |= r.usage.known ? UsageKnown : 0U;
    flags |= r.usage.estimated ? UsageEstimated : 0U;
    flags |= cost ? Priced : 0U;
    flags |= r.bodiesLogged ? BodiesLogged : 0U;
    w.varint(flags);
    w.text(r.endpoint);
    w.text(r.dialect);
    w.text(r.requestedModel);
    w.text(r.providerKind);
    w.varint(quint64(r.attempts.size()));
    for (const Attempt &a : r.attempts) {
        w.text(a.provider);
        w.text(a.model);
        w.integer(a.status);
        w.text(a.errorCode);
        w.integer(a.latencyMs);
    }
    w.text(r.errorCode);
    w.text(r.tags);
    w.integer(r.usage.inputTokens);
    w.integer(r.usage.outputTokens);
    w.integer(r.usage.cachedReadTokens);
    w.integer(r.usage.cacheWriteTokens);
    w.integer(r.usage.reasoningTokens);
    if (cost)
        w.integer(*cost);
    w.integer(r.savedMicros);
    w.integer(r.latencyMs);
    w.integer(r.firstByteMs);
    w.integer(r.bytesIn);
    w.integer(r.bytesOut);
    const auto length = quint32(w.position() - (out.data() + lengthAt + 4));
    for (int i = 0; i < 4; ++i)
        out[lengthAt + size_t(i)] = char(quint8(length >> (8 * i)));
    out.resize(lengthAt + 4 + length);
}

bool decode(QByteArrayView page, std::vector<Decoded> &out, QString *error,
            const std::function<bool(const RecordHead &)> &keep)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const std::string &h = header();
    if (page.size() < qsizetype(h.size()) || std::memcmp(page.data(), h.data(), h.size()) != 0)
        return fail(QStringLiteral("not a usage page of this format (SYU1)"));
    Reader in(page.data() + h.size(), page.data() + page.size());
    for (int index = 0; !in.atEnd(); ++index) {
        const quint32 length = in.fixed32();
        Reader fields = in.sub(length);
        if (!in.ok())
            return fail(QStringLiteral("usage page cut off after %1 records").arg(index));
        const QByteArrayView requestId = fields.byteView(); // copied only for a record that is kept
        RecordHead head;
        quint64 flags = 0;
        if (!readHead(fields, head, flags))
            return fail(QStringLiteral("usage page record %1 is malformed").arg(index + 1));
        if (keep && !keep(head))
            continue;
        Decoded d{index, {}};
        d.record.requestId = requestId.toByteArray();
        if (!readRest(fields, head, flags, d.record))
            return fail(QStringLiteral("usage page record %1 is malformed").arg(index + 1));
        out.push_back(std::move(d));
    }
    return true;
}

} // namespace Switchyard::Usage::RecordCodec
