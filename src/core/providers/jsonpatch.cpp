// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpatch.h"

namespace Switchyard::Providers {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

// i at an opening quote; returns the index just past the closing quote, or -1.
qsizetype skipString(const QByteArray &s, qsizetype i, bool *hasEscape)
{
    ++i;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\\') {
            if (hasEscape)
                *hasEscape = true;
            i += 2;
            continue;
        }
        if (c == '"')
            return i + 1;
        ++i;
    }
    return -1;
}

// i at the first character of a value; returns the index just past it, or -1.
qsizetype skipValue(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    const char c = s[i];
    if (c == '"')
        return skipString(s, i, nullptr);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char d = s[i];
            if (d == '"') {
                i = skipString(s, i, nullptr);
                if (i < 0)
                    return -1;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return -1;
    }
    // number, true, false, null
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !isSpace(s[i]))
        ++i;
    return i;
}

} // namespace

QByteArray jsonQuote(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

bool replaceTopLevelString(QByteArray &json, QByteArrayView key, QByteArrayView newValue)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return false;
    i = skipSpace(json, i + 1);
    qsizetype foundStart = -1;
    qsizetype foundEnd = -1;
    while (i < json.size() && json[i] != '}') {
        if (json[i] != '"')
            return false;
        bool escaped = false;
        const qsizetype keyEnd = skipString(json, i, &escaped);
        if (keyEnd < 0)
            return false;
        const QByteArrayView name(json.constData() + i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return false;
        i = skipSpace(json, i + 1);
        const qsizetype valueStart = i;
        const qsizetype valueEnd = skipValue(json, i);
        if (valueEnd < 0)
            return false;
        if (escaped && name.contains('\\'))
            return false; // an escaped key might spell `key`: let the full parser decide
        if (name == key) {
            if (json[valueStart] != '"')
                return false;
            // Duplicate members: parsers keep the last one, so do we.
            foundStart = valueStart;
            foundEnd = valueEnd;
        }
        i = skipSpace(json, valueEnd);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    if (foundStart < 0)
        return false;
    json.replace(foundStart, foundEnd - foundStart, jsonQuote(newValue));
    return true;
}

} // namespace Switchyard::Providers
