// SPDX-License-Identifier: GPL-3.0-or-later
// The official `openai` npm package as a real client of switchyardd, over loopback, against the fake
// upstream (tests/support/fakeupstream.h) speaking OpenAI, and speaking Anthropic Messages and Gemini
// behind routes whose answers Switchyard translates to Chat Completions and to the Responses API.
// Run by CTest (tests/CMakeLists.txt) with SWITCHYARD_BIN_DIR set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startFakeUpstream, startDaemon, stopAll, tokenHash } from '../harness.mjs';

const token = 'sy-node-client-token';
const upstreamKey = 'sk-node-upstream-key';
let baseURL;

before(async () => {
  const fake = await startFakeUpstream();
  const upstream = fake.openaiBaseUrl;
  const origin = await startDaemon({
    version: 1,
    server: { host: '127.0.0.1', port: 0, requireToken: true, workers: 2 },
    providers: [
      { id: 'fake', kind: 'openai', baseUrl: upstream, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
      { id: 'backup', kind: 'openai', baseUrl: upstream },
      { id: 'claude', kind: 'anthropic', baseUrl: fake.origin, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
      { id: 'gemini', kind: 'gemini', baseUrl: `${fake.origin}/v1beta`, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
    ],
    routes: [
      { name: 'smart', strategy: 'fallback', targets: [{ provider: 'fake', model: 'gpt-test' }] },
      { name: 'resilient', strategy: 'fallback', targets: [{ provider: 'fake', model: 'fail-500' }, { provider: 'backup', model: 'rescued' }] },
      { name: 'broken', strategy: 'fallback', targets: [{ provider: 'fake', model: 'fail-500' }] },
      { name: 'sonnet', strategy: 'fallback', targets: [{ provider: 'claude', model: 'claude-test' }] },
      { name: 'sonnet-tools', strategy: 'fallback', targets: [{ provider: 'claude', model: 'tools' }] },
      { name: 'flash', strategy: 'fallback', targets: [{ provider: 'gemini', model: 'gemini-test' }] },
      { name: 'flash-tools', strategy: 'fallback', targets: [{ provider: 'gemini', model: 'tools' }] },
      { name: 'embed', strategy: 'fallback', targets: [{ provider: 'fake', model: 'embedding-test' }] },
    ],
    tokens: [{ name: 'node', hash: tokenHash(token) }],
  }, { SY_NODE_UPSTREAM_KEY: upstreamKey });
  baseURL = origin + '/v1';
});

after(stopAll);

const client = () => new OpenAI({ baseURL, apiKey: token, maxRetries: 0 });

test('chat completion through a route', async () => {
  const { data, response } = await client().chat.completions
    .create({ model: 'smart', messages: [{ role: 'user', content: 'Say hello' }] })
    .withResponse();
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.choices[0].message.content, 'Hello from gpt-test!');
  assert.equal(data.usage.total_tokens, 17);
  assert.equal(response.headers.get('x-switchyard-route'), 'smart');
  assert.equal(response.headers.get('x-switchyard-provider'), 'fake');
});

test('streaming with include_usage', async () => {
  const stream = await client().chat.completions.create({
    model: 'smart', stream: true, stream_options: { include_usage: true },
    messages: [{ role: 'user', content: 'Say hello' }],
  });
  let text = '';
  let usage = null;
  let finish = null;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    for (const c of chunk.choices) {
      text += c.delta?.content ?? '';
      finish = c.finish_reason ?? finish;
    }
  }
  assert.equal(text, 'Hello from gpt-test!');
  assert.equal(finish, 'stop');
  assert.equal(usage?.completion_tokens, 5);
});

test('fallback to the next target', async () => {
  const { data, response } = await client().chat.completions
    .create({ model: 'resilient', messages: [{ role: 'user', content: 'hi' }] })
    .withResponse();
  assert.equal(data.choices[0].message.content, 'Hello from rescued!');
  assert.equal(response.headers.get('x-switchyard-attempts'), '2');
});

test('fallback while streaming', async () => {
  const stream = await client().chat.completions.create({ model: 'resilient', stream: true, messages: [{ role: 'user', content: 'hi' }] });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  assert.equal(text, 'Hello from rescued!');
});

test('models list', async () => {
  const ids = [];
  for await (const m of client().models.list()) ids.push(m.id);
  assert.ok(ids.includes('smart'));
  assert.ok(ids.includes('fake/gpt-test'));
});

test('errors arrive in the OpenAI shape as the SDK error classes', async () => {
  await assert.rejects(
    client().chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof OpenAI.NotFoundError && e.status === 404 && e.code === 'model_not_found' && /no-such-model/.test(e.message));
  await assert.rejects(
    new OpenAI({ baseURL, apiKey: 'sy-wrong', maxRetries: 0 }).chat.completions.create({ model: 'smart', messages: [] }),
    (e) => e instanceof OpenAI.AuthenticationError && e.code === 'invalid_api_key');
  await assert.rejects(
    client().chat.completions.create({ model: 'broken', messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof OpenAI.APIError && e.status === 502 && e.code === 'upstream_http_500' && /The server had an error/.test(e.message));
  await assert.rejects(
    client().chat.completions.create({ model: 'broken', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof OpenAI.APIError && e.status === 502);
});

// ---- Routes served by an Anthropic-kind and a Gemini-kind upstream: translated by Switchyard ----

const weatherTools = [
  { type: 'function', function: { name: 'get_weather', description: 'Current weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } },
  { type: 'function', function: { name: 'get_time', description: 'Current time in a time zone',
    parameters: { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] } } },
];
// The Responses API's flat function tools.
const responseTools = weatherTools.map((t) => ({ type: 'function', ...t.function }));

// The fake's Anthropic usage is {input 11, cache_creation_input 3, cache_read_input 5, output 7}
// (24 for `tools`). Anthropic's input_tokens excludes both cache counts; OpenAI's prompt_tokens (and
// the Responses API's input_tokens) includes every input token, with the cache reads repeated in
// cached_tokens: 11 + 3 + 5 = 19 prompt tokens, 5 of them cached.
const claudeUsage = (output) => ({ prompt: 19, cached: 5, completion: output, total: 19 + output });

function assertChatUsage(usage, { prompt, cached, completion, total }) {
  assert.ok(usage, 'usage present');
  assert.equal(usage.prompt_tokens, prompt, 'prompt_tokens');
  assert.equal(usage.prompt_tokens_details?.cached_tokens, cached, 'cached_tokens');
  assert.equal(usage.completion_tokens, completion, 'completion_tokens');
  assert.equal(usage.total_tokens, total, 'total_tokens');
}

function assertTwoToolCalls(toolCalls, ids) {
  assert.equal(toolCalls?.length, 2);
  assert.deepEqual(toolCalls.map((c) => c.type), ['function', 'function']);
  assert.deepEqual(toolCalls.map((c) => c.function.name), ['get_weather', 'get_time']);
  assert.deepEqual(JSON.parse(toolCalls[0].function.arguments), { city: 'Paris' });
  assert.deepEqual(JSON.parse(toolCalls[1].function.arguments), { tz: 'Europe/Paris' });
  if (ids) assert.deepEqual(toolCalls.map((c) => c.id), ids);
}

test('chat completion through an Anthropic-kind upstream', async () => {
  const { data, response } = await client().chat.completions
    .create({ model: 'sonnet', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Say hello' }] })
    .withResponse();
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].message.role, 'assistant');
  assert.equal(data.choices[0].message.content, 'Hello from claude-test!');
  assert.equal(data.choices[0].finish_reason, 'stop');
  assertChatUsage(data.usage, claudeUsage(7));
  assert.equal(response.headers.get('x-switchyard-route'), 'sonnet');
  assert.equal(response.headers.get('x-switchyard-provider'), 'claude');
  assert.equal(response.headers.get('x-switchyard-translated'), 'true');

  const t = await client().chat.completions.create({
    model: 'sonnet-tools', tools: weatherTools, messages: [{ role: 'user', content: 'Weather and time in Paris?' }],
  });
  assert.equal(t.choices[0].finish_reason, 'tool_calls');
  assert.equal(t.choices[0].message.content, 'Checking.');
  assertTwoToolCalls(t.choices[0].message.tool_calls, ['toolu_1', 'toolu_2']);
  assertChatUsage(t.usage, claudeUsage(24));
});

test('chat streaming through an Anthropic-kind upstream, with and without include_usage', async () => {
  for (const includeUsage of [true, false]) {
    const stream = await client().chat.completions.create({
      model: 'sonnet', stream: true, ...(includeUsage ? { stream_options: { include_usage: true } } : {}),
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    let text = '';
    let finish = null;
    for (const chunk of chunks) {
      assert.equal(chunk.object, 'chat.completion.chunk');
      for (const c of chunk.choices) {
        text += c.delta?.content ?? '';
        finish = c.finish_reason ?? finish;
      }
    }
    assert.equal(text, 'Hello from claude-test!');
    assert.equal(finish, 'stop');
    const withUsage = chunks.filter((c) => c.usage != null);
    if (!includeUsage) {
      assert.equal(withUsage.length, 0, 'no usage chunk unless stream_options.include_usage');
      continue;
    }
    // One usage chunk, the last, with empty choices (OpenAI's documented shape).
    assert.equal(withUsage.length, 1);
    assert.equal(withUsage[0], chunks.at(-1));
    assert.deepEqual(withUsage[0].choices, []);
    assertChatUsage(withUsage[0].usage, claudeUsage(7));
  }
});

test('chat streaming tool calls from an Anthropic-kind upstream, assembled by the SDK', async () => {
  const stream = client().chat.completions.stream({
    model: 'sonnet-tools', tools: weatherTools, stream_options: { include_usage: true },
    messages: [{ role: 'user', content: 'Weather and time in Paris?' }],
  });
  const argumentDeltas = [0, 0];
  const argumentsDone = [];
  stream.on('tool_calls.function.arguments.delta', (e) => { argumentDeltas[e.index] += 1; });
  stream.on('tool_calls.function.arguments.done', (e) => argumentsDone.push(e));
  const completion = await stream.finalChatCompletion();
  const choice = completion.choices[0];
  assert.equal(choice.finish_reason, 'tool_calls');
  assert.equal(choice.message.content, 'Checking.');
  assertTwoToolCalls(choice.message.tool_calls, ['toolu_1', 'toolu_2']);
  // The fake streams each input as 3 partial_json pieces: they must arrive as separate deltas.
  assert.ok(argumentDeltas[0] >= 3 && argumentDeltas[1] >= 3, `argument deltas ${argumentDeltas}`);
  assert.deepEqual(argumentsDone.map((e) => [e.index, e.name, JSON.parse(e.arguments)]),
    [[0, 'get_weather', { city: 'Paris' }], [1, 'get_time', { tz: 'Europe/Paris' }]]);
  assertChatUsage(completion.usage, claudeUsage(24));
});

// Checks a Responses API event stream against the order OpenAI documents: response.created,
// response.in_progress, then per output item output_item.added … its deltas … output_item.done,
// and response.completed last; sequence_number counts from 0. Deltas must concatenate to their
// .done values and to the items of the completed response. Returns the completed response.
function checkResponseEvents(events) {
  assert.equal(events[0].type, 'response.created');
  assert.equal(events[0].response.status, 'in_progress');
  assert.equal(events[1].type, 'response.in_progress');
  assert.equal(events.at(-1).type, 'response.completed');
  events.forEach((e, i) => assert.equal(e.sequence_number, i, `sequence_number of event ${i} (${e.type})`));
  const lifecycle = events.filter((e) => /^response\.(created|in_progress|completed|failed|incomplete)$/.test(e.type));
  assert.equal(lifecycle.length, 3, lifecycle.map((e) => e.type).join());

  const items = new Map(); // output_index → { added, done, args, text }
  for (const e of events.slice(2, -1)) {
    assert.equal(typeof e.output_index, 'number', `${e.type} carries output_index`);
    if (e.type === 'response.output_item.added') {
      assert.ok(!items.has(e.output_index), `output index ${e.output_index} added twice`);
      assert.equal(e.output_index, items.size, 'output items are added in order');
      items.set(e.output_index, { added: e.item, done: null, args: '', text: '' });
      continue;
    }
    const item = items.get(e.output_index);
    assert.ok(item, `${e.type} before output_item.added for index ${e.output_index}`);
    assert.equal(item.done, null, `${e.type} after output_item.done for index ${e.output_index}`);
    if (e.item_id !== undefined) assert.equal(e.item_id, item.added.id);
    switch (e.type) {
      case 'response.function_call_arguments.delta': item.args += e.delta; break;
      case 'response.function_call_arguments.done': assert.equal(e.arguments, item.args); break;
      case 'response.output_text.delta': item.text += e.delta; break;
      case 'response.output_text.done': assert.equal(e.text, item.text); break;
      case 'response.output_item.done':
        assert.equal(e.item.id, item.added.id);
        assert.equal(e.item.type, item.added.type);
        if (e.item.type === 'function_call') assert.equal(e.item.arguments, item.args);
        item.done = e.item;
        break;
      default: break;
    }
  }
  for (const [i, item] of items) assert.ok(item.done, `output item ${i} never done`);

  const completed = events.at(-1).response;
  assert.equal(completed.status, 'completed');
  assert.equal(completed.id, events[0].response.id);
  assert.deepEqual(completed.output, [...items.values()].map((it) => it.done));
  return completed;
}

// The event types of a stream with runs of the same type collapsed into one.
const eventOrder = (events) => events.map((e) => e.type).filter((t, i, all) => t !== all[i - 1]);

function assertResponseFunctionCalls(output) {
  const calls = output.filter((o) => o.type === 'function_call');
  assert.equal(calls.length, 2);
  assert.deepEqual(calls.map((c) => c.name), ['get_weather', 'get_time']);
  assert.deepEqual(JSON.parse(calls[0].arguments), { city: 'Paris' });
  assert.deepEqual(JSON.parse(calls[1].arguments), { tz: 'Europe/Paris' });
  for (const c of calls) {
    assert.ok(c.call_id && c.id, 'function_call has id and call_id');
    assert.equal(c.status, 'completed');
  }
  return calls;
}

function assertResponseUsage(usage, { input, cached, output, reasoning }) {
  assert.equal(usage.input_tokens, input, 'input_tokens');
  assert.equal(usage.input_tokens_details.cached_tokens, cached, 'cached_tokens');
  assert.equal(usage.output_tokens, output, 'output_tokens');
  assert.equal(usage.output_tokens_details.reasoning_tokens, reasoning, 'reasoning_tokens');
  assert.equal(usage.total_tokens, input + output, 'total_tokens');
}

const toolsInput = 'What are the weather and the time in Paris?';

test('responses.create through an Anthropic-kind upstream', async () => {
  const { data: text, response } = await client().responses
    .create({ model: 'sonnet', instructions: 'Be brief.', input: 'Say hello' })
    .withResponse();
  assert.equal(text.object, 'response');
  assert.equal(text.status, 'completed');
  assert.deepEqual(text.output.map((o) => o.type), ['message']);
  assert.equal(text.output[0].role, 'assistant');
  assert.deepEqual(text.output[0].content.map((c) => c.type), ['output_text']);
  assert.equal(text.output_text, 'Hello from claude-test!');
  assertResponseUsage(text.usage, { input: 19, cached: 5, output: 7, reasoning: 0 });
  assert.equal(response.headers.get('x-switchyard-provider'), 'claude');

  const r = await client().responses.create({
    model: 'sonnet-tools', input: toolsInput, tools: responseTools, reasoning: { effort: 'low', summary: 'auto' },
  });
  assert.equal(r.status, 'completed');
  assert.deepEqual(r.output.map((o) => o.type), ['reasoning', 'message', 'function_call', 'function_call']);
  assert.deepEqual(r.output[0].summary, [{ type: 'summary_text', text: 'Let me think.' }]);
  assert.equal(r.output[1].content[0].text, 'Checking.');
  assert.equal(r.output_text, 'Checking.');
  const calls = assertResponseFunctionCalls(r.output);
  assert.deepEqual(calls.map((c) => c.call_id), ['toolu_1', 'toolu_2']);
  assertResponseUsage(r.usage, { input: 19, cached: 5, output: 24, reasoning: 0 });
});

test('responses.create through a Gemini-kind upstream', async () => {
  const text = await client().responses.create({ model: 'flash', input: 'Say hello' });
  assert.deepEqual(text.output.map((o) => o.type), ['message']);
  assert.equal(text.output_text, 'Hello from gemini-test!');
  // usageMetadata {prompt 12, candidates 6, cachedContent 2}: promptTokenCount already includes
  // the cached tokens, as OpenAI's input_tokens does.
  assertResponseUsage(text.usage, { input: 12, cached: 2, output: 6, reasoning: 0 });

  const r = await client().responses.create({
    model: 'flash-tools', input: toolsInput, tools: responseTools, reasoning: { effort: 'low', summary: 'auto' },
  });
  assert.equal(r.status, 'completed');
  assert.deepEqual(r.output.map((o) => o.type), ['reasoning', 'function_call', 'function_call']);
  assert.equal(r.output[0].summary[0]?.text, 'Let me think.');
  assertResponseFunctionCalls(r.output);
  // {prompt 12, candidates 10, cachedContent 2, thoughts 4}: thoughts are output (10 + 4) and
  // reported again as reasoning_tokens.
  assertResponseUsage(r.usage, { input: 12, cached: 2, output: 14, reasoning: 4 });
});

test('responses streaming through an Anthropic-kind upstream', async () => {
  const stream = await client().responses.create({
    model: 'sonnet-tools', stream: true, input: toolsInput, tools: responseTools, reasoning: { effort: 'low', summary: 'auto' },
  });
  const events = [];
  for await (const e of stream) events.push(e);
  const completed = checkResponseEvents(events);
  assert.deepEqual(eventOrder(events), [
    'response.created', 'response.in_progress',
    'response.output_item.added', 'response.reasoning_summary_part.added', 'response.reasoning_summary_text.delta',
    'response.reasoning_summary_text.done', 'response.reasoning_summary_part.done', 'response.output_item.done',
    'response.output_item.added', 'response.content_part.added', 'response.output_text.delta',
    'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
    'response.output_item.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done',
    'response.output_item.done',
    'response.output_item.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done',
    'response.output_item.done',
    'response.completed',
  ]);
  // The fake streams each tool input in 3 pieces: the argument deltas are not merged into one.
  const argDeltas = events.filter((e) => e.type === 'response.function_call_arguments.delta');
  assert.ok(argDeltas.length >= 6, `${argDeltas.length} argument deltas`);
  assert.deepEqual(completed.output.map((o) => o.type), ['reasoning', 'message', 'function_call', 'function_call']);
  assertResponseFunctionCalls(completed.output);
  assertResponseUsage(completed.usage, { input: 19, cached: 5, output: 24, reasoning: 0 });

  // The SDK's own accumulator agrees.
  const final = await client().responses.stream({
    model: 'sonnet-tools', input: toolsInput, tools: responseTools, reasoning: { effort: 'low', summary: 'auto' },
  }).finalResponse();
  // (finalResponse() sets no output_text convenience field unless it parses structured output.)
  assert.deepEqual(final.output.map((o) => o.type), ['reasoning', 'message', 'function_call', 'function_call']);
  assert.equal(final.output[1].content[0].text, 'Checking.');
  assertResponseFunctionCalls(final.output);
});

test('responses streaming through a Gemini-kind upstream', async () => {
  const stream = await client().responses.create({
    model: 'flash-tools', stream: true, input: toolsInput, tools: responseTools, reasoning: { effort: 'low', summary: 'auto' },
  });
  const events = [];
  for await (const e of stream) events.push(e);
  const completed = checkResponseEvents(events);
  assert.deepEqual(completed.output.map((o) => o.type), ['reasoning', 'function_call', 'function_call']);
  assertResponseFunctionCalls(completed.output);
  assertResponseUsage(completed.usage, { input: 12, cached: 2, output: 14, reasoning: 4 });

  const textEvents = [];
  for await (const e of await client().responses.create({ model: 'flash', stream: true, input: 'Say hello' })) textEvents.push(e);
  const text = checkResponseEvents(textEvents);
  assert.deepEqual(eventOrder(textEvents), [
    'response.created', 'response.in_progress',
    'response.output_item.added', 'response.content_part.added', 'response.output_text.delta',
    'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
    'response.completed',
  ]);
  assert.equal(text.output[0].content[0].text, 'Hello from gemini-test!');
  assertResponseUsage(text.usage, { input: 12, cached: 2, output: 6, reasoning: 0 });

  const final = await client().responses.stream({ model: 'flash', input: 'Say hello' }).finalResponse();
  assert.equal(final.status, 'completed');
  assert.equal(final.output[0].content[0].text, 'Hello from gemini-test!');
});

test('embeddings through an OpenAI-kind route', async () => {
  // The SDK asks for base64 by default and decodes it; the fake answers [0.125*(i+1), 0.25, -0.5].
  const { data, response } = await client().embeddings
    .create({ model: 'embed', input: ['first', 'second'] })
    .withResponse();
  assert.equal(data.object, 'list');
  assert.deepEqual(data.data.map((d) => [d.object, d.index]), [['embedding', 0], ['embedding', 1]]);
  assert.deepEqual(data.data[0].embedding, [0.125, 0.25, -0.5]);
  assert.deepEqual(data.data[1].embedding, [0.25, 0.25, -0.5]);
  assert.deepEqual(data.usage, { prompt_tokens: 8, total_tokens: 8 });
  assert.equal(response.headers.get('x-switchyard-route'), 'embed');

  const floats = await client().embeddings.create({ model: 'embed', input: 'only', encoding_format: 'float' });
  assert.deepEqual(floats.data.map((d) => d.embedding), [[0.125, 0.25, -0.5]]);
  assert.deepEqual(floats.usage, { prompt_tokens: 4, total_tokens: 4 });
});
