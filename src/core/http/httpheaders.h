// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Switchyard::Http {

// An ordered list of header fields. Names compare case-insensitively (RFC 9110 §5.1); order and
// duplicates are kept because some fields (Set-Cookie, Via) may legitimately repeat.
class HttpHeaders final
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    void add(QByteArray name, QByteArray value) { m_fields.append({std::move(name), std::move(value)}); }
    void set(QByteArrayView name, QByteArray value);
    void remove(QByteArrayView name);
    void clear() { m_fields.clear(); }
    void reserve(qsizetype n) { m_fields.reserve(n); }

    [[nodiscard]] QByteArray value(QByteArrayView name) const;
    [[nodiscard]] bool contains(QByteArrayView name) const;
    [[nodiscard]] qsizetype count(QByteArrayView name) const;
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }

    // Appends "Name: value\r\n" for every field.
    void serialize(QByteArray &out) const;

    static bool nameEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<Field> m_fields;
};

} // namespace Switchyard::Http
