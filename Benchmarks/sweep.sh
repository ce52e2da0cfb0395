#!/usr/bin/env bash
# Benchmarks/sweep.sh: runs specgen over every spec of the corpus and type-checks what it writes.
# Prints figures; asserts nothing.
#
#   Benchmarks/sweep.sh [NAME...]
#
# The specs are the entry files of ../shared/corpus/big/MANIFEST.tsv and
# ../shared/corpus/varied/MANIFEST.tsv; a multi-file spec (digitalocean, lob,
# redocly-openapi-starter) is named by its root file there, and specgen gets that root file (its
# $refs reach the files beside it). NAMEs select specs whose name or file contains one of them,
# case-insensitive. Specs run one after another (type-checking 100k lines takes both cores).
#
# For each spec: specgen INPUT OUT --access public, then, when it wrote something,
#   swiftc -typecheck -swift-version 6 -module-name Generated -continue-building-after-errors OUT/*.swift
# (without -continue-building-after-errors the driver stops at the first failing file, and the
# error count would be only that file's).
# One line per spec: whether specgen generated (its exit code and how many warnings it
# printed), whether the code type-checked (no errors), the compiler's warnings and errors, and
# the first error. Then a summary. A specgen exit code above 1 (a signal, a trap) is a crash,
# counted apart from a reported error (exit 1); a timeout is counted apart from both.
#
# Environment:
#   SPECGEN, SPECGEN_REF         which specgen (see Benchmarks/specgen-binary.sh);
#   CORPUS=dir                   the corpus (default: ../shared/corpus beside the package);
#   SWEEP_DIR=/tmp/specgen-sweep where each spec's output and logs are kept (NAME/out,
#                                NAME/specgen.log, NAME/typecheck.log), for reading afterwards;
#   GEN_TIMEOUT=600, TYPECHECK_TIMEOUT=300   seconds;
#   SPECGEN_ARGS="--generate types,client,server"   more arguments for specgen (here: the server too).
set -euo pipefail
read -r -a specgen_args <<<"${SPECGEN_ARGS:-}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
sweep="${SWEEP_DIR:-/tmp/specgen-sweep}"
gen_timeout="${GEN_TIMEOUT:-600}"
typecheck_timeout="${TYPECHECK_TIMEOUT:-300}"
case "${1:-}" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
names=("$@")

work="$(mktemp -d /tmp/specgen-sweep-work.XXXXXX)"
trap 'rm -rf "$work"' EXIT
source "$root/Benchmarks/specgen-binary.sh"
source "$root/Benchmarks/corpus.sh"
specgen="$(specgen_binary)"

selected() {
    local name="$1" path="${2#"$corpus"/}" wanted
    ((${#names[@]} == 0)) && return 0
    for wanted in "${names[@]}"; do
        [[ "${name,,}" == *"${wanted,,}"* || "${path,,}" == *"${wanted,,}"* ]] && return 0
    done
    return 1
}

seconds_since() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

# The first error of a log, without the folder of its file: "Types.swift:12:5: error: ...".
first_error() { grep -m 1 -E ': error: ' "$1" | sed -E 's|^[^ ]*/([^/ ]+:[0-9]+:[0-9]+: )|\1|' | cut -c 1-160; }

total=0 generated=0 clean=0 crashes=0 reported=0 gen_timeouts=0 tc_timeouts=0 tc_crashes=0
echo "specgen $(specgen_revision); $(swiftc --version 2>/dev/null | head -n 1);" \
    "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "outputs and logs: $sweep/NAME/; timeouts: specgen ${gen_timeout}s, type-check ${typecheck_timeout}s${SPECGEN_ARGS:+; specgen arguments: $SPECGEN_ARGS}"
echo
printf '%-46s %-19s %6s %8s %-10s %7s %6s %6s  %s\n' spec generated "gen s" lines compiled "tc s" \
    warns errors "first error"
printf '%s\n' "$(printf '%.0s-' {1..130})"

while IFS=$'\t' read -r name path; do
    selected "$name" "$path" || continue
    total=$((total + 1))
    dir="$sweep/$name"
    rm -rf "$dir"
    mkdir -p "$dir/out"

    start=$(date +%s%N)
    gen_status=0
    timeout "$gen_timeout" "$specgen" "$path" "$dir/out" --access public ${specgen_args[@]+"${specgen_args[@]}"} >"$dir/specgen.log" 2>&1 \
        || gen_status=$?
    gen_secs=$(seconds_since "$start")
    gen_warnings=$(grep -c -E '(^|: )warning: ' "$dir/specgen.log" || true)
    swift_files=("$dir"/out/*.swift)
    lines=0
    [[ -e "${swift_files[0]}" ]] && lines=$(cat "${swift_files[@]}" | wc -l)

    if ((gen_status == 0)); then
        generated=$((generated + 1))
        gen_col="yes (exit 0, ${gen_warnings}w)"
    elif ((gen_status == 124)); then
        gen_timeouts=$((gen_timeouts + 1))
        gen_col="no (timeout)"
    elif ((gen_status > 1)); then
        crashes=$((crashes + 1))
        gen_col="no (CRASH $gen_status)"
    else
        reported=$((reported + 1))
        gen_col="no (exit 1, ${gen_warnings}w)"
    fi

    if ((gen_status != 0)) || [[ ! -e "${swift_files[0]}" ]]; then
        printf '%-46s %-19s %6s %8s %-10s %7s %6s %6s  %s\n' "$name" "$gen_col" "$gen_secs" "$lines" \
            - - - - "$(grep -m 1 -E 'error' "$dir/specgen.log" | cut -c 1-120)"
        continue
    fi

    start=$(date +%s%N)
    tc_status=0
    (cd "$dir/out" && timeout "$typecheck_timeout" swiftc -typecheck -swift-version 6 \
        -module-name Generated -continue-building-after-errors ./*.swift) >"$dir/typecheck.log" 2>&1 || tc_status=$?
    tc_secs=$(seconds_since "$start")
    errors=$(grep -c -E ': error: ' "$dir/typecheck.log" || true)
    warnings=$(grep -c -E ': warning: ' "$dir/typecheck.log" || true)
    message=""
    if ((tc_status == 0 && errors == 0)); then
        clean=$((clean + 1))
        compiled=yes
    elif ((tc_status == 124)); then
        tc_timeouts=$((tc_timeouts + 1))
        compiled="no (timeout)"
    elif ((tc_status > 1)); then
        tc_crashes=$((tc_crashes + 1))
        compiled="no (CRASH $tc_status)"
        message="$(grep -m 1 -iE 'error|crash|stack dump' "$dir/typecheck.log" | cut -c 1-120)"
    else
        compiled=no
    fi
    ((errors > 0)) && message="$(first_error "$dir/typecheck.log")"
    printf '%-46s %-19s %6s %8s %-10s %7s %6s %6s  %s\n' "$name" "$gen_col" "$gen_secs" "$lines" \
        "$compiled" "$tc_secs" "$warnings" "$errors" "$message"
done < <(specs)

percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
echo
echo "$total specs, generated $generated, type-checked cleanly $clean ($(percent "$clean" "$total"));" \
    "specgen: crashes $crashes, reported errors $reported, timeouts $gen_timeouts;" \
    "type-check: timeouts $tc_timeouts, compiler crashes $tc_crashes"
