#!/usr/bin/env bash
# Benchmarks/examples.sh: decodes every JSON response example of the corpus's descriptions into the
# Swift type specgen generates for it, encodes it back, and compares. Prints figures; asserts nothing.
#
#   Benchmarks/examples.sh [NAME...]
#
# The specs are those of Benchmarks/sweep.sh, named as it names them (the entry files of
# ../shared/corpus/{big,varied}/MANIFEST.tsv; GitHub's JSON copy of the YAML description is left
# out unless a NAME selects it). NAMEs select specs whose name or file contains one of them,
# case-insensitive. Specs run one after another.
#
# For each spec:
#   1. specgen INPUT OUT --access public, and `specgen index INPUT`: the Swift type of each
#      operation's response bodies and of each declaration's schema;
#   2. Benchmarks/examples/examples.py collects the examples: a JSON response's `example`, its
#      `examples` (through `$ref`s to components/examples, in any file), the `example` of a
#      response's inline schema and of every schema that is a declaration (3.1: `examples` too),
#      Swagger 2.0's `examples` by media type. Each gets the type the client decodes that response
#      into (a media type the client does not read: its schema's declaration, when it `$ref`s one);
#      an example without a type is counted as untyped. An example met twice with the same type
#      counts once;
#   3. a SwiftPM package of the generated code and a harness (Benchmarks/examples/main.swift) is
#      built in debug; for each example the harness runs JSONDecoder().decode(T.self, from:), then
#      JSONEncoder().encode, and writes what came back or the error (started again past an
#      example that crashes it);
#   4. examples.py compares each example with what came back: keys in any order, numbers as
#      numbers (1 == 1.0), ISO 8601 date-times as instants. A key the schema does not declare
#      (declared: in `properties` of the schema, of an allOf member or of a oneOf/anyOf member the
#      value satisfies, or allowed by `additionalProperties` true or a schema; a Lob regular
#      letter's `extra_service` is declared only by the certified letter) may be dropped: such an
#      example is "~exact".
#      Every other difference is a failure, counted under its most serious cause:
#        decode   the decoder threw (or the encoder, or the harness crashed);
#        changed  a value came back different (a string became an object, a UUID's letter case,
#                 a date's precision, a number);
#        lost     a declared key with a value was dropped;
#        null     a declared key that was explicitly null was dropped;
#        added    a key the example does not have was written.
#      Each failing example is validated against its own schema with jsonschema (draft 2020-12;
#      3.0's `nullable` and Swagger's `x-nullable` allow null; `oneOf` read as `anyOf`; only what
#      decides decoding is checked: types, properties, required, items, combinators, enum, const,
#      and the formats date-time, uuid, uri, int32, int64). Each failure column reads
#      SPECGEN/INVALID: failures of valid examples (specgen's), and failures of examples that
#      break their schema.
#
# One line per spec: examples with a type, untyped examples, how many decoded, exact round trips
# (and their share), ~exact, failures (specgen's, invalid examples') and by cause; then the total.
#
# Environment:
#   SPECGEN, SPECGEN_REF                which specgen (see Benchmarks/specgen-binary.sh);
#   CORPUS=dir                          the corpus (default: ../shared/corpus beside the package);
#   EXAMPLES_DIR=/tmp/specgen-examples  where each spec's work is kept (NAME/: generated code and
#                                       harness, index.json, examples.jsonl, results.jsonl,
#                                       failures.jsonl, logs) and failures.jsonl, every specgen
#                                       failure of the run: spec, example, type, cause, differences
#                                       (path and what happened) or the decoding error;
#   KEEP_BUILD=1                        keep each harness's .build (GitHub's is about 1 GB);
#   BUILD_TIMEOUT=1200                  seconds for building a harness.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
out="${EXAMPLES_DIR:-/tmp/specgen-examples}"
build_timeout="${BUILD_TIMEOUT:-1200}"
case "${1:-}" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
names=("$@")
script="$root/Benchmarks/examples/examples.py"

work="$(mktemp -d /tmp/specgen-examples-work.XXXXXX)"
trap 'rm -rf "$work"' EXIT
source "$root/Benchmarks/specgen-binary.sh"
source "$root/Benchmarks/corpus.sh"
specgen="$(specgen_binary)"

selected() {
    local name="$1" path="${2#"$corpus"/}" wanted
    if ((${#names[@]} == 0)); then
        [[ "$name" == github*-json ]] && return 1
        return 0
    fi
    for wanted in "${names[@]}"; do
        [[ "${name,,}" == *"${wanted,,}"* || "${path,,}" == *"${wanted,,}"* ]] && return 0
    done
    return 1
}

seconds_since() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.0f", (b - a) / 1e9 }'; }

# A spec's line when it stops before the comparison.
stopped() { printf '%-44s %s\n' "$1" "$2"; }

mkdir -p "$out"
details="$out/failures.jsonl"
: >"$details"
started=$(date +%s%N)
echo "specgen $(specgen_revision); $(swiftc --version 2>/dev/null | head -n 1); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "work: $out/NAME/; specgen's failures: $details"
echo "columns decode … added: failures of valid examples / of examples that break their schema"
echo
python3 "$script" header
dirs=()
while IFS=$'\t' read -r name path; do
    selected "$name" "$path" || continue
    dir="$out/$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    spec_started=$(date +%s%N)
    generated="$dir/harness/Sources/SpecgenExamplesAPI"
    if ! "$specgen" "$path" "$generated" --access public >"$dir/specgen.log" 2>&1; then
        stopped "$name" "specgen failed: $(grep -m 1 -E 'error' "$dir/specgen.log" | cut -c 1-100)"
        continue
    fi
    if ! "$specgen" index "$path" -o "$dir/index.json" >"$dir/index.log" 2>&1; then
        stopped "$name" "specgen index failed: $(grep -m 1 -E 'error' "$dir/index.log" | cut -c 1-100)"
        continue
    fi
    if ! python3 "$script" collect "$path" "$dir/index.json" "$dir" >"$dir/collect.log" 2>&1; then
        stopped "$name" "collecting failed: $(tail -n 1 "$dir/collect.log" | cut -c 1-100)"
        continue
    fi
    if [[ ! -s "$dir/examples.jsonl" ]]; then
        stopped "$name" "no examples ($(cat "$dir/collect.log"))"
        continue
    fi
    if ! timeout "$build_timeout" swift build --package-path "$dir/harness" --scratch-path "$dir/build" \
        >"$dir/build.log" 2>&1; then
        stopped "$name" "the generated code did not build: $(grep -m 1 -E 'error:' "$dir/build.log" \
            | sed -E 's|^[^ ]*/([^/ ]+:[0-9]+:[0-9]+: )|\1|' | cut -c 1-120)"
        continue
    fi
    if ! python3 "$script" run "$dir" "$dir/build/debug/Harness" >"$dir/run.log" 2>&1; then
        stopped "$name" "the harness failed: $(tail -n 1 "$dir/run.log" | cut -c 1-100)"
        continue
    fi
    [[ -n "${KEEP_BUILD:-}" ]] || rm -rf "$dir/build"
    if ! python3 "$script" compare "$dir" "$name" "$details" "$(seconds_since "$spec_started")" 2>"$dir/compare.log"; then
        stopped "$name" "comparing failed: $(tail -n 1 "$dir/compare.log" | cut -c 1-100)"
        continue
    fi
    dirs+=("$dir")
done < <(specs)

python3 "$script" total "${dirs[@]}"
echo
echo "$(seconds_since "$started") s in all"
