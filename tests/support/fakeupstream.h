// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QThread>

#include <atomic>

// A fake LLM provider for tests and the npm client test. It speaks four dialects exactly as the
// providers document them (checked 2026-11-25; golden copies of every shape are in
// tests/fixtures/wire/, whose README lists the doc pages). It deliberately does NOT reuse
// Switchyard's HTTP parser: it is an independent peer with its own tiny HTTP/1.1 reader
// (Content-Length or chunked request bodies, `Expect: 100-continue`, keep-alive, pipelining).
// Streams are always sent with chunked transfer coding. Routes match the request path without its
// query; every request is recorded with its full path including the query.
//
// Behaviour is chosen by the model name: the body's "model" for OpenAI and Anthropic, the URL's
// {model} for Gemini, the URL's {deployment} for Azure.
//
// OpenAI Chat Completions, POST any path ending /chat/completions
// (https://platform.openai.com/docs/api-reference/chat; SSE `data: {...}\n\n`, a usage chunk with
// empty choices only when stream_options.include_usage is true, then `data: [DONE]`):
//   anything else  200, "Hello from <model>!" (streamed as 3 content chunks when "stream": true)
//                  usage {prompt 12, completion 5, total 17, cached 0, reasoning 0}
//   tools          200, content null + TWO parallel tool_calls: call_1 get_weather {"city":"Paris"},
//                  call_2 get_time {"tz":"Europe/Paris"}; finish_reason "tool_calls". Streamed: the
//                  first delta of each call carries index/id/type/function.name and arguments "",
//                  then its arguments arrive in 3 pieces; indexes 0 and 1. Its chunks also carry
//                  what current OpenAI streams do: "obfuscation" padding, and "usage": null when
//                  include_usage is set (the default model keeps the older, leaner chunks).
//                  Every stream opens with a ": keep-alive" SSE comment.
//                  usage {prompt 20, completion 9, total 29, cached 4, reasoning 3; the audio and
//                  prediction detail fields are 0}
//   reasoning      200, DeepSeek-style reasoning_content "Let me think." (streamed as 2
//                  delta.reasoning_content pieces) then content "Hello from reasoning!"; usage as tools
//   fail-500       500 with an OpenAI error body
//   fail-429       429 with Retry-After: 7 and x-ratelimit-* headers
//   fail-401       401 echoing the refused key in its message, as OpenAI does
//   fail-400       400 invalid_request_error (a client error: must not trigger fallback)
//   context-length 400 invalid_request_error, code context_length_exceeded, param "messages"
//   content-filter 400 invalid_request_error, code content_policy_violation (the safety system)
//   slow-stream    sends the SSE headers and one chunk, then nothing more
//   big-stream     streams 2000 chunks of 1 KiB as fast as possible
// POST .../embeddings: a list with one 3-float vector per input, [0.125*(i+1), 0.25, -0.5] for
//   input i (base64 little-endian float32 when encoding_format is "base64", as the openai SDKs
//   ask); usage {prompt_tokens = 4 per input, total_tokens the same}.
// POST .../completions (legacy, "prompt"): a text_completion "Hello from <model>!" (streamed in 3
//   pieces plus [DONE] when "stream": true); usage {prompt 12, completion 5, total 17}.
// GET .../models: an OpenAI model list with one model, "fake-model".
//
// Anthropic Messages, POST any path ending /v1/messages (a query such as ?beta=true is ignored)
// (https://docs.anthropic.com/en/api/messages; SSE `event: <type>\ndata: {...}\n\n`):
//   missing x-api-key          401 authentication_error "invalid x-api-key"
//   missing anthropic-version  400 invalid_request_error
//   missing max_tokens         400 invalid_request_error "max_tokens: Field required"
//   anything else  200, one text block "Hello from <model>!", stop_reason end_turn, usage
//                  {input 11, cache_creation_input 3, cache_read_input 5, output 7}. Streamed:
//                  message_start (usage with the input/cache fields and output_tokens 1),
//                  content_block_start, ping, 3 text_delta, content_block_stop, message_delta
//                  (stop_reason, usage {output_tokens 7}), message_stop.
//   tools          thinking block ("Let me think.", signature "sig-abc123=="; streamed as 2
//                  thinking_delta then one signature_delta), text "Checking.", tool_use toolu_1
//                  get_weather {"city":"Paris"} and toolu_2 get_time {"tz":"Europe/Paris"} (each
//                  streamed as input_json_delta "" then 3 partial_json pieces); stop_reason tool_use;
//                  usage {input 11, cache_creation_input 3, cache_read_input 5, output 24}, and the
//                  streamed message_delta carries that whole cumulative usage.
//   fail-500 500 api_error; fail-529 529 overloaded_error; fail-401 401 authentication_error;
//   fail-429 429 rate_limit_error with retry-after: 7 and anthropic-ratelimit-requests-remaining: 0;
//   fail-400 400 invalid_request_error; context-length 400 invalid_request_error
//   "prompt is too long: 250000 tokens > 200000 maximum"; slow-stream as for OpenAI.
//   Every Anthropic answer carries a request-id header; error bodies carry request_id too.
// POST .../v1/messages/count_tokens: {"input_tokens": N}, N = the byte length of the request's
//   "messages" array re-serialised by QJsonDocument::Compact, divided by 4 (integer division).
//
// Gemini, POST .../models/{model}:generateContent and .../models/{model}:streamGenerateContent
// (https://ai.google.dev/api/generate-content; with ?alt=sse each chunk is `data: {...}\r\n\r\n`,
// without it the chunks form one JSON array, as Google sends them). Checked before anything else:
//   a "key" query parameter      400 INVALID_ARGUMENT (keys must never travel in URLs)
//   missing x-goog-api-key       403 PERMISSION_DENIED
//   a functionDeclarations[].parameters schema using additionalProperties, $schema, $ref, $defs,
//   exclusiveMinimum, exclusiveMaximum or const (at any depth)  400 INVALID_ARGUMENT naming it
//   anything else  200, text "Hello from <model>!", finishReason STOP, usageMetadata {prompt 12,
//                  candidates 6, cachedContent 2, total 18} (no thoughtsTokenCount). Streamed as
//                  3 chunks, the last with finishReason and usageMetadata.
//   tools          a thought part {"text":"Let me think.","thought":true}, then functionCall
//                  get_weather {"city":"Paris"} with "thoughtSignature":"gsig-1" and functionCall
//                  get_time {"tz":"Europe/Paris"}; usageMetadata {prompt 12, candidates 10,
//                  cachedContent 2, thoughts 4, total 26}. Streamed as 2 chunks: the thought, then
//                  both calls with finishReason and usageMetadata.
//   fail-429 429 RESOURCE_EXHAUSTED (with a RetryInfo detail, retryDelay "7s"); fail-500 500
//   INTERNAL; fail-503 503 UNAVAILABLE "The model is overloaded. ..."; fail-400 400
//   INVALID_ARGUMENT; slow-stream as for OpenAI.
// GET .../v1beta/models: a Gemini model list (same key checks). Other :methods: 404 NOT_FOUND.
//
// Azure OpenAI, any path containing /openai/deployments/{deployment}/ and ending as an OpenAI
// route above (https://learn.microsoft.com/azure/ai-foundry/openai/reference):
//   missing api-key header   401 {"error":{"code":"401","message":"Access denied ..."}}
//   missing api-version      404 {"error":{"code":"404","message":"Resource not found"}}
//   otherwise exactly the OpenAI behaviour, with the deployment name as the model.
//
// In every dialect:
//   hang           reads the request and never answers
//   flaky-N        the first N requests naming this model get 503; later ones are answered as
//                  model "recovered" (counted per model name until clear())
//   ratelimited-MS the first request gets 429 with "retry-after-ms: MS" and "Retry-After:
//                  ceil(MS/1000)"; later ones are answered as model "recovered"
//   delay-N        answers as model "delayed" after N milliseconds
//   drop           closes the connection without answering
//   close-after-reply  answers as model "closing", then closes the idle connection after 100 ms
class FakeUpstream final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      // the full request target, query included
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;                      // de-chunked
        int connectionId = 0;
    };

    FakeUpstream();
    ~FakeUpstream() override;

    // Starts listening on 127.0.0.1 in its own thread.
    bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT/v1", the OpenAI-style base URL.
    [[nodiscard]] QByteArray baseUrl() const;
    // A Switchyard config (JSON) with this server as its one OpenAI-kind provider `providerId`, its key
    // read from the environment variable `keyEnv`, on a loopback port of the system's choosing, no tokens.
    [[nodiscard]] QByteArray switchyardConfig(const QByteArray &providerId, const QByteArray &keyEnv) const;
    // "http://127.0.0.1:PORT", for dialects whose clients add the version themselves
    // (Anthropic's /v1/messages, Gemini's /v1beta/models/..., Azure's /openai/deployments/...).
    [[nodiscard]] QByteArray origin() const;

    [[nodiscard]] QList<Request> requests() const;
    [[nodiscard]] int connectionsAccepted() const { return m_accepted.load(); }
    [[nodiscard]] int connectionsClosedByPeer() const { return m_closedByPeer.load(); }
    [[nodiscard]] int openConnections() const { return m_open.load(); }
    void clear();

private:
    friend class FakeUpstreamServer;
    void record(const Request &r);
    int countRequest(const QString &model); // how many requests named it, this one included

    QThread m_thread;
    QObject *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    QHash<QString, int> m_seen;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_closedByPeer{0};
    std::atomic<int> m_open{0};
};
