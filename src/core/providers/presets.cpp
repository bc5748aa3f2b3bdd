// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

namespace Switchyard::Providers {

namespace {
// Base URLs and quirks from each provider's API reference (checked 2026-11-25).
Preset make(const char *id, const char *name, const char *kind, const char *baseUrl, const char *keyEnv,
            const char *docs)
{
    Preset p;
    p.id = QLatin1StringView(id);
    p.displayName = QLatin1StringView(name);
    p.kind = QLatin1StringView(kind);
    p.baseUrl = QLatin1StringView(baseUrl);
    p.keyEnv = QLatin1StringView(keyEnv);
    p.docsUrl = QLatin1StringView(docs);
    return p;
}

QList<Preset> build()
{
    QList<Preset> list;
    Preset openai = make("openai", "OpenAI", "openai", "https://api.openai.com/v1", "OPENAI_API_KEY",
                         "https://platform.openai.com/docs/api-reference");
    openai.maxCompletionTokens = true; // o-series and gpt-5 refuse max_tokens
    list << openai;
    list << make("anthropic", "Anthropic", "anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY",
                 "https://docs.anthropic.com/en/api/messages");
    list << make("gemini", "Google Gemini", "gemini", "https://generativelanguage.googleapis.com/v1beta",
                 "GEMINI_API_KEY", "https://ai.google.dev/api/generate-content");
    list << make("azure", "Azure OpenAI", "azure", "", "AZURE_OPENAI_API_KEY",
                 "https://learn.microsoft.com/azure/ai-services/openai/reference");
    list << make("openrouter", "OpenRouter", "openai", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY",
                 "https://openrouter.ai/docs/api-reference/overview");
    list << make("groq", "Groq", "openai", "https://api.groq.com/openai/v1", "GROQ_API_KEY",
                 "https://console.groq.com/docs/openai");
    Preset mistral = make("mistral", "Mistral", "openai", "https://api.mistral.ai/v1", "MISTRAL_API_KEY",
                          "https://docs.mistral.ai/api/");
    mistral.streamOptions = false; // usage always comes in the last chunk; unknown fields are refused
    list << mistral;
    Preset deepseek = make("deepseek", "DeepSeek", "openai", "https://api.deepseek.com/v1",
                           "DEEPSEEK_API_KEY", "https://api-docs.deepseek.com/api/create-chat-completion");
    deepseek.reasoningContent = true;
    list << deepseek;
    list << make("together", "Together AI", "openai", "https://api.together.xyz/v1", "TOGETHER_API_KEY",
                 "https://docs.together.ai/reference/chat-completions-1");
    list << make("fireworks", "Fireworks AI", "openai", "https://api.fireworks.ai/inference/v1",
                 "FIREWORKS_API_KEY", "https://docs.fireworks.ai/api-reference/post-chatcompletions");
    list << make("xai", "xAI", "openai", "https://api.x.ai/v1", "XAI_API_KEY",
                 "https://docs.x.ai/docs/api-reference");
    list << make("perplexity", "Perplexity", "openai", "https://api.perplexity.ai", "PERPLEXITY_API_KEY",
                 "https://docs.perplexity.ai/api-reference/chat-completions-post");
    for (auto [id, name, url, docs] :
         {std::tuple{"ollama", "Ollama", "http://127.0.0.1:11434/v1",
                     "https://github.com/ollama/ollama/blob/main/docs/openai.md"},
          std::tuple{"lmstudio", "LM Studio", "http://127.0.0.1:1234/v1",
                     "https://lmstudio.ai/docs/app/api/endpoints/openai"},
          std::tuple{"llamacpp", "llama.cpp server", "http://127.0.0.1:8080/v1",
                     "https://github.com/ggml-org/llama.cpp/tree/master/tools/server"},
          std::tuple{"vllm", "vLLM", "http://127.0.0.1:8000/v1",
                     "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html"}}) {
        Preset p = make(id, name, "openai", url, "", docs);
        p.local = true;
        p.reasoningContent = true;
        list << p;
    }
    // Any other service that speaks OpenAI Chat Completions (a company gateway, a hosted open model,
    // LocalAI…): the user gives its base URL; reasoning_content is passed back as some of them send it.
    Preset compatible = make("openai-compatible", "Other OpenAI-compatible service", "openai", "", "", "");
    compatible.reasoningContent = true;
    list << compatible;
    return list;
}
} // namespace

const QList<Preset> &presets()
{
    static const QList<Preset> list = build();
    return list;
}

const Preset *findPreset(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const Preset &p : presets()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList presetIds()
{
    QStringList ids;
    for (const Preset &p : presets())
        ids << p.id;
    return ids;
}

} // namespace Switchyard::Providers
