// SPDX-License-Identifier: GPL-3.0-or-later
// The official `@anthropic-ai/sdk` npm package as a real client of switchyardd, over loopback. Most
// routes are served by the fake upstream speaking OpenAI Chat Completions or Gemini, so every
// request, answer, SSE stream and error is translated to and from Anthropic Messages; one route goes
// to the fake speaking Anthropic itself (passthrough). The fake's answers and usage numbers are
// documented in tests/support/fakeupstream.h. Run by CTest (tests/CMakeLists.txt) with
// SWITCHYARD_BIN_DIR set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startFakeUpstream, startDaemon, stopAll, tokenHash } from '../harness.mjs';

const token = 'sy-anthropic-node-token';
let baseURL; // the Switchyard origin: the SDK appends /v1/messages itself

before(async () => {
  const fake = await startFakeUpstream();
  baseURL = await startDaemon({
    version: 1,
    server: { host: '127.0.0.1', port: 0, requireToken: true, workers: 2 },
    providers: [
      { id: 'oai', kind: 'openai', baseUrl: fake.openaiBaseUrl, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
      { id: 'gem', kind: 'gemini', baseUrl: `${fake.origin}/v1beta`, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
      { id: 'ant', kind: 'anthropic', baseUrl: fake.origin, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
    ],
    routes: [
      { name: 'sonnet-openai', strategy: 'fallback', targets: [{ provider: 'oai', model: 'gpt-test' }] },
      { name: 'tools-openai', strategy: 'fallback', targets: [{ provider: 'oai', model: 'tools' }] },
      { name: 'sonnet-gemini', strategy: 'fallback', targets: [{ provider: 'gem', model: 'gemini-test' }] },
      { name: 'tools-gemini', strategy: 'fallback', targets: [{ provider: 'gem', model: 'tools' }] },
      { name: 'limited', strategy: 'fallback', targets: [{ provider: 'oai', model: 'fail-429' }] },
      { name: 'claude-direct', strategy: 'fallback', targets: [{ provider: 'ant', model: 'tools' }] },
    ],
    tokens: [{ name: 'anthropic-node', hash: tokenHash(token) }],
  }, { SY_NODE_UPSTREAM_KEY: 'sk-node-upstream-key' });
});

after(stopAll);

// maxRetries 0: an error must surface as it is, not be retried (the 429 carries Retry-After: 7).
const client = (opts = {}) => new Anthropic({ baseURL, apiKey: token, maxRetries: 0, ...opts });

const user = (text) => [{ role: 'user', content: text }];

const tools = [
  { name: 'get_weather', description: 'Current weather in a city',
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
  { name: 'get_time', description: 'Current time in a time zone',
    input_schema: { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] } },
];

// Usage in Anthropic's shape. Switchyard's canonical input count includes cached tokens (as
// OpenAI's prompt_tokens and Gemini's promptTokenCount do); Anthropic's input_tokens counts only
// the uncached input, beside cache_read_input_tokens and cache_creation_input_tokens. So a
// translated answer must carry input_tokens = prompt - cached, cache_read_input_tokens = cached.
function assertUsage(usage, { input, cacheRead, cacheCreation = 0, output }) {
  assert.equal(usage.input_tokens, input, 'input_tokens');
  assert.equal(usage.cache_read_input_tokens, cacheRead, 'cache_read_input_tokens');
  assert.equal(usage.cache_creation_input_tokens, cacheCreation, 'cache_creation_input_tokens');
  assert.equal(usage.output_tokens, output, 'output_tokens');
}

function assertTwoToolUses(content) {
  const uses = content.filter((b) => b.type === 'tool_use');
  assert.equal(uses.length, 2);
  assert.equal(uses[0].name, 'get_weather');
  assert.deepEqual(uses[0].input, { city: 'Paris' });
  assert.equal(uses[1].name, 'get_time');
  assert.deepEqual(uses[1].input, { tz: 'Europe/Paris' });
  for (const u of uses) assert.ok(typeof u.id === 'string' && u.id.length > 0, `tool_use id ${u.id}`);
  assert.notEqual(uses[0].id, uses[1].id);
  return uses;
}

test('messages.create through an OpenAI-kind upstream: text and translated usage', async () => {
  const { data, response } = await client().messages
    .create({ model: 'sonnet-openai', max_tokens: 256, messages: user('Say hello') })
    .withResponse();
  assert.equal(data.type, 'message');
  assert.equal(data.role, 'assistant');
  assert.match(data.id, /^msg_/);
  assert.deepEqual(data.content.map((b) => b.type), ['text']);
  assert.equal(data.content[0].text, 'Hello from gpt-test!');
  assert.equal(data.stop_reason, 'end_turn');
  assert.equal(data.stop_sequence, null);
  // The fake's OpenAI usage: prompt 12 (cached 0), completion 5 → input 12 - 0, read 0, output 5.
  assertUsage(data.usage, { input: 12, cacheRead: 0, output: 5 });
  assert.equal(response.headers.get('x-switchyard-route'), 'sonnet-openai');
  assert.equal(response.headers.get('x-switchyard-provider'), 'oai');
  assert.equal(response.headers.get('x-switchyard-translated'), 'true');

  // With cached tokens: `tools` reports prompt 20 of which cached 4, completion 9
  // → input_tokens 20 - 4 = 16, cache_read_input_tokens 4, output_tokens 9.
  const t = await client().messages.create({ model: 'tools-openai', max_tokens: 256, tools, messages: user('Weather?') });
  assert.equal(t.stop_reason, 'tool_use');
  const uses = assertTwoToolUses(t.content);
  assert.deepEqual(uses.map((u) => u.id), ['call_1', 'call_2']);
  assertUsage(t.usage, { input: 16, cacheRead: 4, output: 9 });
});

test('messages.create through a Gemini-kind upstream', async () => {
  const { data, response } = await client().messages
    .create({ model: 'sonnet-gemini', max_tokens: 256, messages: user('Say hello') })
    .withResponse();
  assert.equal(data.content.length, 1);
  assert.equal(data.content[0].type, 'text');
  assert.equal(data.content[0].text, 'Hello from gemini-test!');
  assert.equal(data.stop_reason, 'end_turn');
  // Gemini usageMetadata: prompt 12 (cachedContent 2), candidates 6
  // → input_tokens 12 - 2 = 10, cache_read_input_tokens 2, output_tokens 6.
  assertUsage(data.usage, { input: 10, cacheRead: 2, output: 6 });
  assert.equal(response.headers.get('x-switchyard-provider'), 'gem');
});

test('messages.stream with tools and thinking through an OpenAI-kind upstream', async () => {
  const stream = client().messages.stream({
    model: 'tools-openai', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 1024 }, tools,
    messages: user('Weather and time in Paris?'),
  });
  const events = [];
  const jsonPieces = [];
  stream.on('streamEvent', (e) => events.push(e.type));
  stream.on('inputJson', (partial) => jsonPieces.push(partial));
  const message = await stream.finalMessage();

  assert.equal(events[0], 'message_start');
  assert.equal(events.at(-1), 'message_stop');
  assert.ok(events.includes('content_block_start') && events.includes('content_block_delta'));
  assert.ok(jsonPieces.length >= 2, 'tool input arrived as input_json_delta pieces');
  assert.equal(message.stop_reason, 'tool_use');
  // The OpenAI fake's `tools` answer has no reasoning: only the two calls, in order.
  assert.deepEqual(message.content.map((b) => b.type), ['tool_use', 'tool_use']);
  const uses = assertTwoToolUses(message.content);
  assert.deepEqual(uses.map((u) => u.id), ['call_1', 'call_2']);
  // message_delta carries the final cumulative usage (prompt 20, cached 4, completion 9).
  assertUsage(message.usage, { input: 16, cacheRead: 4, output: 9 });
});

test('messages.stream: OpenAI reasoning_content becomes a thinking block', async () => {
  const stream = client().messages.stream({
    model: 'oai/reasoning', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 1024 },
    messages: user('Think, then say hello'),
  });
  let thinking = '';
  let text = '';
  stream.on('thinking', (delta) => { thinking += delta; });
  stream.on('text', (delta) => { text += delta; });
  const message = await stream.finalMessage();
  assert.equal(thinking, 'Let me think.');
  assert.equal(text, 'Hello from reasoning!');
  assert.deepEqual(message.content.map((b) => b.type), ['thinking', 'text']);
  assert.equal(message.content[0].thinking, 'Let me think.');
  assert.equal(message.content[1].text, 'Hello from reasoning!');
  assert.equal(message.stop_reason, 'end_turn');
  // `reasoning` has the `tools` usage: prompt 20, cached 4, completion 9.
  assertUsage(message.usage, { input: 16, cacheRead: 4, output: 9 });
});

test('messages.stream with tools and thinking through a Gemini-kind upstream', async () => {
  const stream = client().messages.stream({
    model: 'tools-gemini', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 1024 }, tools,
    messages: user('Weather and time in Paris?'),
  });
  const message = await stream.finalMessage();
  assert.equal(message.stop_reason, 'tool_use');
  assert.deepEqual(message.content.map((b) => b.type), ['thinking', 'tool_use', 'tool_use']);
  assert.equal(message.content[0].thinking, 'Let me think.');
  assertTwoToolUses(message.content);
  // usageMetadata: prompt 12 (cachedContent 2), candidates 10, thoughts 4; thoughts are billed as
  // output → input_tokens 12 - 2 = 10, cache_read 2, output_tokens 10 + 4 = 14.
  assertUsage(message.usage, { input: 10, cacheRead: 2, output: 14 });
});

test('beta.messages.create (anthropic-beta header, and ?beta=true) is translated too', async () => {
  const sent = [];
  const recordingFetch = (url, init) => {
    sent.push({ url: new URL(String(url)), beta: new Headers(init?.headers).get('anthropic-beta') });
    return fetch(url, init);
  };
  const betaClient = client({ fetch: recordingFetch });
  const params = {
    model: 'sonnet-openai', max_tokens: 256, betas: ['interleaved-thinking-2025-05-14'], messages: user('Say hello'),
  };
  // Since 1.3.0 this SDK no longer adds ?beta=true by itself (CHANGELOG: "stop sending query params
  // hardcoded in endpoint paths"); older SDKs and other clients still do, so send it both ways.
  for (const options of [undefined, { query: { beta: 'true' } }]) {
    sent.length = 0;
    const message = await betaClient.beta.messages.create(params, options);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].url.pathname, '/v1/messages');
    assert.equal(sent[0].url.searchParams.get('beta'), options ? 'true' : null);
    assert.equal(sent[0].beta, 'interleaved-thinking-2025-05-14');
    assert.equal(message.type, 'message');
    assert.equal(message.content[0].text, 'Hello from gpt-test!');
    assert.equal(message.stop_reason, 'end_turn');
    assertUsage(message.usage, { input: 12, cacheRead: 0, output: 5 });
  }

  const streamed = await betaClient.beta.messages.stream(params, { query: { beta: 'true' } }).finalMessage();
  assert.equal(sent.at(-1).url.searchParams.get('beta'), 'true');
  assert.equal(streamed.content[0].text, 'Hello from gpt-test!');
  assertUsage(streamed.usage, { input: 12, cacheRead: 0, output: 5 });
});

test('messages.countTokens', async () => {
  // No upstream counter behind an OpenAI-kind provider: Switchyard estimates, and says so.
  const { data: estimated, response } = await client().messages
    .countTokens({ model: 'sonnet-openai', messages: user('What is the weather like in Paris today?') })
    .withResponse();
  assert.ok(Number.isInteger(estimated.input_tokens) && estimated.input_tokens > 0, JSON.stringify(estimated));
  assert.equal(response.headers.get('x-switchyard-estimated'), 'true');

  // An Anthropic-kind provider counts: the fake answers (bytes of the compact messages JSON) / 4,
  // with its keys sorted as Qt writes them.
  const messages = user('What is the weather like in Paris today?');
  const compact = JSON.stringify([{ content: messages[0].content, role: 'user' }]);
  const { data: exact, response: r2 } = await client().messages
    .countTokens({ model: 'claude-direct', messages })
    .withResponse();
  assert.equal(exact.input_tokens, Math.floor(Buffer.byteLength(compact) / 4));
  assert.equal(r2.headers.get('x-switchyard-estimated'), null);

  const beta = await client().beta.messages.countTokens({ model: 'claude-direct', messages });
  assert.equal(beta.input_tokens, exact.input_tokens);
});

test('errors arrive in Anthropic\'s envelope as the SDK error classes', async () => {
  // An upstream (OpenAI-kind) 429.
  await assert.rejects(
    client().messages.create({ model: 'limited', max_tokens: 16, messages: user('hi') }),
    (e) => {
      assert.ok(e instanceof Anthropic.RateLimitError, `${e.constructor.name}: ${e.message}`);
      assert.equal(e.status, 429);
      assert.equal(e.error?.type, 'error');
      assert.equal(e.error?.error?.type, 'rate_limit_error');
      assert.equal(e.type, 'rate_limit_error');
      assert.equal(typeof e.error?.error?.message, 'string');
      assert.equal(e.headers.get('retry-after'), '7'); // the upstream's, so the SDK could honour it
      return true;
    });
  // The same while streaming: the error comes before any event.
  await assert.rejects(
    client().messages.stream({ model: 'limited', max_tokens: 16, messages: user('hi') }).finalMessage(),
    (e) => e instanceof Anthropic.RateLimitError && e.status === 429 && e.error?.error?.type === 'rate_limit_error');

  // No token at all (the SDK lets a client explicitly omit its Authorization header).
  const sentHeaders = [];
  const recordingFetch = (url, init) => { sentHeaders.push(new Headers(init?.headers)); return fetch(url, init); };
  const anonymous = client({ defaultHeaders: { Authorization: null }, fetch: recordingFetch });
  await assert.rejects(
    anonymous.messages.create({ model: 'sonnet-openai', max_tokens: 16, messages: user('hi') }),
    (e) => {
      assert.ok(e instanceof Anthropic.AuthenticationError, `${e.constructor.name}: ${e.message}`);
      assert.equal(e.status, 401);
      assert.equal(e.error?.type, 'error');
      assert.equal(e.error?.error?.type, 'authentication_error');
      return true;
    });
  assert.equal(sentHeaders.length, 1);
  assert.equal(sentHeaders[0].get('authorization'), null);
  assert.equal(sentHeaders[0].get('x-api-key'), null);
  // A wrong token.
  await assert.rejects(
    client({ apiKey: 'sy-wrong' }).messages.create({ model: 'sonnet-openai', max_tokens: 16, messages: user('hi') }),
    (e) => e instanceof Anthropic.AuthenticationError && e.error?.error?.type === 'authentication_error');
  // An unknown model.
  await assert.rejects(
    client().messages.create({ model: 'no-such-model', max_tokens: 16, messages: user('hi') }),
    (e) => e instanceof Anthropic.NotFoundError && e.error?.error?.type === 'not_found_error' && /no-such-model/.test(e.message));
});

test('the token works as x-api-key and as a bearer token', async () => {
  // This SDK sends apiKey as `Authorization: Bearer`; Anthropic's own header must work as well.
  const sentHeaders = [];
  const recordingFetch = (url, init) => { sentHeaders.push(new Headers(init?.headers)); return fetch(url, init); };
  const viaHeader = client({ apiKey: 'unused', defaultHeaders: { Authorization: null, 'X-Api-Key': token }, fetch: recordingFetch });
  const message = await viaHeader.messages.create({ model: 'sonnet-openai', max_tokens: 16, messages: user('hi') });
  assert.equal(message.content[0].text, 'Hello from gpt-test!');
  assert.equal(sentHeaders[0].get('authorization'), null);
  assert.equal(sentHeaders[0].get('x-api-key'), token);
  // And the default: apiKey as a bearer token.
  sentHeaders.length = 0;
  await client({ fetch: recordingFetch }).messages.create({ model: 'sonnet-openai', max_tokens: 16, messages: user('hi') });
  assert.equal(sentHeaders[0].get('authorization'), `Bearer ${token}`);
});

test('passthrough to an Anthropic-kind upstream, streaming', async () => {
  const stream = client().messages.stream({
    model: 'claude-direct', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 1024 }, tools,
    messages: user('Weather and time in Paris?'),
  });
  let text = '';
  stream.on('text', (d) => { text += d; });
  const { response } = await stream.withResponse();
  const message = await stream.finalMessage();
  assert.equal(response.headers.get('x-switchyard-provider'), 'ant');
  assert.equal(response.headers.get('x-switchyard-translated'), 'false');
  assert.deepEqual(message.content.map((b) => b.type), ['thinking', 'text', 'tool_use', 'tool_use']);
  assert.equal(message.content[0].thinking, 'Let me think.');
  assert.equal(message.content[0].signature, 'sig-abc123==');
  assert.equal(text, 'Checking.');
  const uses = assertTwoToolUses(message.content);
  assert.deepEqual(uses.map((u) => u.id), ['toolu_1', 'toolu_2']);
  assert.equal(message.stop_reason, 'tool_use');
  // Anthropic's own numbers, untouched: input 11, cache_creation 3, cache_read 5, output 24.
  assertUsage(message.usage, { input: 11, cacheRead: 5, cacheCreation: 3, output: 24 });
});
