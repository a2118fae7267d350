#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and LeakSanitizer: any
# use-after-free, overflow or leak of our own (the command-line tests run the
# sanitized binary too) fails the run. Known leaks inside system libraries are
# listed, with the reason, in Tests/lsan-suppressions.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASAN_OPTIONS="fast_unwind_on_malloc=0:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/Tests/lsan-suppressions.txt:print_suppressions=0"
exec swift test --sanitize=address --scratch-path .build-asan "$@"
