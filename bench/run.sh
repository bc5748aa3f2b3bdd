#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Switchyard benchmark harness: one command, three legs, same run.
#
#   direct      wrk -> fake upstream (nginx `return 200`)
#   nginx       wrk -> nginx reverse proxy (keepalive upstream) -> fake upstream
#   switchyard  wrk -> switchyardd -> fake upstream
#   nostore     the same with the usage store off (what storing usage costs)
#
# Each leg is measured in two modes (plain JSON, SSE streaming) at several
# connection counts. Reports req/s, p50/p99 latency and server-side CPU time
# per request, prints a table plus ratios, and writes bench/results/latest.csv.
# See bench/README.md for what the columns mean and the fairness caveats.
#
# Environment overrides:
#   BENCH_DURATION            measured run length per cell (wrk -d)      [5s]
#   BENCH_WARMUP              warm-up length per leg and mode             [1s]
#   BENCH_CONNS               space-separated connection counts           [1 16 64]
#   BENCH_LEGS                subset of: direct nginx switchyard nostore  [all four]
#   BENCH_MODES               subset of: plain stream                     [both]
#   BENCH_PORT_BASE           first port tried for the servers            [18080]
#   BENCH_NGINX_WORKERS       worker_processes of the nginx proxy hop     [1]
#   BENCH_SWITCHYARD_WORKERS  server.workers in the switchyardd config    [2]
#   BENCH_USAGE_STORE         usage.store in the switchyard leg's config  [true]
#   BENCH_PACE_MS             wrk waits this many ms before each request on a connection
#                             (a steady offered load instead of saturation)     [unset]
#   BENCH_STRICT=1            exit 2 when a target is missed
#   BENCH_KEEP_TMP=1          keep the temp dir (configs, logs) for debugging
#   SWITCHYARDD               daemon binary, relative to the repo root    [build/bin/switchyardd]
set -euo pipefail
export LC_ALL=C

cd "$(dirname "$0")/.."
REPO_ROOT=$PWD

DURATION=${BENCH_DURATION:-5s}
WARMUP=${BENCH_WARMUP:-1s}
read -r -a CONNS <<<"${BENCH_CONNS:-1 16 64}"
read -r -a LEGS <<<"${BENCH_LEGS:-direct nginx switchyard nostore}"
read -r -a MODES <<<"${BENCH_MODES:-plain stream}"
PORT_BASE=${BENCH_PORT_BASE:-18080}
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-1}
SY_WORKERS=${BENCH_SWITCHYARD_WORKERS:-2}
SWITCHYARDD=${SWITCHYARDD:-build/bin/switchyardd}

TOKEN_SECRET=sy-bench-token
UPSTREAM_KEY=sk-bench-upstream
LUA_SCRIPT=$REPO_ROOT/bench/post.lua
RESULTS_DIR=$REPO_ROOT/bench/results
CSV_OUT=$RESULTS_DIR/latest.csv
LOG_OUT=$RESULTS_DIR/latest.log

BODY_PLAIN='{"model":"bench","messages":[{"role":"user","content":"Say hello"}]}'
BODY_STREAM='{"model":"bench-stream","messages":[{"role":"user","content":"Say hello"}],"stream":true}'

die() { echo "bench: error: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- validation
[[ ${#CONNS[@]} -gt 0 ]] || die "BENCH_CONNS is empty"
[[ ${#LEGS[@]} -gt 0 ]] || die "BENCH_LEGS is empty"
[[ ${#MODES[@]} -gt 0 ]] || die "BENCH_MODES is empty"
for c in "${CONNS[@]}"; do
  [[ $c =~ ^[1-9][0-9]*$ ]] || die "BENCH_CONNS: '$c' is not a positive integer"
done
for l in "${LEGS[@]}"; do
  case $l in direct|nginx|switchyard|nostore) ;; *) die "BENCH_LEGS: unknown leg '$l' (direct nginx switchyard nostore)" ;; esac
done
for m in "${MODES[@]}"; do
  case $m in plain|stream) ;; *) die "BENCH_MODES: unknown mode '$m' (plain stream)" ;; esac
done
[[ $NGINX_WORKERS =~ ^[1-9][0-9]*$ ]] || die "BENCH_NGINX_WORKERS must be a positive integer"
[[ $SY_WORKERS =~ ^[1-9][0-9]*$ ]] || die "BENCH_SWITCHYARD_WORKERS must be a positive integer"
if ! [[ $PORT_BASE =~ ^[0-9]+$ ]] || ((PORT_BASE < 1024 || PORT_BASE > 64999)); then
  die "BENCH_PORT_BASE must be in 1024..64999"
fi

has_leg() { local x; for x in "${LEGS[@]}"; do [[ $x == "$1" ]] && return 0; done; return 1; }

command -v wrk >/dev/null || die "wrk not found (apt-get install wrk, or run scripts/install-deps.sh)"
NGINX_BIN=$(command -v nginx || true)
if [[ -z $NGINX_BIN && -x /usr/sbin/nginx ]]; then NGINX_BIN=/usr/sbin/nginx; fi
[[ -n $NGINX_BIN ]] || die "nginx not found (apt-get install nginx-light, or run scripts/install-deps.sh)"
command -v sha256sum >/dev/null || die "sha256sum not found (coreutils)"
[[ -f $LUA_SCRIPT ]] || die "missing $LUA_SCRIPT"

if [[ -n ${BENCH_PACE_MS:-} ]] && ! [[ $BENCH_PACE_MS =~ ^[1-9][0-9]*$ ]]; then
  die "BENCH_PACE_MS must be a positive integer (milliseconds)"
fi

if has_leg switchyard || has_leg nostore; then
  [[ $SWITCHYARDD == /* ]] || SWITCHYARDD=$REPO_ROOT/$SWITCHYARDD
  if [[ ! -x $SWITCHYARDD ]]; then
    cat >&2 <<EOF
bench: switchyardd not found at: $SWITCHYARDD
bench: build it first (the README's build command):
bench:     cmake --preset release && cmake --build --preset release
bench: or point SWITCHYARDD at a binary, or skip that leg: BENCH_LEGS="direct nginx" bench/run.sh
EOF
    exit 1
  fi
fi

CLK_TCK=$(getconf CLK_TCK)
HAVE_CURL=0
command -v curl >/dev/null && HAVE_CURL=1

# ------------------------------------------------------- process bookkeeping
TMP=$(mktemp -d "${TMPDIR:-/tmp}/switchyard-bench.XXXXXX")
DAEMON_PIDS=()   # nginx masters and switchyardd, all our direct children
WRK_PID=""

alive() {
  local st
  # read, not $(<file): with set -e a failing $(<file) kills the whole shell (bash 5.2)
  { read -r st <"/proc/$1/stat"; } 2>/dev/null || return 1
  st=${st##*) }
  [[ ${st%% *} != Z ]]
}

# shellcheck disable=SC2317  # only reached from the EXIT trap
stop_pid() {  # stop_pid PID: SIGTERM, wait up to 5 s, then SIGKILL it and its children
  local pid=$1 i
  local -a kids
  alive "$pid" || { wait "$pid" 2>/dev/null || true; return 0; }
  read -r -a kids <<<"$(pgrep -P "$pid" 2>/dev/null | tr '\n' ' ')"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    note "pid $pid ignored SIGTERM, killing"
    kill -KILL "$pid" "${kids[@]}" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  # nginx workers whose master died abnormally would be orphaned: make sure.
  for i in "${kids[@]}"; do
    if alive "$i"; then kill -KILL "$i" 2>/dev/null || true; fi
  done
  return 0
}

# shellcheck disable=SC2317  # invoked by trap
cleanup() {
  local rc=$? pid
  trap - EXIT INT TERM HUP
  set +e  # best effort from here on: never leave a server behind
  if [[ -n $WRK_PID ]]; then
    kill -TERM "$WRK_PID" 2>/dev/null || true
    wait "$WRK_PID" 2>/dev/null || true
  fi
  for pid in "${DAEMON_PIDS[@]}"; do stop_pid "$pid"; done
  if [[ ${BENCH_KEEP_TMP:-0} == 1 ]]; then
    note "kept temp dir $TMP"
  else
    rm -rf "$TMP"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'note "interrupted"; exit 130' INT TERM HUP

# --------------------------------------------------------------------- ports
NEXT_PORT=$PORT_BASE
port_in_use() {
  if command -v ss >/dev/null; then
    [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
  else
    (: >"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}
pick_port() {  # pick_port VAR: next free port >= NEXT_PORT into VAR
  local p=$NEXT_PORT
  while port_in_use "$p"; do
    p=$((p + 1))
    ((p < 65535)) || die "no free port found from $PORT_BASE"
  done
  NEXT_PORT=$((p + 1))
  printf -v "$1" '%s' "$p"
}

show_logs() {
  local f
  for f in "$@"; do
    [[ -s $f ]] || continue
    echo "bench: --- $f" >&2
    tail -n 40 "$f" | sed 's/^/    /' >&2
  done
}
wait_port() {  # wait_port NAME PID PORT LOG...: up to ~10 s for PORT to accept
  local name=$1 pid=$2 port=$3 i
  shift 3
  for ((i = 0; i < 100; i++)); do
    if ! alive "$pid"; then
      echo "bench: $name (pid $pid) exited during startup; its logs:" >&2
      show_logs "$@"
      exit 1
    fi
    if (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "bench: $name did not accept connections on 127.0.0.1:$port within 10 s; its logs:" >&2
  show_logs "$@"
  exit 1
}

# ------------------------------------------------------------ fake upstream
# Bodies are embedded in nginx `return` strings (single-quoted; \n is an nginx escape).
# nginx caps one config token at 4 KB: keep RESP_STREAM (~2.7 KB) below that.
CREATED=1735689600
RESP_PLAIN='{"id":"chatcmpl-bench0000000000000000000001","object":"chat.completion","created":'$CREATED',"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I help you today?","refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":9,"total_tokens":18,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}'

sse_chunk() {  # sse_chunk DELTA_JSON FINISH_REASON_JSON
  printf 'data: {"id":"chatcmpl-bench0000000000000000000002","object":"chat.completion.chunk","created":%s,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":%s,"logprobs":null,"finish_reason":%s}]}\\n\\n' \
    "$CREATED" "$1" "$2"
}
RESP_STREAM=$(
  sse_chunk '{"role":"assistant","content":"","refusal":null}' null
  for piece in 'Hello' '!' ' How' ' can' ' I' ' help' ' you today?'; do
    sse_chunk "{\"content\":\"$piece\"}" null
  done
  sse_chunk '{}' '"stop"'
  printf 'data: {"id":"chatcmpl-bench0000000000000000000002","object":"chat.completion.chunk","created":%s,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":9,"total_tokens":18}}\\n\\n' "$CREATED"
  printf 'data: [DONE]\\n\\n'
)

nginx_common() {  # nginx_common DIR WORKERS: main-context + http-context preamble
  local dir=$1 workers=$2
  echo "# SPDX-License-Identifier: GPL-3.0-or-later"
  echo "# generated by bench/run.sh"
  echo "worker_processes $workers;"
  # nginx only honours `user` when the master runs as root; keep workers as us.
  if ((EUID == 0)); then echo "user $(id -un) $(id -gn);"; fi
  echo "pid $dir/nginx.pid;"
  echo "error_log $dir/error.log warn;"
  echo "events { worker_connections 4096; }"
}
nginx_http_preamble() {
  local dir=$1
  cat <<EOF
    access_log off;
    keepalive_timeout 300s;
    keepalive_requests 1000000000;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
EOF
}

write_upstream_conf() {
  local dir=$1 port=$2
  nginx_common "$dir" 1
  echo "http {"
  nginx_http_preamble "$dir"
  cat <<EOF
    server {
        listen 127.0.0.1:$port backlog=4096;
        location = /v1/chat/completions {
            if (\$request_method != POST) { return 405; }
            default_type application/json;
            return 200 '$RESP_PLAIN';
        }
        location = /stream/v1/chat/completions {
            if (\$request_method != POST) { return 405; }
            default_type text/event-stream;
            add_header Cache-Control no-cache;
            return 200 '$RESP_STREAM';
        }
        location / { return 404; }
    }
}
EOF
}

write_proxy_conf() {
  local dir=$1 port=$2 upstream_port=$3
  nginx_common "$dir" "$NGINX_WORKERS"
  echo "http {"
  nginx_http_preamble "$dir"
  cat <<EOF
    upstream fake_upstream {
        server 127.0.0.1:$upstream_port;
        keepalive 64;
        keepalive_requests 1000000000;
        keepalive_timeout 300s;
    }
    server {
        listen 127.0.0.1:$port backlog=4096;
        location / {
            proxy_pass http://fake_upstream;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
        location /stream/ {
            proxy_pass http://fake_upstream;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
}
EOF
}

start_nginx() {  # start_nginx NAME PORT -> sets NGINX_PID_<NAME>
  local name=$1 port=$2 dir=$TMP/$1 pid
  mkdir -p "$dir/tmp"
  "$NGINX_BIN" -p "$dir/" -e "$dir/error.log" -c "$dir/nginx.conf" -g 'daemon off;' \
    >"$dir/stderr.log" 2>&1 </dev/null &
  pid=$!
  DAEMON_PIDS+=("$pid")
  wait_port "nginx-$name" "$pid" "$port" "$dir/stderr.log" "$dir/error.log"
  printf -v "NGINX_PID_${name^^}" '%s' "$pid"
}

# ----------------------------------------------------------------- CPU time
cpu_ticks() {  # cpu_ticks ROOTPID...: utime+stime of the roots and their children
  local total=0 root p line rest
  local -a f procs
  for root in "$@"; do
    read -r -a procs <<<"$root $(pgrep -P "$root" 2>/dev/null | tr '\n' ' ')"
    for p in "${procs[@]}"; do
      { read -r line <"/proc/$p/stat"; } 2>/dev/null || continue
      rest=${line##*) }
      read -r -a f <<<"$rest"
      # fields 14 (utime) and 15 (stime) of /proc/PID/stat; f[0] is field 3
      total=$((total + f[11] + f[12]))
    done
  done
  echo "$total"
}

# The usage writer's own CPU: its threads are named sy-usage (the spooler) and sy-usage-index (the
# indexer); older builds had one thread, at nice 5.
writer_ticks() {  # writer_ticks PID: utime+stime of the usage writer thread of PID, 0 when none
  local total=0 t line rest name
  local -a f
  for t in /proc/"$1"/task/*; do
    { read -r line <"$t/stat"; } 2>/dev/null || continue
    name=${line#*(}
    name=${name%%)*}
    rest=${line##*) }
    read -r -a f <<<"$rest"
    # f[16] is field 19 (nice)
    if [[ $name == sy-usage* || ${f[16]} == 5 ]]; then total=$((total + f[11] + f[12])); fi
  done
  echo "$total"
}

# -------------------------------------------------------------- start stack
SCRIPT_T0=$SECONDS
pick_port UP_PORT
mkdir -p "$TMP/upstream"
write_upstream_conf "$TMP/upstream" "$UP_PORT" >"$TMP/upstream/nginx.conf"
start_nginx upstream "$UP_PORT"

if has_leg nginx; then
  pick_port PX_PORT
  mkdir -p "$TMP/proxy"
  write_proxy_conf "$TMP/proxy" "$PX_PORT" "$UP_PORT" >"$TMP/proxy/nginx.conf"
  start_nginx proxy "$PX_PORT"
fi

start_switchyardd() {  # start_switchyardd NAME STORE PORTVAR PIDVAR: a switchyardd in $TMP/NAME
  local name=$1 store=$2 port pid token_hash dir=$TMP/$1 config log
  pick_port port
  token_hash=$(printf %s "$TOKEN_SECRET" | sha256sum)
  token_hash=${token_hash%% *}
  config=$dir/config.json
  mkdir -p "$dir/xdg"/{config,data,cache,state,runtime}
  chmod 700 "$dir/xdg/runtime"
  cat >"$config" <<EOF
{
  "version": 1,
  "server": { "host": "127.0.0.1", "port": $port, "requireToken": true, "workers": $SY_WORKERS },
  "usage": { "store": $store },
  "providers": [
    { "id": "bench", "kind": "openai", "baseUrl": "http://127.0.0.1:$UP_PORT/v1", "apiKeyEnv": "SWITCHYARD_BENCH_KEY" },
    { "id": "benchstream", "kind": "openai", "baseUrl": "http://127.0.0.1:$UP_PORT/stream/v1", "apiKeyEnv": "SWITCHYARD_BENCH_KEY" }
  ],
  "routes": [
    { "name": "bench", "strategy": "fallback", "targets": [ { "provider": "bench", "model": "gpt-4o-mini" } ] },
    { "name": "bench-stream", "strategy": "fallback", "targets": [ { "provider": "benchstream", "model": "gpt-4o-mini" } ] }
  ],
  "tokens": [ { "name": "bench", "hash": "sha256:$token_hash" } ]
}
EOF
  log=$dir/switchyardd.log
  # XDG_* point into the temp dir so the daemon's state/cache never touch the user's.
  SWITCHYARD_BENCH_KEY=$UPSTREAM_KEY \
    XDG_CONFIG_HOME=$dir/xdg/config XDG_DATA_HOME=$dir/xdg/data \
    XDG_CACHE_HOME=$dir/xdg/cache XDG_STATE_HOME=$dir/xdg/state \
    XDG_RUNTIME_DIR=$dir/xdg/runtime \
    "$SWITCHYARDD" --config "$config" >"$log" 2>&1 </dev/null &
  pid=$!
  DAEMON_PIDS+=("$pid")
  wait_port "switchyardd ($name)" "$pid" "$port" "$log"
  # The contract: a stderr line containing "listening on http://127.0.0.1:PORT".
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    grep -q "listening on http://127.0.0.1:$port" "$log" && break
    sleep 0.1
  done
  if ! grep -q "listening on http://127.0.0.1:$port" "$log"; then
    note "warning: port $port accepts connections but switchyardd did not log 'listening on http://127.0.0.1:$port'"
  fi
  printf -v "$3" '%s' "$port"
  printf -v "$4" '%s' "$pid"
}

if has_leg switchyard; then
  start_switchyardd switchyard "${BENCH_USAGE_STORE:-true}" SY_PORT SY_PID
fi
if has_leg nostore; then
  start_switchyardd nostore false NS_PORT NS_PID
fi

# ------------------------------------------------------------- leg plumbing
leg_url() {  # leg_url LEG MODE
  local path=/v1/chat/completions
  case $1 in
    direct) [[ $2 == stream ]] && path=/stream/v1/chat/completions; echo "http://127.0.0.1:$UP_PORT$path" ;;
    nginx) [[ $2 == stream ]] && path=/stream/v1/chat/completions; echo "http://127.0.0.1:$PX_PORT$path" ;;
    switchyard) echo "http://127.0.0.1:$SY_PORT$path" ;;  # route picked by "model"
    nostore) echo "http://127.0.0.1:$NS_PORT$path" ;;
  esac
}
leg_body() { if [[ $1 == stream ]]; then echo "$BODY_STREAM"; else echo "$BODY_PLAIN"; fi; }
leg_all_pids() {  # every server-side process of the leg (roots; children added by cpu_ticks)
  case $1 in
    direct) echo "$NGINX_PID_UPSTREAM" ;;
    nginx) echo "$NGINX_PID_UPSTREAM $NGINX_PID_PROXY" ;;
    switchyard) echo "$NGINX_PID_UPSTREAM $SY_PID" ;;
    nostore) echo "$NGINX_PID_UPSTREAM $NS_PID" ;;
  esac
}
leg_hop_pids() {  # only the proxy hop (empty for direct)
  case $1 in
    direct) echo "" ;;
    nginx) echo "$NGINX_PID_PROXY" ;;
    switchyard) echo "$SY_PID" ;;
    nostore) echo "$NS_PID" ;;
  esac
}
leg_alive() {
  local p
  for p in $(leg_all_pids "$1"); do alive "$p" || return 1; done
}

# run_wrk LEG MODE CONNS DURATION OUTFILE -> 0 ok, 1 failed (reason printed)
run_wrk() {
  local leg=$1 mode=$2 conns=$3 dur=$4 out=$5 threads rc=0
  threads=$((conns < 2 ? conns : 2))
  BENCH_BODY=$(leg_body "$mode") BENCH_TOKEN=$TOKEN_SECRET BENCH_PACE_MS=${BENCH_PACE_MS:-} \
    wrk -t "$threads" -c "$conns" -d "$dur" --latency -s "$LUA_SCRIPT" "$(leg_url "$leg" "$mode")" \
    >"$out" 2>&1 </dev/null &
  WRK_PID=$!
  wait "$WRK_PID" || rc=$?
  WRK_PID=""
  {
    echo "=== $leg $mode c=$conns t=$threads d=$dur $(leg_url "$leg" "$mode")"
    cat "$out"
  } >>"$TMP/run.log"
  local fail=""
  if ((rc != 0)); then fail="wrk exited with status $rc"; fi
  if [[ -z $fail ]] && ! grep -q '^BENCH_RESULT ' "$out"; then fail="no BENCH_RESULT line from post.lua"; fi
  if [[ -z $fail ]] && grep -q 'Non-2xx or 3xx responses' "$out"; then
    fail="$(grep 'Non-2xx or 3xx responses' "$out" | sed 's/^ *//')"
  fi
  if [[ -z $fail ]] && [[ $(grep '^BENCH_RESULT ' "$out") =~ requests=0[[:space:]] ]]; then fail="0 requests completed"; fi
  if [[ -z $fail ]] && ! leg_alive "$leg"; then fail="a server process of the leg exited"; fi
  if [[ -n $fail ]]; then
    {
      echo
      echo "!!!! FAIL: leg=$leg mode=$mode conns=$conns: $fail"
      echo "!!!! wrk output:"
      sed 's/^/!!!!   /' "$out"
      echo
    } >&2
    return 1
  fi
  return 0
}

# sanity LEG MODE: one request with curl, check status and body shape
sanity() {
  local leg=$1 mode=$2 code expect
  ((HAVE_CURL)) || return 0
  expect='"chat.completion"'
  [[ $mode == stream ]] && expect='data: [DONE]'
  code=$(curl -sS -m 10 -o "$TMP/sanity.body" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN_SECRET" -H 'Content-Type: application/json' \
    --data-binary "$(leg_body "$mode")" "$(leg_url "$leg" "$mode")" 2>"$TMP/sanity.err") || code="curl-error"
  if [[ $code == 200 ]] && grep -qF "$expect" "$TMP/sanity.body"; then return 0; fi
  {
    echo
    echo "!!!! FAIL: leg=$leg mode=$mode: sanity request got HTTP $code (expected 200 and a body containing '$expect')"
    echo "!!!! $(leg_url "$leg" "$mode")"
    cat "$TMP/sanity.err"
    head -c 600 "$TMP/sanity.body" | sed 's/^/!!!!   /'
    echo
  } >&2
  return 1
}

# ------------------------------------------------------------------ measure
declare -A R_STATUS R_REQ R_DUR R_RPS R_P50 R_P99 R_CPU R_HOP R_WRITER R_NON2XX R_SOCKERR
declare -A BROKEN   # "leg|mode" that failed sanity/warm-up
ANY_FAIL=0

max_conns=0
for c in "${CONNS[@]}"; do ((c > max_conns)) && max_conns=$c; done

kv() { [[ $1 =~ (^|[[:space:]])$2=([^[:space:]]+) ]] && echo "${BASH_REMATCH[2]}"; }

{
  echo "switchyard bench $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host: $(nproc) cpus, $(uname -sr), $("$NGINX_BIN" -v 2>&1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "duration=$DURATION warmup=$WARMUP conns=${CONNS[*]} legs=${LEGS[*]} modes=${MODES[*]}"
  echo "upstream=127.0.0.1:$UP_PORT (nginx, 1 worker)"
  if has_leg nginx; then echo "nginx proxy=127.0.0.1:$PX_PORT ($NGINX_WORKERS worker(s), keepalive 64)"; fi
  if has_leg switchyard; then echo "switchyardd=127.0.0.1:$SY_PORT ($SY_WORKERS worker(s)) $SWITCHYARDD"; fi
  if has_leg nostore; then echo "switchyardd, usage store off=127.0.0.1:$NS_PORT ($SY_WORKERS worker(s))"; fi
  if [[ -n ${BENCH_PACE_MS:-} ]]; then echo "paced: each connection waits ${BENCH_PACE_MS} ms before each request"; fi
} | tee "$TMP/run.log" >&2

n_cells=$(( ${#LEGS[@]} * ${#MODES[@]} * ${#CONNS[@]} ))
note "warm-up (${WARMUP} per leg and mode at $max_conns conns), then $n_cells runs of $DURATION"

for leg in "${LEGS[@]}"; do
  for mode in "${MODES[@]}"; do
    if ! sanity "$leg" "$mode" || ! run_wrk "$leg" "$mode" "$max_conns" "$WARMUP" "$TMP/warmup.out"; then
      BROKEN[$leg|$mode]=1
      ANY_FAIL=1
    fi
  done
done

cell=0
for mode in "${MODES[@]}"; do
  for conns in "${CONNS[@]}"; do
    for leg in "${LEGS[@]}"; do
      key="$mode|$conns|$leg"
      cell=$((cell + 1))
      if [[ -n ${BROKEN[$leg|$mode]:-} ]]; then
        R_STATUS[$key]=FAIL
        printf 'bench: [%d/%d] %-6s c=%-3s %-10s ... skipped (failed sanity check or warm-up)\n' \
          "$cell" "$n_cells" "$mode" "$conns" "$leg" >&2
        continue
      fi
      printf 'bench: [%d/%d] %-6s c=%-3s %-10s ... ' "$cell" "$n_cells" "$mode" "$conns" "$leg" >&2
      read -r -a all_pids <<<"$(leg_all_pids "$leg")"
      read -r -a hop_pids <<<"$(leg_hop_pids "$leg")"
      cpu0=$(cpu_ticks "${all_pids[@]}")
      hop0=$(cpu_ticks "${hop_pids[@]}")
      writer0=0
      [[ $leg == switchyard ]] && writer0=$(writer_ticks "$SY_PID")
      out=$TMP/wrk-$mode-$conns-$leg.out
      if ! run_wrk "$leg" "$mode" "$conns" "$DURATION" "$out"; then
        R_STATUS[$key]=FAIL
        ANY_FAIL=1
        echo "FAIL" >&2
        continue
      fi
      cpu1=$(cpu_ticks "${all_pids[@]}")
      hop1=$(cpu_ticks "${hop_pids[@]}")
      writer1=0
      [[ $leg == switchyard ]] && writer1=$(writer_ticks "$SY_PID")
      line=$(grep '^BENCH_RESULT ' "$out")
      req=$(kv "$line" requests)
      dur_us=$(kv "$line" duration_us)
      R_STATUS[$key]=ok
      R_REQ[$key]=$req
      R_DUR[$key]=$(awk -v d="$dur_us" 'BEGIN { printf "%.3f", d / 1e6 }')
      R_RPS[$key]=$(awk -v r="$req" -v d="$dur_us" 'BEGIN { printf "%.1f", r / (d / 1e6) }')
      R_P50[$key]=$(kv "$line" p50_us)
      R_P99[$key]=$(kv "$line" p99_us)
      R_NON2XX[$key]=$(kv "$line" non2xx)
      R_SOCKERR[$key]=$(($(kv "$line" connect) + $(kv "$line" read) + $(kv "$line" write) + $(kv "$line" timeout)))
      R_CPU[$key]=$(awk -v t=$((cpu1 - cpu0)) -v hz="$CLK_TCK" -v n="$req" 'BEGIN { printf "%.2f", t * 1e6 / hz / n }')
      R_WRITER[$key]=""
      if [[ $leg == switchyard ]]; then
        R_WRITER[$key]=$(awk -v t=$((writer1 - writer0)) -v hz="$CLK_TCK" -v n="$req" 'BEGIN { printf "%.2f", t * 1e6 / hz / n }')
      fi
      if [[ $leg == direct ]]; then
        R_HOP[$key]=""
      else
        R_HOP[$key]=$(awk -v t=$((hop1 - hop0)) -v hz="$CLK_TCK" -v n="$req" 'BEGIN { printf "%.2f", t * 1e6 / hz / n }')
      fi
      printf '%s req/s, p50 %s us\n' "${R_RPS[$key]}" "${R_P50[$key]}" >&2
      if ((R_SOCKERR[$key] > 0)); then
        note "warning: $leg $mode c=$conns had ${R_SOCKERR[$key]} socket errors: $(grep 'Socket errors' "$out" | sed 's/^ *//')"
      fi
    done
  done
done

# ------------------------------------------------------------------- report
added_cpu() {  # added_cpu MODE CONNS LEG -> leg cpu/req minus direct cpu/req, or ""
  local d="$1|$2|direct" k="$1|$2|$3"
  [[ ${R_STATUS[$k]:-} == ok && ${R_STATUS[$d]:-} == ok && $3 != direct ]] || { echo ""; return; }
  awk -v a="${R_CPU[$k]}" -v b="${R_CPU[$d]}" 'BEGIN { printf "%.2f", a - b }'
}

mkdir -p "$RESULTS_DIR"
echo "mode,conns,leg,threads,status,requests,duration_s,rps,p50_us,p99_us,cpu_us_per_req,added_cpu_us_per_req,hop_cpu_us_per_req,non2xx,socket_errors,writer_cpu_us_per_req" >"$CSV_OUT"

echo
printf '%-7s %-5s %-11s %10s %9s %9s %12s %13s %12s %15s\n' mode conns leg 'req/s' 'p50(us)' 'p99(us)' 'cpu/req(us)' '+cpu/req(us)' 'hop/req(us)' 'writer/req(us)'
for mode in "${MODES[@]}"; do
  for conns in "${CONNS[@]}"; do
    for leg in "${LEGS[@]}"; do
      key="$mode|$conns|$leg"
      threads=$((conns < 2 ? conns : 2))
      if [[ ${R_STATUS[$key]:-FAIL} != ok ]]; then
        printf '%-7s %-5s %-11s %10s\n' "$mode" "$conns" "$leg" FAIL
        echo "$mode,$conns,$leg,$threads,FAIL,,,,,,,,,,," >>"$CSV_OUT"
        continue
      fi
      add=$(added_cpu "$mode" "$conns" "$leg")
      printf '%-7s %-5s %-11s %10.0f %9s %9s %12s %13s %12s %15s\n' "$mode" "$conns" "$leg" \
        "${R_RPS[$key]}" "${R_P50[$key]}" "${R_P99[$key]}" "${R_CPU[$key]}" "${add:--}" "${R_HOP[$key]:--}" "${R_WRITER[$key]:--}"
      echo "$mode,$conns,$leg,$threads,ok,${R_REQ[$key]},${R_DUR[$key]},${R_RPS[$key]},${R_P50[$key]},${R_P99[$key]},${R_CPU[$key]},$add,${R_HOP[$key]},${R_NON2XX[$key]},${R_SOCKERR[$key]},${R_WRITER[$key]}" >>"$CSV_OUT"
    done
  done
done

ok() { [[ ${R_STATUS[$1]:-} == ok ]]; }
MISSED=0
echo
echo "Throughput relative to the nginx hop (target: switchyard >= 60% at 16 and 64 conns)"
if has_leg nginx && has_leg switchyard; then
  for mode in "${MODES[@]}"; do
    for conns in "${CONNS[@]}"; do
      n="$mode|$conns|nginx" s="$mode|$conns|switchyard"
      if ok "$n" && ok "$s"; then
        pct=$(awk -v a="${R_RPS[$s]}" -v b="${R_RPS[$n]}" 'BEGIN { printf "%.1f", 100 * a / b }')
        verdict=""
        if ((conns == 16 || conns == 64)); then
          if awk -v p="$pct" 'BEGIN { exit !(p >= 60) }'; then verdict="PASS"; else verdict="MISS"; MISSED=1; fi
        fi
        printf '  %-7s c=%-4s switchyard = %6s%% of nginx%s\n' "$mode" "$conns" "$pct" "${verdict:+  $verdict}"
      else
        printf '  %-7s c=%-4s n/a (a leg failed)\n' "$mode" "$conns"
      fi
    done
  done
else
  echo "  n/a (needs both the nginx and switchyard legs)"
fi
if has_leg nginx && has_leg direct; then
  for mode in "${MODES[@]}"; do
    for conns in "${CONNS[@]}"; do
      n="$mode|$conns|nginx" d="$mode|$conns|direct"
      if ! ok "$n" || ! ok "$d"; then continue; fi
      printf '  %-7s c=%-4s (context) nginx = %6s%% of direct\n' "$mode" "$conns" \
        "$(awk -v a="${R_RPS[$n]}" -v b="${R_RPS[$d]}" 'BEGIN { printf "%.1f", 100 * a / b }')"
    done
  done
fi

echo
echo "What storing usage costs requests: switchyard (usage store on) against nostore (off), same run"
if has_leg switchyard && has_leg nostore; then
  for mode in "${MODES[@]}"; do
    for conns in "${CONNS[@]}"; do
      s="$mode|$conns|switchyard" o="$mode|$conns|nostore"
      if ok "$s" && ok "$o"; then
        printf '  %-7s c=%-4s req/s %6s%% of store off; p50 %+6d us, p99 %+6d us; writer %s us/req\n' "$mode" "$conns" \
          "$(awk -v a="${R_RPS[$s]}" -v b="${R_RPS[$o]}" 'BEGIN { printf "%.1f", 100 * a / b }')" \
          $((R_P50[$s] - R_P50[$o])) $((R_P99[$s] - R_P99[$o])) "${R_WRITER[$s]}"
      else
        printf '  %-7s c=%-4s n/a (a leg failed)\n' "$mode" "$conns"
      fi
    done
  done
else
  echo "  n/a (needs both the switchyard and nostore legs)"
fi

echo
echo "Added p50 latency at 1 connection vs direct (target: switchyard < 100 us)"
if has_leg direct && [[ " ${CONNS[*]} " == *" 1 "* ]]; then
  for mode in "${MODES[@]}"; do
    d="$mode|1|direct"
    for leg in nginx switchyard; do
      has_leg "$leg" || continue
      k="$mode|1|$leg"
      if ok "$k" && ok "$d"; then
        added=$((R_P50[$k] - R_P50[$d]))
        verdict=""
        if [[ $leg == switchyard ]]; then
          if ((added < 100)); then verdict="PASS"; else verdict="MISS"; MISSED=1; fi
        fi
        printf '  %-7s %-11s %+6d us%s\n' "$mode" "$leg" "$added" "${verdict:+  $verdict}"
      else
        printf '  %-7s %-11s n/a (a leg failed)\n' "$mode" "$leg"
      fi
    done
  done
else
  echo "  n/a (needs the direct leg and 1 in BENCH_CONNS)"
fi

cp "$TMP/run.log" "$LOG_OUT"
echo
echo "CSV:      ${CSV_OUT#"$REPO_ROOT"/}"
echo "wrk logs: ${LOG_OUT#"$REPO_ROOT"/}"
echo "elapsed:  $((SECONDS - SCRIPT_T0)) s"

if ((ANY_FAIL)); then
  echo "bench: FAILED: at least one leg returned errors (see the !!!! lines above)" >&2
  exit 1
fi
if ((MISSED)) && [[ ${BENCH_STRICT:-0} == 1 ]]; then
  echo "bench: a target was missed (BENCH_STRICT=1)" >&2
  exit 2
fi
exit 0
