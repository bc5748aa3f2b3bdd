// SPDX-License-Identifier: GPL-3.0-or-later
// The official `openai` npm package as a real client of switchyardd, over loopback, against the fake
// OpenAI-compatible upstream. Run by CTest (tests/CMakeLists.txt) with SWITCHYARD_BIN_DIR set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';

const binDir = process.env.SWITCHYARD_BIN_DIR ?? new URL('../../../build/bin', import.meta.url).pathname;
const token = 'sy-node-client-token';
const upstreamKey = 'sk-node-upstream-key';
const children = [];
let baseURL;

function startProcess(cmd, args, env, pattern, stream) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${cmd} did not start: ${seen}`)), 10000);
    child[stream].on('data', (d) => {
      seen += d.toString();
      const m = seen.match(pattern);
      if (m) { clearTimeout(timer); resolve({ child, match: m, output: () => seen }); }
    });
    child.on('exit', (code) => reject(new Error(`${cmd} exited with ${code}: ${seen}`)));
  });
}

before(async () => {
  const fake = await startProcess(join(binDir, 'switchyard-fake-upstream'), [], {}, /listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/, 'stdout');
  const upstream = fake.match[1];
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-node-'));
  const config = {
    version: 1,
    server: { host: '127.0.0.1', port: 0, requireToken: true, workers: 2 },
    providers: [
      { id: 'fake', kind: 'openai', baseUrl: upstream, apiKeyEnv: 'SY_NODE_UPSTREAM_KEY' },
      { id: 'backup', kind: 'openai', baseUrl: upstream },
    ],
    routes: [
      { name: 'smart', strategy: 'fallback', targets: [{ provider: 'fake', model: 'gpt-test' }] },
      { name: 'resilient', strategy: 'fallback', targets: [{ provider: 'fake', model: 'fail-500' }, { provider: 'backup', model: 'rescued' }] },
      { name: 'broken', strategy: 'fallback', targets: [{ provider: 'fake', model: 'fail-500' }] },
    ],
    tokens: [{ name: 'node', hash: 'sha256:' + createHash('sha256').update(token).digest('hex') }],
  };
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(config));
  const daemon = await startProcess(join(binDir, 'switchyardd'), ['--config', path], { SY_NODE_UPSTREAM_KEY: upstreamKey },
    /listening on (http:\/\/127\.0\.0\.1:\d+)/, 'stderr');
  baseURL = daemon.match[1] + '/v1';
});

after(() => {
  for (const c of children) c.kill('SIGTERM');
});

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
