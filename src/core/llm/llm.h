// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The canonical model every dialect translates to and from: a superset of OpenAI Chat Completions
// that also carries what Anthropic Messages, the OpenAI Responses API and Gemini add (thinking
// blocks with their signatures, cache accounting, tool calls with ids). Each dialect has one
// decoder into this model and one encoder out of it, so N dialects need 2N translators, not N².
namespace Switchyard::Llm {

// The wire formats spoken on either side.
enum class Dialect
{
    OpenAiChat,        // POST /v1/chat/completions
    AnthropicMessages, // POST /v1/messages
    OpenAiResponses,   // POST /v1/responses
    Gemini,            // models/{model}:generateContent (upstream only)
};
QString dialectName(Dialect d);
// The dialect dialectName() names; nullopt for any other text.
std::optional<Dialect> dialectFromName(QStringView name);

// One piece of a message's content.
struct Part
{
    enum class Kind
    {
        Text,
        Image,            // url (https: or data:) or base64 data with a media type
        Thinking,         // reasoning text; `signature` is the provider's opaque proof, kept byte for byte
        RedactedThinking, // encrypted reasoning (`data`), passed back untouched
        ToolCall,         // the model asks for a tool: id, name, arguments (JSON text)
        ToolResult,       // the caller's answer to a tool call: id, text (and isError)
    };
    Kind kind = Kind::Text;
    QString text;            // Text, Thinking, ToolResult
    QString signature;       // Thinking signature; a ToolCall's Gemini thought signature
    QString data;            // RedactedThinking payload; Image base64 data
    QString mediaType;       // Image media type (image/png…)
    QString url;             // Image URL (https: or data:)
    QString id;              // ToolCall / ToolResult: the call id
    QString name;            // ToolCall: function name
    QString arguments;       // ToolCall: arguments as JSON text (may be partial while streaming)
    bool isError = false;    // ToolResult
    QJsonValue cacheControl; // Anthropic prompt-caching marker, kept when the upstream is Anthropic

    static Part makeText(const QString &text)
    {
        Part p;
        p.text = text;
        return p;
    }
};

struct Message
{
    enum class Role
    {
        System,
        User,
        Assistant,
        Tool
    };
    Role role = Role::User;
    QList<Part> parts;
    QString name; // OpenAI's optional participant name

    [[nodiscard]] QString text() const; // concatenated Text parts
};

struct Tool
{
    QString name;
    QString description;
    QJsonObject parameters; // JSON Schema of the arguments
    QJsonValue cacheControl;
};

enum class ToolChoice
{
    Unset,
    Auto,
    None,
    Required,
    Named
};

// A yes/no that a client may leave unsaid, used like std::optional<bool>. (Not std::optional<bool>
// itself: requests are copied a lot, and clang's -fsanitize=bool trips on its disengaged payload.)
class Tristate
{
public:
    Tristate() = default;
    Tristate(bool value) : m_value(value ? 2 : 1) {} // converts like std::optional<bool> does
    explicit operator bool() const { return m_value != 0; }
    bool operator*() const { return m_value == 2; }
    [[nodiscard]] bool value_or(bool fallback) const { return m_value ? m_value == 2 : fallback; }
    bool operator==(const Tristate &) const = default;

private:
    quint8 m_value = 0; // 0 unset, 1 false, 2 true
};

enum class FinishReason
{
    Unset,
    Stop,
    Length,
    ToolCalls,
    ContentFilter,
    StopSequence,
    Refusal,
    Error
};
QString finishReasonName(FinishReason r);

// Token counts as the providers bill them. `inputTokens` counts every prompt token, including
// those read from or written to a prompt cache (OpenAI's convention; Anthropic reports cached
// tokens beside input_tokens and its decoder adds them in). `outputTokens` includes reasoning.
struct Usage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    bool known = false;     // the upstream reported it
    bool estimated = false; // we counted it ourselves

    [[nodiscard]] qint64 totalTokens() const { return inputTokens + outputTokens; }
    bool operator==(const Usage &) const = default;
};

struct Request
{
    QString model;
    QList<Part> system; // system/developer instructions, in order
    QList<Message> messages;
    QList<Tool> tools;
    ToolChoice toolChoice = ToolChoice::Unset;
    QString toolChoiceName;
    Tristate parallelToolCalls;
    bool stream = false;
    bool streamUsage = false; // the client asked for usage in the stream (OpenAI include_usage)
    std::optional<qint64> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> topK;
    std::optional<qint64> seed;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    QStringList stop;
    // Structured output, in OpenAI's response_format shape ({"type":"json_schema","json_schema":{…}}
    // or {"type":"json_object"}); null when not asked.
    QJsonValue responseFormat;
    // Reasoning: an explicit token budget (Anthropic/Gemini) and/or an effort (OpenAI).
    std::optional<qint64> thinkingBudget;
    QString reasoningEffort; // minimal/low/medium/high, or empty
    bool thinkingEnabled = false;
    QString user;
    int n = 1;
    Tristate logprobs;
    std::optional<qint64> topLogprobs;
    QJsonObject metadata;

    [[nodiscard]] bool hasImages() const;
    [[nodiscard]] QString lastUserText() const;
};

struct Response
{
    QString id;
    QString model;
    qint64 created = 0;
    QList<Part> content; // Thinking, Text, ToolCall parts in order
    FinishReason finishReason = FinishReason::Unset;
    QString stopSequence;
    Usage usage;
};

// A provider or gateway error, before it is put into a dialect's envelope.
struct Error
{
    enum class Kind
    {
        InvalidRequest,
        Authentication,
        Permission,
        NotFound,
        RequestTooLarge,
        RateLimit,
        Overloaded,
        Server,
        Timeout,
        Upstream,
    };
    int status = 500;
    Kind kind = Kind::Server;
    QString message;
    QString code;  // machine-readable detail (OpenAI `code`), or empty
    QString param; // the offending field, or empty

    static Error make(int status, Kind kind, QString message, QString code = {}, QString param = {})
    {
        return Error{status, kind, std::move(message), std::move(code), std::move(param)};
    }
    static Kind kindForStatus(int status);
};

// One step of a streamed answer. Decoders emit, encoders consume, in this order:
// Start, then per content block BlockStart, deltas, BlockStop (blocks never interleave, indexes
// count up from 0), then Finish (with the final usage), or Error at any point.
struct StreamEvent
{
    enum class Type
    {
        Start,
        BlockStart,
        TextDelta,
        ThinkingDelta,
        SignatureDelta,
        ArgumentsDelta,
        BlockStop,
        Finish,
        Error
    };
    Type type = Type::Start;
    int index = 0;
    Part::Kind blockKind = Part::Kind::Text; // BlockStart
    QString id;                              // Start: message id; BlockStart of a tool call: call id
    QString name;                            // Start: model; BlockStart of a tool call: function name
    QString text; // the delta; BlockStart of a tool call / thinking: signature carried at start
    FinishReason finishReason = FinishReason::Unset;
    QString stopSequence;
    Usage usage; // Start: what is known up front (Anthropic input tokens); Finish: final
    Llm::Error error;
};

// JSON helpers shared by the codecs.
QJsonValue optionalNumber(const std::optional<double> &v);
QJsonValue optionalInteger(const std::optional<qint64> &v);

// A tool call id that also carries a Gemini thought signature, for clients whose dialect has no
// field for it (OpenAI, Anthropic): "<id>__thought__<signature>". Split back on the way in.
QString packToolCallId(const QString &id, const QString &signature);
void unpackToolCallId(QString &id, QString &signature);

} // namespace Switchyard::Llm
