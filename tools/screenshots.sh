#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders a screenshot of every page of the desktop app into docs/ for the README, under Xvfb (a real
# X server, so fonts and styles are what a user sees). A throw-away HOME holds a demo config: two
# providers served by the fake upstream, a "cheap first, fallback, long prompts to a long-context
# model" setup, two apps and a budget; a few dozen requests go through switchyardd first so that the
# Overview, Logs and charts have traffic to show. Nothing of the user's own config or keychain is used.
#   tools/screenshots.sh [BUILD_DIR] [OUT_DIR]      (defaults: build, docs)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs}
bin="$build/bin"
for b in switchyard switchyardd switchyard-fake-upstream; do
  [ -x "$bin/$b" ] || { echo "screenshots: $bin/$b is missing: build first (cmake --preset dev && cmake --build --preset dev)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

scratch=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$scratch"; }
trap cleanup EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export DEMO_OPENAI_KEY=sk-demo-openai DEMO_ANTHROPIC_KEY=sk-ant-demo

"$bin/switchyard-fake-upstream" >"$scratch/upstream.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q listening "$scratch/upstream.log" && break; sleep 0.1; done
upstream=$(sed -n 's/^fake-upstream listening on //p' "$scratch/upstream.log")
[ -n "$upstream" ] || { echo "screenshots: the fake upstream did not start" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
token_hash() { printf 'sha256:%s' "$(printf %s "$1" | sha256sum | cut -d' ' -f1)"; }
config_dir="$XDG_CONFIG_HOME/io.github.switchyard.Switchyard"
mkdir -p "$config_dir"
cat >"$config_dir/config.json" <<JSON
{
  "version": 1,
  "server": { "host": "127.0.0.1", "port": $port, "requireToken": true },
  "providers": [
    { "id": "openai", "kind": "openai", "baseUrl": "$upstream", "apiKeyEnv": "DEMO_OPENAI_KEY" },
    { "id": "anthropic", "kind": "anthropic", "baseUrl": "${upstream%/v1}", "apiKeyEnv": "DEMO_ANTHROPIC_KEY" }
  ],
  "prices": [
    { "provider": "openai", "model": "gpt-4o-mini", "input": 0.15, "output": 0.6 },
    { "provider": "anthropic", "model": "claude-sonnet-4-5", "input": 3, "output": 15 }
  ],
  "routes": [
    { "name": "default", "strategy": "fallback",
      "targets": [ { "provider": "openai", "model": "gpt-4o-mini" },
                   { "provider": "anthropic", "model": "claude-sonnet-4-5" } ] },
    { "name": "long-context", "targets": [ { "provider": "anthropic", "model": "claude-sonnet-4-5" } ] }
  ],
  "rules": [
    { "name": "long prompts", "when": { "promptTokens": { "min": 1000 } }, "then": { "route": "long-context" } }
  ],
  "budget": { "monthlyUsd": 20, "warnAtPercent": 80 },
  "tokens": [
    { "name": "claude-code", "hash": "$(token_hash sy-demo-claude-code)", "budget": { "dailyUsd": 2 } },
    { "name": "scripts", "hash": "$(token_hash sy-demo-scripts)", "routes": ["default"] }
  ]
}
JSON

# Traffic through the daemon (same data directory), then a clean stop that writes every record.
"$bin/switchyardd" >"$scratch/daemon.log" 2>&1 &
daemon=$!
pids+=($daemon)
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
chat() { # token model stream
  curl -s -o /dev/null "http://127.0.0.1:$port/v1/chat/completions" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' \
    -d "{\"model\":\"$2\",\"stream\":$3,\"messages\":[{\"role\":\"user\",\"content\":\"${4:-Hello there}\"}]}"
}
long=$(python3 -c 'print("lorem ipsum " * 800)')
for i in $(seq 12); do chat sy-demo-claude-code default true; done
for i in $(seq 8); do chat sy-demo-scripts default false; done
for i in $(seq 4); do chat sy-demo-claude-code default false "$long"; done
for i in $(seq 3); do chat sy-demo-scripts openai/fail-500 false; done
for i in $(seq 2); do chat sy-demo-claude-code anthropic/claude-sonnet-4-5 true; done
kill -TERM "$daemon"
wait "$daemon" || true

mkdir -p "$out"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" \
  "$bin/switchyard" --language en --screenshots "$out"
