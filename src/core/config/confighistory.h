// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchyard::Config {

// The last applied configs, so that an edit can be taken back after it was applied: one JSON file
// per version in a folder (the app's data dir, "config-history/"), each exactly what the config
// file held (a version can be copied over config.json by hand). Files are written atomically
// (QSaveFile), owner-only like the config itself (it carries the apps' token hashes), and named by
// their UTC time to the millisecond, so the folder sorts newest last and nothing else needs storing.
class ConfigHistory final
{
public:
    static constexpr int kDefaultKeep = 20;

    struct Version
    {
        QString fileName;  // inside folder()
        QDateTime savedAt; // UTC
        QString summary;   // one line: what changed since the version before it
    };

    explicit ConfigHistory(QString folder, int keep = kDefaultKeep);

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] int keep() const { return m_keep; }

    // Records `config` as the newest version, then drops the oldest beyond keep(). A config equal to
    // the newest version is not recorded twice (true, nothing written). `at` is the version's time
    // (tests pass their own); a time not after the newest version's is moved just past it, so the
    // order of saves is the order of versions even when the clock steps back.
    bool save(const Config &config, QString *error = nullptr);
    bool save(const Config &config, const QDateTime &at, QString *error);

    // Newest first. Reads the files (a few kB each, at most keep() of them).
    [[nodiscard]] QList<Version> versions() const;
    [[nodiscard]] bool isEmpty() const;
    // The version in `fileName`, validated like a config file.
    [[nodiscard]] std::optional<Config> load(const QString &fileName, QStringList *errors) const;

    // What changed from `older` to `newer` (config JSON objects), in one line: "routes: added
    // 'cheap', changed 'smart'; rules changed". An empty `older`: what `newer` holds.
    static QString summarize(const QJsonObject &older, const QJsonObject &newer);

private:
    [[nodiscard]] QStringList fileNames() const; // oldest first
    static QDateTime timeOf(const QString &fileName);

    QString m_folder;
    int m_keep;
};

} // namespace Switchyard::Config
