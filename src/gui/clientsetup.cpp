// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsetup.h"

#include <QCoreApplication>

namespace Switchyard::Gui {

QList<ClientSetup> clientSetups(const QString &root, const QString &token, const QString &model)
{
    const QString v1 = root + QLatin1String("/v1");
    QList<ClientSetup> out;
    out.append({QStringLiteral("claude-code"), QStringLiteral("Claude Code"),
                QStringLiteral("export ANTHROPIC_BASE_URL=%1\n"
                               "export ANTHROPIC_AUTH_TOKEN=%2\n"
                               "export ANTHROPIC_MODEL=%3\n"
                               "claude\n")
                    .arg(root, token, model),
                QCoreApplication::translate(
                    "ClientSetup",
                    "The base URL has no /v1. Do not set ANTHROPIC_API_KEY as well: Claude Code warns about "
                    "two credentials.")});
    out.append({QStringLiteral("codex"), QStringLiteral("Codex CLI"),
                QStringLiteral("# ~/.codex/config.toml\n"
                               "model = \"%3\"\n"
                               "model_provider = \"switchyard\"\n"
                               "\n"
                               "[model_providers.switchyard]\n"
                               "name = \"Switchyard\"\n"
                               "base_url = \"%1\"\n"
                               "env_key = \"SWITCHYARD_TOKEN\"\n"
                               "wire_api = \"responses\"\n"
                               "\n"
                               "# in your shell\n"
                               "export SWITCHYARD_TOKEN=%2\n"
                               "export NO_PROXY=127.0.0.1,localhost\n")
                    .arg(v1, token, model),
                QCoreApplication::translate(
                    "ClientSetup",
                    "Codex speaks only the Responses API; Switchyard translates it for any provider.")});
    out.append({QStringLiteral("continue"),
                QStringLiteral("Continue"),
                QStringLiteral("# ~/.continue/config.yaml\n"
                               "models:\n"
                               "  - name: Switchyard\n"
                               "    provider: openai\n"
                               "    model: %3\n"
                               "    apiBase: %1\n"
                               "    apiKey: %2\n")
                    .arg(v1, token, model),
                {}});
    out.append({QStringLiteral("cline"),
                QStringLiteral("Cline / Roo Code"),
                QStringLiteral("API Provider: OpenAI Compatible\n"
                               "Base URL: %1\n"
                               "API Key: %2\n"
                               "Model ID: %3\n")
                    .arg(v1, token, model),
                {}});
    out.append({QStringLiteral("aider"), QStringLiteral("aider"),
                QStringLiteral("export OPENAI_API_BASE=%1\n"
                               "export OPENAI_API_KEY=%2\n"
                               "aider --model openai/%3\n")
                    .arg(v1, token, model),
                QCoreApplication::translate("ClientSetup",
                                            "aider needs the openai/ prefix in front of the model name.")});
    out.append(
        {QStringLiteral("open-webui"), QStringLiteral("Open WebUI"),
         QStringLiteral("Admin Settings → Connections → OpenAI API\n"
                        "URL: %1\n"
                        "Key: %2\n")
             .arg(v1, token),
         QCoreApplication::translate(
             "ClientSetup", "Open WebUI lists the models from Switchyard's /v1/models: your routes and their "
                            "targets.")});
    out.append({QStringLiteral("curl"),
                QStringLiteral("curl"),
                QStringLiteral("curl %1/chat/completions \\\n"
                               "  -H \"Authorization: Bearer %2\" \\\n"
                               "  -H \"Content-Type: application/json\" \\\n"
                               "  -d '{\"model\": \"%3\", \"messages\": [{\"role\": \"user\", \"content\": "
                               "\"Hello\"}]}'\n")
                    .arg(v1, token, model),
                {}});
    out.append({QStringLiteral("openai-python"),
                QStringLiteral("OpenAI SDK (Python)"),
                QStringLiteral("from openai import OpenAI\n"
                               "\n"
                               "client = OpenAI(base_url=\"%1\", api_key=\"%2\")\n"
                               "reply = client.chat.completions.create(\n"
                               "    model=\"%3\", messages=[{\"role\": \"user\", \"content\": \"Hello\"}])\n"
                               "print(reply.choices[0].message.content)\n")
                    .arg(v1, token, model),
                {}});
    out.append({QStringLiteral("openai-node"),
                QStringLiteral("OpenAI SDK (Node.js)"),
                QStringLiteral("import OpenAI from \"openai\";\n"
                               "\n"
                               "const client = new OpenAI({ baseURL: \"%1\", apiKey: \"%2\" });\n"
                               "const reply = await client.chat.completions.create({\n"
                               "  model: \"%3\", messages: [{ role: \"user\", content: \"Hello\" }] });\n"
                               "console.log(reply.choices[0].message.content);\n")
                    .arg(v1, token, model),
                {}});
    out.append({QStringLiteral("anthropic-python"), QStringLiteral("Anthropic SDK (Python)"),
                QStringLiteral("import anthropic\n"
                               "\n"
                               "client = anthropic.Anthropic(base_url=\"%1\", api_key=\"%2\")\n"
                               "reply = client.messages.create(\n"
                               "    model=\"%3\", max_tokens=1024,\n"
                               "    messages=[{\"role\": \"user\", \"content\": \"Hello\"}])\n"
                               "print(reply.content[0].text)\n")
                    .arg(root, token, model),
                QCoreApplication::translate("ClientSetup", "The Anthropic SDKs take the root without /v1.")});
    out.append({QStringLiteral("anthropic-node"), QStringLiteral("Anthropic SDK (Node.js)"),
                QStringLiteral("import Anthropic from \"@anthropic-ai/sdk\";\n"
                               "\n"
                               "const client = new Anthropic({ baseURL: \"%1\", apiKey: \"%2\" });\n"
                               "const reply = await client.messages.create({ model: \"%3\", max_tokens: "
                               "1024,\n"
                               "  messages: [{ role: \"user\", content: \"Hello\" }] });\n"
                               "console.log(reply.content[0].text);\n")
                    .arg(root, token, model),
                QCoreApplication::translate("ClientSetup", "The Anthropic SDKs take the root without /v1.")});
    return out;
}

} // namespace Switchyard::Gui
