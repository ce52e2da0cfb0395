#!/usr/bin/env bash
# Builds the libFuzzer target over the whole pipeline and runs it for a given time from a seed
# corpus of the golden inputs, the seeds and small corpus specs.
#
#   Fuzz/run.sh [SECONDS] [JOBS]      (default 600 seconds, 1 job)
#
# Findings (crash-*, timeout-*, oom-* files) land in .build-fuzz/findings/; keep each as a golden
# case under Tests/SpecgenCoreTests/Golden/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${2:-1}
work=.build-fuzz
mkdir -p "$work/corpus" "$work/findings"

export SPECGEN_FUZZ=1
swift build -c release --scratch-path "$work/build" --product specgen-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
binary=$(swift build -c release --scratch-path "$work/build" --show-bin-path)/specgen-fuzz

# Seeds: every golden input, the docs pages, and the small corpus specs.
find Tests/SpecgenCoreTests/Golden -path '*/input/*' -type f -size -200k -exec cp {} "$work/corpus/" \; 2>/dev/null || true
cp specs/*/*.md specs/*/*/*.md "$work/corpus/" 2>/dev/null || true
find ../shared/corpus/varied -maxdepth 1 -type f -size -100k \( -name '*.yaml' -o -name '*.json' \) -exec cp {} "$work/corpus/" \; 2>/dev/null || true

"$binary" "$work/corpus" -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$work/findings/" -print_final_stats=1
