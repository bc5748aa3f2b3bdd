// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Switchyard::Providers {

// Replaces the string value of a top-level member of a JSON object without re-serializing the rest,
// so a large prompt is forwarded byte-for-byte. Input must already be valid JSON (the caller parsed
// it). Returns false when the member is absent, not a string, or spelled with escapes; the caller
// then falls back to a full rewrite.
bool replaceTopLevelString(QByteArray &json, QByteArrayView key, QByteArrayView newValue);

// JSON string literal (with quotes) for an arbitrary UTF-8 value.
QByteArray jsonQuote(QByteArrayView utf8);

} // namespace Switchyard::Providers
