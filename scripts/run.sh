#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Switchyard needs (Debian 12), builds it, and starts it on the built-in default config:
# the desktop app when a display is available, the headless daemon otherwise.
# Extra arguments go to the program (e.g. --config FILE, --port N).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/switchyard "$@"
fi
exec ./build/bin/switchyardd "$@"
