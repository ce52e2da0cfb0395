#!/usr/bin/env bash
# Builds the libFuzzer target over the whole pipeline and runs it for a given time from a seed
# corpus of the golden inputs, the seeds and small corpus specs.
#
#   Fuzz/run.sh [SECONDS] [JOBS]      (default 600 seconds, 1 job)
#
# SpecgenCore and its dependencies are built by SwiftPM with coverage instrumentation and
# AddressSanitizer; the target (Fuzz/FuzzTarget.swift) is compiled and linked against them with
# swiftc, because libFuzzer brings its own `main`, which a SwiftPM executable cannot take.
# Findings (crash-*, timeout-*, oom-* files) land in .build-fuzz/findings/; keep each as a golden
# case under Tests/SpecgenCoreTests/Golden/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${2:-1}
work=.build-fuzz
mkdir -p "$work/corpus" "$work/findings"

swift build -c release --scratch-path "$work/build" --target SpecgenCore \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >&2
bin=$(swift build -c release --scratch-path "$work/build" --show-bin-path)
objects=$(find "$bin/SpecgenCore.build" "$bin/Mustache.build" "$bin/SpecgenTemplates.build" -name '*.o')
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name SpecgenFuzz \
    -I "$bin/Modules" -I "$bin" -Xcc -fmodule-map-file=Sources/CYaml/module.modulemap \
    Fuzz/FuzzTarget.swift $objects -lyaml -o "$work/specgen-fuzz" >&2

# Seeds: every golden input, the docs pages, and the small corpus specs.
find Tests/SpecgenCoreTests/Golden -path '*/input/*' -type f -size -200k -exec cp {} "$work/corpus/" \; 2>/dev/null || true
find specs -type f -exec cp {} "$work/corpus/" \;
find ../shared/corpus/varied -maxdepth 1 -type f -size -100k \( -name '*.yaml' -o -name '*.json' \) -exec cp {} "$work/corpus/" \; 2>/dev/null || true

# With several jobs libFuzzer writes each one's log to fuzz-N.log in the working directory.
cd "$work"
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
./specgen-fuzz corpus -max_total_time="$seconds" "${parallel[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix=findings/ -print_final_stats=1
