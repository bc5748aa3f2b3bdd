#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (+ASan/UBSan) in build-fuzz/ and runs each for a while,
# starting from the seed corpus in tests/fuzz/corpus/. New inputs go to a scratch directory, never
# into the repository. Exits non-zero on the first crash, leak or sanitizer report.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSWITCHYARD_FUZZ=ON >/dev/null
cmake --build build-fuzz --target fuzz_httpparser fuzz_config fuzz_jsonpatch fuzz_sse fuzz_dialects fuzz_usagepage

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for target in httpparser config jsonpatch sse dialects usagepage; do
  mkdir -p "$work/$target"
  echo "fuzz: $target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      QT_LOGGING_RULES='*=false' \
      "build-fuzz/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$work/" -print_final_stats=1 "$work/$target" "tests/fuzz/corpus/$target" \
      >"$work/$target.log" 2>&1; then
    echo "fuzz: $target FAILED"; tail -60 "$work/$target.log"
    for crash in "$work"/crash-* "$work"/leak-* "$work"/timeout-*; do
      [ -e "$crash" ] && { echo "reproducer ($crash):"; od -c "$crash" | head -20; }
    done
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$work/$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
