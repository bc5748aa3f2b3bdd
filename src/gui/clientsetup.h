// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Switchyard::Gui {

// How to point one client at Switchyard, exactly as that client wants it: Claude Code takes the
// endpoint's root (it adds /v1 itself), the OpenAI-style clients take .../v1, Codex needs a custom
// provider speaking the Responses API, aider wants "openai/<model>"
// (../shared/reference/user-pain-points.md, "Per client").
struct ClientSetup
{
    QString id;      // stable key ("claude-code")
    QString name;    // shown in the list
    QString snippet; // ready to paste
    QString note;    // one line of advice, or empty
};

// `root`: "http://127.0.0.1:4141" (no /v1); `token`: the app's secret, or a placeholder; `model`: a
// route or provider/model.
QList<ClientSetup> clientSetups(const QString &root, const QString &token, const QString &model);

} // namespace Switchyard::Gui
