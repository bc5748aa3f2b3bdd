// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the npm client tests (openai-node, anthropic-node): starts the fake upstream
// (tests/support/fakeupstream.h) and a switchyardd with a throw-away config, both from
// SWITCHYARD_BIN_DIR (set by CTest; defaults to build/bin), and stops them again.
// Only node's own modules here: each client directory brings its own SDK in its node_modules.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const binDir = process.env.SWITCHYARD_BIN_DIR ?? new URL('../../build/bin', import.meta.url).pathname;

const children = [];
const scratch = [];

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
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${cmd} exited with ${code}: ${seen}`)); });
  });
}

// Returns the fake's OpenAI-style base URL ("http://127.0.0.1:PORT/v1") and its origin.
export async function startFakeUpstream() {
  const fake = await startProcess(join(binDir, 'switchyard-fake-upstream'), ['--port', '0'], {},
    /listening on (http:\/\/127\.0\.0\.1:\d+)\/v1/, 'stdout');
  return { origin: fake.match[1], openaiBaseUrl: `${fake.match[1]}/v1` };
}

export const tokenHash = (token) => 'sha256:' + createHash('sha256').update(token).digest('hex');

// Writes `config` to a temporary file and starts switchyardd on it; returns its origin
// ("http://127.0.0.1:PORT", no /v1).
export async function startDaemon(config, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-node-'));
  scratch.push(dir);
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(config));
  const daemon = await startProcess(join(binDir, 'switchyardd'), ['--config', path], env,
    /listening on (http:\/\/127\.0\.0\.1:\d+)/, 'stderr');
  return daemon.match[1];
}

export function stopAll() {
  for (const c of children) {
    c.removeAllListeners('exit');
    c.kill('SIGTERM');
  }
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
}
