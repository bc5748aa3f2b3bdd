// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpheaders.h"

namespace Switchyard::Http {

bool HttpHeaders::nameEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

void HttpHeaders::set(QByteArrayView name, QByteArray value)
{
    remove(name);
    m_fields.append({name.toByteArray(), std::move(value)});
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &f) { return nameEquals(f.first, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (nameEquals(f.first, name))
            return f.second;
    }
    return {};
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (nameEquals(f.first, name))
            return true;
    }
    return false;
}

qsizetype HttpHeaders::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const Field &f : m_fields) {
        if (nameEquals(f.first, name))
            ++n;
    }
    return n;
}

void HttpHeaders::serialize(QByteArray &out) const
{
    for (const Field &f : m_fields) {
        out += f.first;
        out += ": ";
        out += f.second;
        out += "\r\n";
    }
}

} // namespace Switchyard::Http
