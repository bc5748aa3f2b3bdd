// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchyard::Providers {

// A known service: its wire format, base URL and the quirks Switchyard works around. Used by the
// config (`"preset": "groq"`) and by the GUI's provider picker.
struct Preset
{
    QString id;
    QString displayName;
    QString kind;    // openai, anthropic, gemini, azure
    QString baseUrl; // empty where it is per-account (Azure) or the user's own (openai-compatible)
    QString keyEnv;  // the environment variable its own tools use for the key
    QString docsUrl;
    bool local = false;               // runs on this machine; no key needed
    bool streamOptions = true;        // accepts stream_options.include_usage
    bool maxCompletionTokens = false; // wants max_completion_tokens instead of max_tokens
    bool reasoningContent = false;    // sends reasoning as `reasoning_content` (passed back to clients)
};

const QList<Preset> &presets();
const Preset *findPreset(const QString &id);
QStringList presetIds();

} // namespace Switchyard::Providers
