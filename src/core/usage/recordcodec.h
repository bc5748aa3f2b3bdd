// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagerecord.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Switchyard::Usage {

// How the usage store keeps its raw records: packed, many to a page (one database row per page, written
// in one statement), instead of one database row of 29 columns per request. A row cost the writer about
// 2 µs of SQLite's own work per request, which a saturated gateway's requests paid for; packing costs a
// fifth of that. Every field of a record is kept, so the rows the log view, replay and export read back
// are exactly what was recorded — except logged bodies and headers, which are redacted into a table of
// their own (UsageStore::bodies()); a page keeps only that they were logged.
//
// Integers are zigzag varints; text is Latin-1 when it is (names, ids: nearly always) and UTF-16LE
// otherwise. The fields the log view filters on come first, so that a filtered read
// skips the records it does not want without building them.
namespace RecordCodec {

// The four bytes every page starts with; a reader meeting another format says so instead of guessing.
const std::string &header();
// Appends `record`, priced at `cost` (nullopt: unpriced), to `out` (which gets header() first when empty).
void append(std::string &out, const UsageRecord &record, const std::optional<qint64> &cost);

// A text field as it lies in the page (not copied).
struct TextView
{
    const char *data = nullptr;
    qsizetype size = 0; // in characters
    bool utf16 = false;
    [[nodiscard]] bool equals(const QString &s) const;
    [[nodiscard]] QString toString() const;
};

// What a filtered read decides on, read before the rest of the record.
struct RecordHead
{
    qint64 startedAtMs = 0;
    TextView app;
    TextView route;
    TextView provider;
    TextView model;
    int status = 0;
    bool cacheHit = false;
};

struct Decoded
{
    int index = 0; // its place in the page
    UsageRecord record;
};

// Unpacks the records of a page that `keep` accepts (every one without it); false, with the reason,
// when the page is not one this build wrote or is damaged.
bool decode(QByteArrayView page, std::vector<Decoded> &out, QString *error,
            const std::function<bool(const RecordHead &)> &keep = {});

} // namespace RecordCodec
} // namespace Switchyard::Usage
