#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Switchyard needs (Debian 12), builds it with warnings as errors, and runs the whole
# test suite: unit, integration over loopback sockets, GUI (offscreen), the official `openai` and
# `@anthropic-ai/sdk` npm clients against the daemon, and the usage store on a throw-away PostgreSQL
# server (team mode). Runs inside a private D-Bus session with an unlocked throw-away
# gnome-keyring, and a throw-away HOME, so it never touches the user's own keychain or config.
# Then it builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the whole
# suite again under it, and runs each libFuzzer target for 30 s (scripts/fuzz.sh).
#   --quick   only the first pass (no sanitizer build, no fuzzing): for quick local iterations
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

full=1
for arg in "$@"; do
  case "$arg" in
    --quick) full=0 ;;
    *) echo "test.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

./scripts/install-deps.sh
./scripts/check-format.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

for client in openai-node anthropic-node; do
  ( cd "tests/clients/$client" && npm ci --no-audit --no-fund --loglevel=error )
done

scratch=$(mktemp -d)
# A throw-away PostgreSQL server for the usage store's team mode (Unix socket only, no TCP port).
pgdir=$(mktemp -d /tmp/switchyard-pg.XXXXXX)
chmod 755 "$pgdir"
trap './scripts/postgres-test-server.sh stop "$pgdir"; rm -rf "$scratch" "$pgdir"' EXIT
postgres_url=$(./scripts/postgres-test-server.sh start "$pgdir")
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

run_suite() {
  local build_dir=$1
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
    XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    QT_QPA_PLATFORM=offscreen SWITCHYARD_TEST_POSTGRES="$postgres_url" REQUIRE_POSTGRES=1 \
    dbus-run-session -- bash -ec '
      printf %s switchyard-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      export REQUIRE_KEYCHAIN=1
      ctest --test-dir "$1" --output-on-failure --timeout 300
    ' _ "$build_dir"
}

run_suite "$root/build"
# The .deb: built, installed with apt, checked as a user would get it, removed.
./scripts/package-check.sh "$root/build"

if [ "$full" = 1 ]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite "$root/build-asan"
  ./scripts/fuzz.sh 30
fi
